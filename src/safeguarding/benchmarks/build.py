"""Build the benchmark table from DfE downloads, or merge newer downloads into it.

Recognised files (by their columns, whatever their names): the LAIT long file (``Short Desc``,
``Years``, ``LA Number``, ``Values``; Parquet or CSV) and the EES CSVs b1, c1, d3, d5,
``cla_number_and_rate_per_10k_children``, ``la_cla_placement_stability`` and the ONS 0-17
mid-year population file (see ``measures.EES_FILES``).

Rules:

- Years: EES ``time_period`` ``2016`` (reporting year) is the year ending 31 March 2016, and
  ``201516`` (financial year) is 2016 too; LAIT ``Years`` ``2016`` likewise, and ``2015-16`` is
  2016. Other LAIT periods (``2014-16``, ``(OT)``) are not used by any measure and are skipped.
- Any value that is not a number is "not published" and keeps its mark (``c``, ``x``, ``z``,
  ``:``, ``low``, ``-``, ``u``, ``k``, ...); never zero. Empty cells carry nothing and are left out.
- One row per measure, year and area: the measure's first source holding one wins
  (``measures.py``); in a merge, a newer download wins over the same source's older row.
- A council listed for a year it did not exist (a reorganised council's ``z`` or ``-`` rows,
  e.g. LAIT's Cumberland for 2016) is left out: see ``areas.REORGANISATIONS``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from .areas import ENGLAND, LAIT_AREAS, REGIONS, REORGANISATIONS
from .measures import EES_FILES, MEASURES
from .store import UnrecognisedFile

KEY = ["measure", "year", "area_code"]
COLUMNS = ["measure", "year", "area_level", "area_code", "area_name", "value", "published",
           "mark", "source"]
POP_COLUMNS = ["area_level", "area_code", "mid_year", "population", "mark"]
LEVELS = {"National": "england", "Regional": "region", "Local authority": "council"}


@dataclass
class Built:
    table: pd.DataFrame
    population: pd.DataFrame
    notes: list[str] = field(default_factory=list)


def read_file(path: Path) -> tuple[str, pd.DataFrame]:
    """(kind, frame) for a DfE download: kind is ``"lait"`` or an ``EES_FILES`` key."""
    path = Path(path)
    with path.open("rb") as f:
        zipped = f.read(4) == b"PK\x03\x04"  # an .xlsx workbook is a zip file, whatever its name
    if zipped or path.suffix.lower() in (".xlsx", ".xls", ".xlsm"):
        raise UnrecognisedFile(f"{path.name}: a spreadsheet workbook; give the CSV download "
                               "(LAIT: the long-format data file; EES: the CSV in the data zip)")
    try:
        if path.suffix.lower() == ".parquet":
            df = pd.read_parquet(path)
        else:
            df = pd.read_csv(path, dtype=str, encoding="utf-8-sig", keep_default_na=False)
    except UnicodeDecodeError as exc:
        # DfE downloads are UTF-8; a file re-saved from Excel may not be: a guess could garble names.
        raise UnrecognisedFile(f"{path.name}: not UTF-8 text; download it again, or save it from "
                               "Excel as \"CSV UTF-8\"") from exc
    except (ValueError, pa.ArrowException) as exc:  # pandas' parser errors, not Parquet, ...
        kind = "Parquet" if path.suffix.lower() == ".parquet" else "CSV"
        raise UnrecognisedFile(f"{path.name}: cannot be read as {kind} ({type(exc).__name__})") from exc
    df.columns = [str(c).strip() for c in df.columns]
    cols = set(df.columns)
    if {"Short Desc", "Years", "LA Number", "Values"} <= cols:
        return "lait", df
    if {"time_period", "geographic_level"} <= cols:
        for kind, needed in EES_FILES.items():
            if set(needed) <= cols:
                return kind, df
    raise UnrecognisedFile(f"{path.name}: not a recognised DfE file (LAIT long file, or EES "
                           f"b1, c1, d3, d5, looked-after rate, placement stability, population)")


def parse_values(raw: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(value, mark): numbers become floats; anything else is not published and keeps its mark."""
    text = raw.astype("string").str.strip()
    plain = text.str.replace(",", "", regex=False)
    numeric = plain.str.fullmatch(r"-?(\d+\.?\d*|\.\d+)(e-?\d+)?").fillna(False).astype(bool)
    # LAIT writes some figures as 17-digit binary expansions ("8.1999999999999993"): rounding
    # to 10 places gives the same float as the published "8.2".
    value = pd.to_numeric(plain.where(numeric), errors="coerce").astype("float64").round(10)
    mark = text.where(~numeric)
    return value, mark


