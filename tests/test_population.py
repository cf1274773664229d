import datetime as dt

from extracts import people, write_extract

from safeguarding import app
from safeguarding.store import Store

PLAN = {"cppl_cp_plan_id": "p1", "cppl_person_id": "1", "cppl_cp_plan_start_date": "2010-01-01",
        "cppl_cp_plan_end_date": ""}


def test_ons_population_is_used_without_an_override_and_nearest_year_is_warned(tmp_path):
    folder = write_extract(tmp_path / "x", {"ssd_person": people("1"), "ssd_cp_plans": [PLAN]})
    toml = folder / "extract.toml"
    toml.write_text(toml.read_text().split("[population]")[0])  # no override: ONS figures
    store = Store()
    app.load(folder, store)
    # August 2012 to August 2013: April 2013 onwards uses mid-2013 (Herefordshire 35,673 in the
    # ONS file); April 2012 to March 2013 use mid-2012 (35,798). Months before April 2012 would
    # need mid-2011, which the file does not hold.
    [c] = app.run_indicators(store, dt.date(2012, 8, 1), ids=["cp_per_10k"])
    [r] = c.results
    by_month = {p.month: p for p in r.series}
    assert by_month["2012-08"].denominator == 35_798
    assert by_month["2011-08"].denominator == 35_798  # nearest year to 2011
    assert by_month["2011-08"].value == 1 / 35_798 * 10_000
    assert any("mid-2011 not held; used mid-2012" in w for w in c.warnings)
    [c] = app.run_indicators(store, dt.date(2013, 8, 1), ids=["cp_per_10k"])
    assert {p.month: p.denominator for p in c.results[0].series}["2013-08"] == 35_673
    assert not any("not held" in w for w in c.warnings)
