"""Any source a council holds, as one `SourceRead`: the kind detected from content.

- an SSD extract folder (`extract.toml` and `ssd_*` files);
- a DfE CIN census XML file;
- a folder of DfE SSDA903 CSVs (one year or several);
- an Ofsted Annex A workbook (`.xlsx`);
- a database holding the SSD tables, named by a URL (`sources.database`);
- a folder holding several of these for one council (a CIN census file, an Annex A workbook,
  an extract folder, a 903 return's CSVs or sub-folder), combined: each canonical table comes
  from one of them (so one CIN census: two years' censuses both give every CIN table).

`--source-kind` (`kind`) overrides the detection; `--la` (`la_code`) supplies the council where
the source does not name it, and overrides it where it does.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa

from . import annex_a, cin_census, database, ssda903
from .folder import ROW, ExtractError, RawExtract, la_code_checked, read_extract
from .issues import Issue
from .returns import SourceRead

KINDS = {
    "ssd": "Standard Safeguarding Dataset extract",
    "cin": "CIN census",
    "903": "SSDA903 return",
    "annex-a": "Annex A workbook",
}


def kind_name(kind: str) -> str:
    """'cin+903' -> 'CIN census and SSDA903 return'."""
    return " and ".join(KINDS[k] for k in kind.split("+"))


def source_kind(path: Path) -> str | None:
    """The kind of source PATH is, by its content; None when it is none of them on its own."""
    path = Path(path)
    if path.is_dir():
        if (path / "extract.toml").is_file():
            return "ssd"
        # A 903 return's CSVs (in year sub-folders or not), with no other kind of source beside.
        return "903" if ssda903.detect(path) and not _members(path) else None
    if path.is_file():
        if cin_census.detect(path):
            return "cin"
        if annex_a.detect(path):
            return "annex-a"
    return None


def is_source(path: Path) -> bool:
    """Whether PATH is a source to read (rather than, say, a store file)."""
    path = Path(path)
    return source_kind(path) is not None or (path.is_dir() and bool(_members(path)))


def read_source(source: str | Path, kind: str | None = None, la_code: str | None = None) -> SourceRead:
    if kind is not None and kind not in KINDS:
        raise ExtractError(f"--source-kind must be one of {', '.join(KINDS)}")
    if database.is_url(source):
        if kind not in (None, "ssd"):
            raise ExtractError("a database holds SSD tables: --source-kind must be ssd or left out")
        return database.read(str(source), la_code and la_code_checked(la_code, "--la"))
    path = Path(source)
    if not path.exists():
        raise ExtractError(f"{path} does not exist")
    if la_code is not None:
        la_code = la_code_checked(la_code, "--la")
    kind = kind or source_kind(path)
    if kind is not None:
        return _read_one(path, kind, la_code)
    members = _members(path) if path.is_dir() else []
    if members and ssda903.detect(path):  # the folder's own 903 CSVs join its other sources
        members.append((path, "903"))
    if not members:
        raise ExtractError(f"{path} is not a source safeguarding reads: an SSD extract folder "
                           f"(with extract.toml), a CIN census XML file, a folder of SSDA903 CSVs, "
                           f"an Annex A workbook, or a folder of these for one council")
    combined = combine([_read_one(p, k, la_code) for p, k in members])
    combined.raw.issues += _not_read(path, members)
    return combined


def _not_read(folder: Path, members: list[tuple[Path, str]]) -> list[Issue]:
    """Files in a folder of sources that none of its sources reads: named, never skipped in
    silence (a 903 return's CSVs and year folders are its reader's)."""
    taken = {p for p, _ in members}
    has_903 = folder in taken
    found = []
    for p in sorted(folder.iterdir()):
        if p in taken or p.name.startswith(".") or (
                has_903 and (p.suffix.lower() == ".csv" or ssda903.is_year_folder(p))):
            continue
        found.append(Issue("warning", "source folder", None, None, p.name,
                           "not read: not a CIN census, SSDA903 file, Annex A workbook or extract folder"))
    return found


def _read_one(path: Path, kind: str, la_code: str | None) -> SourceRead:
    if kind == "ssd":
        raw = read_extract(path)
        if la_code:
            raw.info = dataclasses.replace(raw.info, la_code=la_code)
        return SourceRead(raw, "ssd")
    reader = {"cin": cin_census, "903": ssda903, "annex-a": annex_a}[kind]
    return reader.read(path, la_code)


def _members(folder: Path) -> list[tuple[Path, str]]:
    """The sources inside a folder for one council: files (CIN census, Annex A), extract
    folders and 903 folders (a sub-folder named by a year is a year of the folder's own 903)."""
    found = []
    for p in sorted(folder.iterdir()):
        if p.name.startswith(".") or ssda903.is_year_folder(p):
            continue
        kind = ("ssd" if (p / "extract.toml").is_file() else source_kind(p) if p.is_file() else
                "903" if p.is_dir() and ssda903.detect(p) else None)
        if kind is not None:
            found.append((p, kind))
    return found


def combine(reads: list[SourceRead]) -> SourceRead:
    """One council's sources as one: each canonical table from one source (people from all,
    the first record of each person kept); the latest extract date; one council."""
    if len(reads) == 1:
        return reads[0]
    codes = {r.raw.info.la_code for r in reads}
    if len(codes) > 1:
        raise ExtractError(f"these sources are for different councils ({', '.join(sorted(codes))}); "
                           "give --la CODE if they are one council's")
    tables: dict[str, pa.Table] = {}
    coverage, origins, issues = {}, {}, []
    for r in reads:
        issues += r.raw.issues
        for name, table in r.raw.tables.items():
            if name == "ssd_person" and name in tables:
                tables[name] = pa.concat_tables([tables[name], table], promote_options="permissive")
                continue
            if name in tables:
                raise ExtractError(f"{name} comes from both {origins.get(name, 'one source')} and "
                                   f"{r.origins.get(name, 'another')}: give one source for it")
            tables[name] = table
            origins[name] = r.origins.get(name, r.kind)
            coverage.update({key: w for key, w in r.coverage.items()
                             if key.partition("@")[0] == name})  # with its table@period windows
    if "ssd_person" in tables:
        tables["ssd_person"] = _first_per_person(tables["ssd_person"])
    latest = max((r.raw.info for r in reads), key=lambda i: i.extracted_at)
    population = {y: n for r in reads for y, n in r.raw.info.population.items()}  # an SSD's own
    info = dataclasses.replace(latest, population=population or latest.population)
    kinds = "+".join(k for k in KINDS if k in {r.kind for r in reads})
    return SourceRead(RawExtract(info, tables, issues), kinds, coverage, origins)


def _first_per_person(people: pa.Table) -> pa.Table:
    """People named by several sources: the first source's record of each is kept. Their rows
    are numbered afresh (the sources' own line numbers would collide)."""
    people = people.drop_columns([ROW]).append_column(
        "_k", pa.array(np.arange(people.num_rows, dtype=np.int64)))
    con = duckdb.connect()
    con.register("people", people)
    kept = con.execute(
        "SELECT * FROM people QUALIFY pers_person_id IS NULL OR row_number() OVER "
        "(PARTITION BY pers_person_id ORDER BY _k) = 1 ORDER BY _k").to_arrow_table()
    return kept.drop_columns(["_k"]).append_column(
        ROW, pa.array(np.arange(1, kept.num_rows + 1, dtype=np.int64)))