def _year(text: pd.Series) -> pd.Series:
    """DfE year (ending 31 March) from ``2016``, ``201516`` or ``2015-16``; NA otherwise
    (so LAIT's three-year ``2014-16`` and ``(OT)`` periods are skipped)."""
    t = text.astype("string").str.strip()
    first = pd.to_numeric(t.str[:4], errors="coerce")
    single = t.str.fullmatch(r"\d{4}").fillna(False).astype(bool)
    two_part = (t.str.fullmatch(r"\d{4}-?\d{2}").fillna(False).astype(bool)
                & (pd.to_numeric(t.str[-2:], errors="coerce") == (first + 1) % 100))
    return first.where(single).where(~two_part, first + 1).astype("Int64")


def _ees_areas(df: pd.DataFrame) -> pd.DataFrame:
    """EES rows with year, area_level, area_code and area_name (other levels dropped)."""
    level = df["geographic_level"].astype("string").str.strip().map(LEVELS)
    blank = pd.Series("", index=df.index)
    code = ENGLAND + blank
    code = code.where(level != "region", df.get("region_code", blank))
    code = code.where(level != "council", df.get("old_la_code", blank))
    name = ("England" + blank).where(level == "england", df.get("region_name", blank))
    name = name.where(level != "council", df.get("la_name", blank))
    out = df.assign(year=_year(df["time_period"]), area_level=level,
                    area_code=code.astype("string").str.strip(), area_name=name)
    return out[out.area_level.notna() & out.year.notna() & (out.area_code.str.len() > 0)]


def _lait_candidates(df: pd.DataFrame) -> pd.DataFrame:
    wanted = {s.column: m.code for m in MEASURES for s in m.sources if s.kind == "lait"}
    short = df["Short Desc"].astype("string").str.strip()
    number = pd.to_numeric(df["LA Number"], errors="coerce").astype("Int64")
    keep = short.isin(list(wanted)).fillna(False) & number.notna()
    df, short, number = df[keep], short[keep], number[keep].astype("int64")
    mapped = number.map(LAIT_AREAS)
    level = np.where(number == 970, "england", np.where(mapped.notna(), "region", "council"))
    return pd.DataFrame({
        "measure": short.map(wanted), "source": "LAIT " + short,
        "year": _year(df["Years"]), "area_level": level,
        "area_code": mapped.fillna(number.astype(str).str.zfill(3)).astype("string"),
        "area_name": df["LA and Regions"] if "LA and Regions" in df else "",
        "raw": df["Values"],
    }).dropna(subset=["year"])


def _ees_candidates(files: dict[str, list[pd.DataFrame]], population: pd.DataFrame,
                    notes: list[str]) -> list[pd.DataFrame]:
    out = []
    for m in MEASURES:
        for s in m.sources:
            if s.kind == "lait" or s.file not in files:
                continue
            for df in files[s.file]:
                rows = _ees_areas(df)
                for column, value in s.where:
                    rows = rows[rows[column].str.strip() == value]
                rows = rows.assign(measure=m.code, source=s.id, raw=rows[s.column])
                if s.kind == "derived":
                    rows = _derive(rows, population, m.code, notes)
                out.append(rows)
    return out


