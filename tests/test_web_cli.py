"""`safeguarding users`, `audit` and `serve`'s checks (the server itself: test_web*.py)."""

from __future__ import annotations

import csv
import io

import pytest

pytest.importorskip("argon2")
from typer.testing import CliRunner  # noqa: E402

from extracts import people, write_extract  # noqa: E402
from safeguarding.cli import cli  # noqa: E402
from safeguarding.store import Store  # noqa: E402
from safeguarding.web import accounts  # noqa: E402

runner = CliRunner()
PASSWORD = "a password of some length"


@pytest.fixture
def db(tmp_path):
    folder = write_extract(tmp_path / "x", {"ssd_person": people("1", "2")})
    path = tmp_path / "store.duckdb"
    assert runner.invoke(cli, ["load", str(folder), "--db", str(path)]).exit_code == 0
    return path


def add(db, *args, password=PASSWORD):
    return runner.invoke(cli, ["users", "add", str(db), *args, "--password-stdin"],
                         input=password + "\n")


def test_users_add_list_and_disable(db):
    assert add(db, "ann", "--role", "manager", "--team", "Team A", "--team", "Team B",
               "--council", "884").exit_code == 0
    assert add(db, "bea", "--role", "reader", "--all-councils").exit_code == 0
    listed = runner.invoke(cli, ["users", "list", str(db)])
    assert listed.exit_code == 0 and PASSWORD not in listed.output
    assert "Team A, Team B" in listed.output and "bea" in listed.output
    assert runner.invoke(cli, ["users", "disable", str(db), "ann"]).exit_code == 0
    store = Store(db)
    try:
        assert accounts.authenticate(store.con, "ann", PASSWORD) is None
        bea = accounts.authenticate(store.con, "bea", PASSWORD)
        assert bea is not None and bea.role == "reader" and bea.councils is None
        [hashed] = store.con.execute("SELECT password_hash FROM web.users WHERE name = 'bea'").fetchone()
        assert hashed.startswith("$argon2id$") and PASSWORD not in hashed
    finally:
        store.close()


@pytest.mark.parametrize("args, password, message", [
    (["ann", "--role", "manager", "--council", "884"], PASSWORD, "--team T"),
    (["ann", "--role", "manager", "--team", "A", "--all-teams", "--council", "884"], PASSWORD, "--team T"),
    (["ann", "--role", "reader", "--team", "A", "--council", "884"], PASSWORD, "for managers"),
    (["ann", "--role", "reader"], PASSWORD, "--all-councils"),
    (["ann", "--role", "reader", "--council", "999"], PASSWORD, "no extract for la_code 999"),
    (["ann", "--role", "owner", "--all-councils"], PASSWORD, "owner"),
    (["ann", "--role", "reader", "--all-councils"], "short", "at least 12 characters"),
    (["<b>ann", "--role", "reader", "--all-councils"], PASSWORD, "a user name is"),
])
def test_users_add_refuses(db, args, password, message):
    result = add(db, *args, password=password)
    assert result.exit_code == 2 and message in result.output
    assert password not in result.output


def test_a_user_name_is_added_once(db):
    assert add(db, "ann", "--role", "reader", "--all-councils").exit_code == 0
    again = add(db, "ANN", "--role", "admin", "--all-councils")
    assert again.exit_code == 2 and "already a user ANN" in again.output


def test_audit_lists_the_log(db):
    store = Store(db)
    try:
        user = accounts.add_user(store.con, "ann", PASSWORD, "admin", teams=None, councils=None)
        accounts.audit(store.con, user, "view case list", "884", "x_in_timescale", "2014-08", 3, 4)
    finally:
        store.close()
    result = runner.invoke(cli, ["audit", str(db), "--format", "csv"])
    assert result.exit_code == 0
    [row] = list(csv.DictReader(io.StringIO(result.stdout)))
    assert (row["user_name"], row["action"], row["la_code"], row["children"], row["rows"]) == (
        "ann", "view case list", "884", "3", "4")


def test_audit_of_a_store_never_served_is_empty(db):
    result = runner.invoke(cli, ["audit", str(db), "--format", "csv"])
    assert result.exit_code == 0 and result.stdout.strip() == ",".join(accounts.AUDIT_COLUMNS)


def test_serve_refuses_insecure_cookies_off_loopback_and_a_missing_store(db, tmp_path):
    result = runner.invoke(cli, ["serve", str(db), "--host", "0.0.0.0", "--insecure-cookies"])
    assert result.exit_code == 2 and "loopback" in result.output
    missing = runner.invoke(cli, ["serve", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2 and "is not a store file" in missing.output
    assert not (tmp_path / "none.duckdb").exists()
    half = runner.invoke(cli, ["serve", str(db), "--ssl-certfile", "cert.pem"])
    assert half.exit_code == 2 and "--ssl-keyfile" in half.output


def test_a_store_with_accounts_still_loads_and_reports(db, tmp_path):
    assert add(db, "ann", "--role", "reader", "--all-councils").exit_code == 0
    again = write_extract(tmp_path / "y", {"ssd_person": people("1", "2", "3")},
                          extracted_at="2014-10-31")
    assert runner.invoke(cli, ["load", str(again), "--db", str(db)]).exit_code == 0
    history = runner.invoke(cli, ["history", str(db)])
    assert history.exit_code == 0 and "2014-10-31" in history.output
    assert "ann" in runner.invoke(cli, ["users", "list", str(db)]).output
