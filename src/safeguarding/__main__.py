"""`python -m safeguarding`: the same command as `safeguarding` (used by the scheduled-run and crash tests)."""

from .cli import app

app()
