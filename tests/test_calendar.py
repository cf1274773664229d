import datetime as dt

import pyarrow.compute as pc

from safeguarding.calendar import bank_holidays, calendar_table, computed_bank_holidays

D = dt.date


def wd(a: dt.date, b: dt.date) -> int:
    """WD(a, b) from the table, as the engine computes it: a difference of ordinals."""
    t = calendar_table()
    ordinal = dict(zip(t.column("date").to_pylist(), t.column("wd_ordinal").to_pylist()))
    return ordinal[b] - ordinal[a]


def test_shipped_bank_holidays_are_the_holidays_packages():
    # A stale file (after upgrading `holidays`): run scripts/build_bank_holidays.py.
    assert bank_holidays() == computed_bank_holidays()
    assert bank_holidays()[0].year == 1990 and bank_holidays()[-1].year == 2040


def test_2014_bank_holidays():
    days = [d for d in bank_holidays() if d.year == 2014]
    assert days == [D(2014, 1, 1), D(2014, 4, 18), D(2014, 4, 21), D(2014, 5, 5), D(2014, 5, 26),
                    D(2014, 8, 25), D(2014, 12, 25), D(2014, 12, 26)]


def test_substitute_and_one_off_days():
    days = set(bank_holidays())
    assert D(2012, 6, 4) in days and D(2012, 6, 5) in days  # diamond jubilee, moved spring holiday
    assert D(2015, 12, 28) in days  # Boxing Day 2015 fell on a Saturday
    assert D(2022, 9, 19) in days  # state funeral


def test_catalogue_example_bank_holiday_week():
    # Referral Monday 18 August 2014, completion Monday 25 August (a bank holiday): WD = 4.
    assert wd(D(2014, 8, 18), D(2014, 8, 25)) == 4


def test_christmas_and_new_year():
    # Working days after 24 Dec 2013 up to 2 Jan 2014: 27, 30, 31 Dec and 2 Jan.
    assert wd(D(2013, 12, 24), D(2014, 1, 2)) == 4


def test_easter_2014():
    # Thursday 17 April to Tuesday 22 April 2014: Good Friday and Easter Monday are holidays.
    assert wd(D(2014, 4, 17), D(2014, 4, 22)) == 1


def test_same_day_and_weekend():
    assert wd(D(2014, 8, 1), D(2014, 8, 1)) == 0
    assert wd(D(2014, 8, 1), D(2014, 8, 3)) == 0  # Friday to Sunday
    assert wd(D(2014, 8, 2), D(2014, 8, 4)) == 1  # Saturday to Monday


def test_table_covers_1990_to_2040_one_row_a_day():
    t = calendar_table()
    assert t.column("date")[0].as_py() == D(1990, 1, 1)
    assert t.column("date")[-1].as_py() == D(2040, 12, 31)
    assert t.num_rows == (D(2040, 12, 31) - D(1990, 1, 1)).days + 1
    assert pc.sum(t.column("is_working_day")).as_py() == t.column("wd_ordinal")[-1].as_py()
