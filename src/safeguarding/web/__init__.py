"""The web view (`safeguarding serve`, docs/web.md): the report's figures behind a login, by role,
with case lists for managers and an audit trail of every look at child-level data.

Its own tables (accounts and the audit log) live in the store file's `web` schema, made on first
use (accounts.py), so the store's data layout (store.SCHEMA_VERSION) is untouched.
"""
