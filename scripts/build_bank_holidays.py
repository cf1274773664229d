"""Write the bank holidays the package ships (safeguarding.calendar), from the `holidays` package.

    .venv/bin/python scripts/build_bank_holidays.py

Writes src/safeguarding/reference/bank_holidays.csv (replacing it). tests/test_calendar.py
fails while the shipped file differs from the installed `holidays` package's list: run this
after upgrading `holidays`, and review the diff (a new one-off bank holiday, say).
"""

from __future__ import annotations

from pathlib import Path

from safeguarding.calendar import SHIPPED, computed_bank_holidays

PATH = Path(__file__).resolve().parent.parent / "src" / "safeguarding" / "reference" / SHIPPED


def shipped_text() -> str:
    return "date\n" + "".join(f"{d.isoformat()}\n" for d in computed_bank_holidays())


if __name__ == "__main__":
    PATH.write_text(shipped_text(), encoding="utf-8")
    print(f"wrote {PATH}")
