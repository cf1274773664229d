"""Build tiny hand-made extracts for tests and run indicators on them."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from safeguarding import app
from safeguarding.indicators import REGISTRY
from safeguarding.indicators.compute import by_indicator, catalogue_rows, compute
from safeguarding.indicators.context import Context
from safeguarding.results import Point, Result
from safeguarding.policy import Policy, load_policy
from safeguarding.store import Store

POPULATION = 10_000  # every mid-year, unless a test says otherwise


def write_extract(folder: Path, tables: dict[str, list[dict]], *, la_code: str = "884",
                  extracted_at: str = "2014-09-30", population: dict[int, int] | None = None) -> Path:
    """Write extract.toml and one CSV per table (columns = union of the rows' keys, in order)."""
    folder.mkdir(parents=True, exist_ok=True)
    population = population or {y: POPULATION for y in range(2010, 2017)}
    pop_lines = "\n".join(f"{y} = {n}" for y, n in sorted(population.items()))
    (folder / "extract.toml").write_text(
        f'la_code = "{la_code}"\nextracted_at = "{extracted_at}"\n\n[population]\n{pop_lines}\n')
    for name, rows in tables.items():
        columns: list[str] = []
        for row in rows:
            columns += [c for c in row if c not in columns]
        with (folder / f"{name}.csv").open("w", newline="") as f:
            w = csv.DictWriter(f, fieldnames=columns)
            w.writeheader()
            w.writerows(rows)
    return folder


def people(*ids: str) -> list[dict]:
    return [{"pers_person_id": i, "pers_dob": "2005-01-01"} for i in ids]


ENGINE = "duckdb"  # tests/indicators/conftest.py runs each indicator test on every engine


class Results(Mapping):
    """Indicator results by id, each computed when first read (Spark queries are slow to start)."""

    def __init__(self, store: Store, month: str, policy: Policy):
        self.store, self.policy = store, policy
        self.month = dt.datetime.strptime(month, "%Y-%m").date()
        self._done: dict[str, Result] = {}

    def __getitem__(self, indicator_id: str) -> Result:
        if indicator_id not in self._done:
            [council] = app.run_indicators(self.store, self.month, policy=self.policy,
                                           ids=[indicator_id], engine=ENGINE)
            [self._done[indicator_id]] = council.results
        return self._done[indicator_id]

    def month_alone(self, indicator_id: str) -> Point:
        """The reporting month's point from a frame of that month alone, as the next month computes
        it when it reuses the months before: on DuckDB the whole catalogue's one-month query
        (`catalogue_unfiltered`, every table read whole), elsewhere the indicator's own query.
        Its queries read only what one month needs of the history."""
        [council] = self.store.councils()
        ctx = Context(self.store, [council["la_code"]], self.month, self.policy,
                      present=self.store.columns_present(), n_months=1, engine=ENGINE)
        if ENGINE == "duckdb":
            rows = catalogue_rows(ctx)
            assert rows is not None  # the catalogue ran
            results = compute(ctx, [indicator_id], by_indicator(rows))
        else:
            results = compute(ctx, [indicator_id])
        [result] = results
        [p] = result.series
        assert p.month == f"{self.month:%Y-%m}"
        return p

    def __iter__(self):
        return iter(REGISTRY)

    def __len__(self):
        return len(REGISTRY)


def run(tmp_path: Path, tables: dict[str, list[dict]], month: str = "2014-08",
        policy: Policy | None = None, **extract) -> Results:
    """Load the tables (they must be valid); results by indicator id, on the current engine."""
    folder = write_extract(tmp_path / "extract", tables, **extract)
    store = Store()
    app.load(folder, store)
    return Results(store, month, policy or load_policy())


def point(result: Result, month: str) -> Point:
    """The series point for a month (asserting the indicator computed without error)."""
    assert result.error is None, result.error
    assert result.available, result.reason
    [p] = [p for p in result.series if p.month == month]
    return p


def synthetic_council(folder: Path):
    """The report tests' council: synthetic Herefordshire (36,000 children), September 2012 to
    August 2014, seed 1, computed for August 2014."""
    from safeguarding.synth import write_synthetic_extract

    write_synthetic_extract(folder, la_code="884", la_name="Herefordshire", population=36000,
                            start="2012-09", end="2014-08", seed=1)
    store = Store()
    try:
        app.load(folder, store)
        [council] = app.run_indicators(store, dt.date(2014, 8, 1), equality=True)
    finally:
        store.close()
    return council


def published(**figures):
    """A published benchmark (results.Benchmark) for hand-worked judgement tests: 2014, 10
    neighbours, the figures given (council, neighbours, region, england and their marks)."""
    from safeguarding.results import Benchmark

    base = dict(year=2014, measure="CPP_rate", council=None, neighbours=None, neighbours_n=10,
                region=None, england=None, quartile=None, neighbours_median=None,
                council_mark=None, region_mark=None, england_mark=None, sn_model=None,
                region_code="E12000005", region_name="West Midlands", quartile_of=150,
                polarity="neutral", quartile_method="", source="test", notes=())
    return Benchmark(**{**base, **figures})


def with_summary(tree, summary):
    """A report tree with these indicators only (its sections hold the same), for a quicker or an
    odd report."""
    from dataclasses import replace

    summary = tuple(summary)
    return replace(tree, summary=summary, sections=tuple(
        replace(s, indicators=tuple(i for i in summary if i.area == s.id)) for s in tree.sections))