def _derive(rows: pd.DataFrame, population: pd.DataFrame, measure: str,
            notes: list[str]) -> pd.DataFrame:
    """count / mid-year (Y-1) population x 10,000, rounded half up to 1 dp, marks carried."""
    pop = population.rename(columns={"mark": "pop_mark"})
    pop = pop.assign(year=pop.mid_year + 1)[["area_code", "year", "population", "pop_mark"]]
    rows = rows.merge(pop, on=["area_code", "year"], how="left")
    missing = rows.population.isna() & rows.pop_mark.isna()
    if missing.any():
        years = sorted(rows.loc[missing, "year"].unique())
        notes.append(f"{measure}: no 0-17 population for {missing.sum()} rows (years "
                     f"{', '.join(map(str, years))}); not derived - add the ONS population file")
    rows = rows[~missing]
    count, count_mark = parse_values(rows.raw)
    whole = (count % 1 == 0) & (rows.population % 1 == 0) & (rows.population > 0)
    c, p = count.fillna(0).astype("int64"), rows.population.fillna(1).astype("int64")
    exact = (2 * c * 100_000 + p) // (2 * p) / 10  # integer half-up rounding, no float error
    approx = np.floor(count / rows.population * 100_000 + 0.5) / 10
    value = exact.where(whole, approx)
    mark = count_mark.fillna(rows.pop_mark)
    raw = value.map(repr).astype("string").where(mark.isna(), mark)
    return rows.assign(raw=raw)


def _population(frames: list[pd.DataFrame]) -> pd.DataFrame:
    parts = []
    for df in frames:
        rows = _ees_areas(df)
        value, mark = parse_values(rows.population_estimate)
        parts.append(pd.DataFrame({"area_level": rows.area_level, "area_code": rows.area_code,
                                   "mid_year": rows.year, "population": value, "mark": mark}))
    return pd.concat(parts, ignore_index=True) if parts else empty_population()


def empty_population() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in zip(
        POP_COLUMNS, ["string", "string", "Int64", "float64", "string"])})


def empty_table() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in zip(
        COLUMNS, ["string", "Int64", "string", "string", "string", "float64", "bool", "string",
                  "string"])})


def _council_names() -> dict[str, str]:
    from ..reference import councils

    return {c.la_code: c.name for c in councils()}


def _finish(rows: pd.DataFrame) -> pd.DataFrame:
    value, mark = parse_values(rows.raw)
    names = rows.area_code.map(REGIONS).where(rows.area_level == "region")
    names = names.fillna(rows.area_code.map(_council_names()).where(rows.area_level == "council"))
    names = names.where(rows.area_level != "england", "England").fillna(rows.area_name)
    out = pd.DataFrame({"measure": rows.measure, "year": rows.year.astype("Int64"),
                        "area_level": rows.area_level, "area_code": rows.area_code,
                        "area_name": names, "value": value, "published": value.notna(),
                        "mark": mark, "source": rows.source})
    return out[out.value.notna() | (out.mark.fillna("") != "")]


def merge(base: pd.DataFrame, new: pd.DataFrame, key=KEY, rank: bool = True) -> pd.DataFrame:
    """One row per key: lowest source precedence wins; on a tie the row from ``new`` wins."""
    both = pd.concat([new.assign(_order=0), base.assign(_order=1)], ignore_index=True)
    sort = [*key, "_order"]
    if rank:
        ranks = pd.DataFrame([(m.code, s.id, i) for m in MEASURES for i, s in enumerate(m.sources)],
                             columns=["measure", "source", "_rank"])
        both = both.merge(ranks, on=["measure", "source"], how="left")
        both["_rank"] = both["_rank"].fillna(len(ranks))
        sort = [*key, "_rank", "_order"]
    both = both.sort_values(sort, kind="stable").drop_duplicates(key, keep="first")
    return both.drop(columns=[c for c in ("_order", "_rank") if c in both])


def tidy(table: pd.DataFrame) -> pd.DataFrame:
    """Sorted, typed, one row per key: the shape that is saved and loaded."""
    level_order = {"england": 0, "region": 1, "council": 2}
    t = table.assign(_level=table.area_level.map(level_order))
    t = t.sort_values(["measure", "year", "_level", "area_code"]).drop(columns="_level")
    return t.astype({"measure": "string", "year": "int16", "area_level": "string",
                     "area_code": "string", "area_name": "string", "value": "float64",
                     "published": "bool", "mark": "string", "source": "string"}
                    )[COLUMNS].reset_index(drop=True)


