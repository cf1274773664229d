"""Write the compiled DuckDB SQL the package ships for its queries (indicators.compiled).

    .venv/bin/python scripts/compile_sql.py

Compiles every built-in indicator's series query, and the other queries a run makes, for the
shipped policy and an extract that supplies every contract column, into
src/safeguarding/indicators/sql/duckdb/<name>.sql (replacing what is there).
tests/test_compiled_sql.py fails while a shipped file differs from a fresh compile: run this
after changing an indicator, and review the SQL's diff with the change.
"""

from __future__ import annotations

import datetime as dt

from safeguarding.indicators import compiled
from safeguarding.indicators.compute import QUERIES, built_in, series_expr
from safeguarding.indicators.context import Context
from safeguarding.policy import load_policy
from safeguarding.schema import TABLES
from safeguarding.store import Store


def shipped_files() -> dict[str, str]:
    """name -> the text of its shipped file, compiled afresh."""
    store = Store()
    every_column = {"000": {name: {c.name for c in spec.columns} for name, spec in TABLES.items()}}
    ctx = Context(store, ["000"], dt.date(2020, 1, 1), load_policy(), present=every_column)
    queries = {ind.id: (lambda ind=ind: series_expr(ctx, ind)) for ind in built_in()}
    queries |= {name: (lambda q=q: q(ctx)) for name, q in QUERIES.items()}
    try:
        return {name: compiled.shipped_text(ctx, name, build) for name, build in sorted(queries.items())}
    finally:
        store.close()


def main() -> None:
    files = shipped_files()
    compiled.SHIPPED.mkdir(parents=True, exist_ok=True)
    for old in compiled.SHIPPED.glob("*.sql"):
        if old.stem not in files:
            old.unlink()
    for name, text in files.items():
        (compiled.SHIPPED / f"{name}.sql").write_text(text, encoding="utf-8")
    print(f"{len(files)} queries written to {compiled.SHIPPED}")


if __name__ == "__main__":
    main()
