"""Loading an extract through the admin page: admins of every council only, CSRF-protected,
size-limited, unpacked safely (no name may point outside the upload's folder), loaded all or
nothing by `app.load`, its problems shown by table, row and column (never a cell's value), and
every attempt audited."""

from __future__ import annotations

import io
import threading
import time
import re
import zipfile
from contextlib import contextmanager
from pathlib import Path

import pytest

pytest.importorskip("starlette")
from starlette.testclient import TestClient  # noqa: E402

from safeguarding import app  # noqa: E402
from safeguarding.store import Store  # noqa: E402
from safeguarding.synth import write_synthetic_extract  # noqa: E402
from safeguarding.web import accounts, upload  # noqa: E402
from safeguarding.web.server import create_app  # noqa: E402
from web_helpers import PASSWORD, csrf, sign_in  # noqa: E402

BAD_DOB = "31/02/1999"  # a cell the check refuses: never shown in the page


def synthetic(folder: Path, la_code: str, seed: int) -> Path:
    write_synthetic_extract(folder, la_code=la_code, la_name=f"Council {la_code}", population=8000,
                            start="2013-09", end="2014-08", seed=seed)
    return folder


@contextmanager
def served_store(tmp_path: Path):
    """A store of one council (884) with an account of each kind (closed afterwards)."""
    store = Store(tmp_path / "store.duckdb")
    app.load(synthetic(tmp_path / "884", "884", 1), store)
    for name, role, teams, councils in [("reader", "reader", [], ["884"]),
                                        ("manager", "manager", None, ["884"]),
                                        ("admin", "admin", None, None),
                                        ("admin884", "admin", None, ["884"])]:
        accounts.add_user(store.con, name, PASSWORD, role, teams=teams, councils=councils)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture()
def served(tmp_path):
    """The web view over a store of its own, and the store."""
    with served_store(tmp_path) as store:
        yield create_app(store, secure_cookies=False), store


def signed_in(web, name: str) -> TestClient:
    c = TestClient(web)
    assert sign_in(c, name).status_code == 303
    return c