def build(paths, base: Built | None = None) -> Built:
    """Read ``paths`` and merge their figures into ``base`` (or into an empty table)."""
    notes: list[str] = []
    files: dict[str, list[pd.DataFrame]] = {}
    for path in paths:
        kind, df = read_file(path)
        files.setdefault(kind, []).append(df)
        notes.append(f"{Path(path).name}: {kind}, {len(df):,} rows")
    population = _population(files.get("population", []))
    base_pop = base.population if base is not None else empty_population()
    population = merge(base_pop, population, key=["area_code", "mid_year"], rank=False)
    candidates = [_lait_candidates(df) for df in files.get("lait", [])]
    candidates += _ees_candidates(files, population, notes)
    new = _finish(pd.concat(candidates, ignore_index=True)) if candidates else empty_table()
    gone = non_existent(new.area_code, new.year) & (new.area_level == "council")
    if gone.any():
        notes.append(f"left out {gone.sum()} rows for councils in years they did not exist "
                     f"(reorganised): {', '.join(sorted(new.loc[gone, 'area_code'].unique()))}")
    new = new[~gone]
    before = base.table if base is not None else empty_table()
    merged = merge(before, new)
    superseded = len(before) + len(new) - len(merged)
    notes.append(f"{len(new):,} rows read, {superseded:,} duplicates resolved by precedence")
    population = population.sort_values(["area_code", "mid_year"]).astype(
        {"mid_year": "int16"})[POP_COLUMNS].reset_index(drop=True)
    return Built(tidy(merged), population, notes)


def read_groupings(path: Path, model: int) -> pd.DataFrame:
    """(model, la_code, rank, neighbour_la_code) from a DfE statistical-neighbour file.

    Both layouts are read: April 2021 (``LA num``, ``SN1``..``SN10``, including its "Old SNs"
    rows for 835, 836, 837 and 928) and 2025 (``old_la_code``, ``SN_1``..``SN_10``)."""
    df = pd.read_csv(path, dtype=str, encoding="utf-8-sig", keep_default_na=False)
    df.columns = [str(c).strip() for c in df.columns]
    code = "LA num" if "LA num" in df else "old_la_code"
    prefix = "SN" if "SN1" in df else "SN_"
    df = df[df[code].str.strip().str.fullmatch(r"\d{3}")]
    long = df.melt(id_vars=[code], value_vars=[f"{prefix}{i}" for i in range(1, 11)],
                   var_name="rank", value_name="neighbour_la_code")
    long = long.assign(model=model, la_code=long[code].str.strip(),
                       rank=long["rank"].str.removeprefix(prefix).astype(int),
                       neighbour_la_code=long.neighbour_la_code.str.strip())
    long = long[long.neighbour_la_code.str.fullmatch(r"\d{3}")]
    return long[["model", "la_code", "rank", "neighbour_la_code"]].sort_values(
        ["model", "la_code", "rank"]).reset_index(drop=True)


def polarity_disagreements(dictionary: Path) -> list[str]:
    """Measures whose LAIT dictionary polarity differs from their indicator's catalogue polarity."""
    from ..indicators import REGISTRY

    d = pd.read_csv(dictionary, dtype=str, keep_default_na=False)
    lait = dict(zip(d.Measure_short.str.strip(), d.Polarity.str.strip().str.lower()))
    out = []
    for m in MEASURES:
        if m.lait_code not in lait:
            out.append(f"{m.code}: {m.lait_code} is not in the LAIT data dictionary")
            continue
        theirs = {"high": "high", "low": "low"}.get(lait[m.lait_code], "neutral")
        ours = REGISTRY[m.indicator].polarity
        if theirs != ours:
            out.append(f"{m.code} ({m.indicator}): LAIT polarity {lait[m.lait_code]!r}, "
                       f"catalogue {ours!r}")
    return out


def non_existent(area_code: pd.Series, year: pd.Series) -> pd.Series:
    """Vectorised ``not existed``: True where a council is listed for a year it did not exist."""
    out = pd.Series(False, index=area_code.index)
    for r in REORGANISATIONS:
        out |= area_code.isin(r.before) & (year >= r.first_year)
        out |= area_code.isin(r.after) & (year < r.first_year)
    return out