def zipped(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, body in files.items():
            z.writestr(name, body)
    return buffer.getvalue()


def folder_zip(folder: Path, top: str = "") -> bytes:
    return zipped({f"{top}{p.name}": p.read_bytes() for p in sorted(folder.iterdir())})


def post(c: TestClient, files: list[tuple[str, bytes]], token: str | None = None):
    """The upload POSTed; once the load it starts has ended, its page (as the browser sees it
    after the page's refreshes)."""
    token = token if token is not None else csrf(c.get("/admin/load").text)
    r = c.post("/admin/load", data={"csrf": token}, follow_redirects=False,
               files=[("extract", (name, body, "application/octet-stream")) for name, body in files])
    if r.status_code != 303 or not r.headers["location"].startswith("/admin/load/"):
        return r
    return finished(c, r.headers["location"])


def finished(c: TestClient, url: str, seconds: float = 120):
    """The load's page once the load has ended (it refreshes itself while it runs)."""
    deadline = time.monotonic() + seconds
    while (r := c.get(url)).status_code == 200 and 'http-equiv="refresh"' in r.text:
        assert time.monotonic() < deadline, "the load did not end"
        time.sleep(0.1)
    return r


def held(store: Store) -> list[tuple]:
    return [(s["la_code"], s["snapshot_id"]) for s in store.snapshots()]


def audit_actions(store: Store) -> list[tuple]:
    return [(r[2], r[3], r[4]) for r in accounts.audit_log(store.con)]


def test_an_admin_loads_a_new_council_from_a_zip_and_it_is_served_at_once(served, tmp_path):
    web, store = served
    c = signed_in(web, "admin")
    assert c.get("/c/885/").status_code == 404
    r = post(c, [("extract.zip", folder_zip(synthetic(tmp_path / "new", "885", 2), "new/"))])
    assert r.status_code == 200, r.text
    assert "la_code 885, extract of 2014-09-03" in r.text
    assert [la for la, _ in held(store)] == ["884", "885"]
    assert "Council 885 (885): August 2014" in c.get("/c/885/").text
    assert audit_actions(store) == [("admin", "load extract", "885")]
    assert "Load an extract" in c.get("/users").text  # in the admin's navigation


def test_the_folders_files_may_be_uploaded_together(served, tmp_path):
    web, store = served
    folder = synthetic(tmp_path / "new", "886", 3)
    r = post(signed_in(web, "admin"), [(p.name, p.read_bytes()) for p in sorted(folder.iterdir())])
    assert r.status_code == 200, r.text
    assert "886" in [la for la, _ in held(store)]


def test_readers_managers_and_admins_of_named_councils_may_not_load(served, tmp_path):
    web, store = served
    before = held(store)
    body = folder_zip(synthetic(tmp_path / "new", "885", 2))
    for name in ("reader", "manager", "admin884"):
        c = signed_in(web, name)
        assert c.get("/admin/load").status_code == 403
        token = csrf(c.get("/c/884/").text)
        assert post(c, [("extract.zip", body)], token).status_code == 403
        assert "Load an extract" not in c.get("/c/884/").text
    assert held(store) == before and audit_actions(store) == []


def test_a_post_without_the_sessions_token_or_session_is_refused(served, tmp_path):
    web, store = served
    body = folder_zip(synthetic(tmp_path / "new", "885", 2))
    assert post(signed_in(web, "admin"), [("extract.zip", body)], "forged").status_code == 403
    anonymous = TestClient(web).post("/admin/load", files=[("extract", ("x.zip", body))],
                                     follow_redirects=False)
    assert anonymous.status_code == 303 and "/login" in anonymous.headers["location"]
    assert [la for la, _ in held(store)] == ["884"]


@pytest.mark.parametrize("name", ["../zzescaped.csv", "/tmp/zzabsolute.csv",
                                  "a/../../zzescaped.csv", "..\\zzescaped.csv", "C:/zzescaped.csv"])
def test_a_name_pointing_outside_the_folder_is_refused_and_nothing_is_written(served, tmp_path,
                                                                               name):
    web, store = served
    files = {p.name: p.read_bytes() for p in synthetic(tmp_path / "new", "885", 2).iterdir()}
    files[name] = b"pers_person_id\nP1\n"
    r = post(signed_in(web, "admin"), [("extract.zip", zipped(files))])
    assert r.status_code == 400
    assert "Nothing was loaded: the zip names 1 file outside its folder" in r.text
    assert "zzescaped" not in r.text and "zzabsolute" not in r.text  # its names: never shown
    assert not list(Path("/tmp").glob("zzabsolute.csv"))
    assert not list(tmp_path.rglob("zzescaped.csv")) and not list(Path("/tmp").glob("zzescaped.csv"))
    assert [la for la, _ in held(store)] == ["884"]
    assert audit_actions(store) == [("admin", "load extract (refused)", "")]


def test_a_link_in_the_zip_is_refused(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        link = zipfile.ZipInfo("ssd_person.csv")
        link.external_attr = (0o120777 << 16)  # a symbolic link to ...
        z.writestr(link, "/etc/passwd")
    with pytest.raises(upload.UploadError, match="the zip holds 1 link"):
        upload.unpack_zip(io.BytesIO(buffer.getvalue()), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_zip_unpacking_past_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(upload, "UNPACKED_LIMIT", 1000)
    with pytest.raises(upload.UploadError, match="unpacks to more than"):
        upload.unpack_zip(io.BytesIO(zipped({"a.csv": b"x" * 2000})), tmp_path)


def test_a_file_that_is_not_a_zip_or_a_plain_name_is_refused(tmp_path):
    with pytest.raises(upload.UploadError, match="not a zip file"):
        upload.unpack_zip(io.BytesIO(b"not a zip"), tmp_path)
    with pytest.raises(upload.UploadError, match="1 file name"):
        upload.save_files([("a.csv", io.BytesIO(b"")), ("sub/b.csv", io.BytesIO(b""))], tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_request_over_the_size_limit_is_refused_unread(served):
    web, store = served
    c = signed_in(web, "admin")
    token = csrf(c.get("/admin/load").text)
    r = c.post("/admin/load", content=b"csrf=" + token.encode(),
               headers={"content-type": "application/x-www-form-urlencoded",
                        "content-length": str(upload.UPLOAD_LIMIT + 1)})
    assert r.status_code == 413 and "too large" in r.text


def test_an_extract_with_errors_changes_nothing_and_lists_them_without_values(served, tmp_path):
    web, store = served
    before = held(store)
    folder = synthetic(tmp_path / "new", "884", 5)  # a newer extract of the council held
    person = folder / "ssd_person.csv"
    lines = person.read_text().splitlines()
    head = lines[0].split(",")
    cells = lines[3].split(",")
    cells[head.index("pers_dob")] = BAD_DOB
    lines[3] = ",".join(cells)
    person.write_text("\n".join(lines) + "\n")
    c = signed_in(web, "admin")
    page = c.get("/c/884/").text
    r = post(c, [("extract.zip", folder_zip(folder))])
    assert r.status_code == 400
    assert "Nothing was loaded: the extract has 1 error" in r.text
    found = re.search(r"<tr><td>error</td><td>ssd_person</td><td>pers_dob</td><td>4</td><td>[^<]+</td></tr>",
                      r.text)
    assert found, r.text
    assert BAD_DOB not in r.text and BAD_DOB.replace("/", "&#x2F;") not in r.text
    assert cells[0] not in r.text  # nor the child's id
    assert held(store) == before
    assert c.get("/c/884/").text == page  # the same snapshot served
    assert audit_actions(store) == [("admin", "load extract (refused)", "884")]


def test_a_load_runs_in_the_background_with_its_progress_and_the_pages_are_served_meanwhile(
        served, tmp_path, monkeypatch):
    from safeguarding.web import server

    web, store = served
    release, started = threading.Event(), threading.Event()
    real_load = server.core.load

    def held_back(*args, **kwargs):  # the load waits for the test to let it go
        started.set()
        assert release.wait(60)
        return real_load(*args, **kwargs)

    monkeypatch.setattr(server.core, "load", held_back)
    c = signed_in(web, "admin")
    body = folder_zip(synthetic(tmp_path / "new", "885", 2))
    token = csrf(c.get("/admin/load").text)
    r = c.post("/admin/load", data={"csrf": token}, follow_redirects=False,
               files=[("extract", ("extract.zip", body, "application/zip"))])
    assert r.status_code == 303
    url = r.headers["location"]
    assert started.wait(60)
    running = c.get(url)
    assert running.status_code == 200 and 'http-equiv="refresh" content="2"' in running.text
    assert "being checked and loaded" in running.text
    assert c.get("/c/884/").status_code == 200  # other pages are served meanwhile
    second = c.post("/admin/load", data={"csrf": token},
                    files=[("extract", ("extract.zip", body, "application/zip"))])
    assert second.status_code == 409 and "Another load is running" in second.text
    assert signed_in(web, "reader").get(url).status_code == 403
    assert signed_in(web, "admin884").get(url).status_code == 404  # another admin's load
    release.set()
    done = finished(c, url)
    assert done.status_code == 200 and "la_code 885" in done.text
    assert [la for la, _ in held(store)] == ["884", "885"]
    assert "Council 885 (885): August 2014" in c.get("/c/885/").text


def test_a_load_s_page_is_only_its_admin_s(served, tmp_path):
    web, store = served
    accounts.add_user(store.con, "admin2", PASSWORD, "admin", teams=None, councils=None)
    c = signed_in(web, "admin")
    token = csrf(c.get("/admin/load").text)
    r = c.post("/admin/load", data={"csrf": token}, follow_redirects=False,
               files=[("extract", ("extract.zip", folder_zip(synthetic(tmp_path / "n", "885", 2)),
                                   "application/zip"))])
    url = r.headers["location"]
    assert signed_in(web, "admin2").get(url).status_code == 404  # not found, as no such load
    assert c.get("/admin/load/no-such-load").status_code == 404
    assert finished(c, url).status_code == 200
