"""Judging performance (safeguarding.judgement.targets / rating / change): targets.toml and its
errors, RAG at every boundary for each polarity, benchmark position bands, and the change
figures and sentence. Every expected value is worked out by hand in the comments."""

from dataclasses import replace
from types import SimpleNamespace

import pytest

from safeguarding.judgement.change import change_sentence, changes, describe_peak_change
from safeguarding.judgement.rating import benchmark_position, rag
from safeguarding.judgement.targets import Target, TargetsError, load_targets
from safeguarding.results import LatestPoint, NeighbourComparator, NoBenchmark

from extracts import published


def write(tmp_path, text: str):
    path = tmp_path / "targets.toml"
    path.write_text(text, encoding="utf-8")
    return path


# --- targets.toml: shipped defaults ---------------------------------------------------------

def test_shipped_defaults():
    t = load_targets()
    assert (t["cp_visits_in_timescale"].target, t["cp_visits_in_timescale"].amber) == (100, 95)
    assert (t["cla_visits_in_timescale"].target, t["cla_visits_in_timescale"].amber) == (100, 95)
    assert (t["contacts_screened_24h"].target, t["contacts_screened_24h"].amber) == (100, 95)
    assert (t["assessments_in_timescale"].target, t["assessments_in_timescale"].amber) == (90, 80)
    # low polarity: England 2013-14 as the target, amber 10% (relative) worse, 1 decimal place
    assert (t["rereferrals_12m"].target, t["rereferrals_12m"].amber) == (23.5, 25.9)
    assert (t["cp_second_or_subsequent"].target, t["cp_second_or_subsequent"].amber) == (15.8, 17.4)
    for rate in ("cp_per_10k", "cla_per_10k", "cin_per_10k", "referrals_per_10k", "s47_per_10k"):
        assert t[rate].range == ("neighbours", "england")
        assert t[rate].amber_margin == 10
        assert t[rate].target is None
    assert "contacts" not in t and "cp_count" not in t  # counts are not rated
    assert t["cp_visits_in_timescale"].source == "targets.toml"


def test_council_file_replaces_an_indicator_table_and_keeps_the_rest(tmp_path):
    path = write(tmp_path, """
[cp_visits_in_timescale]
target = 98          # no amber: green or red

[cp_per_10k]
range = [40, 55]
amber_margin = 5

[contacts_screened_24h]   # an empty table removes the default target
""")
    t = load_targets(path)
    assert (t["cp_visits_in_timescale"].target, t["cp_visits_in_timescale"].amber) == (98, None)
    assert t["cp_visits_in_timescale"].source == str(path)
    assert (t["cp_per_10k"].range, t["cp_per_10k"].amber_margin) == ((40, 55), 5)
    assert "contacts_screened_24h" not in t
    assert (t["cla_visits_in_timescale"].target, t["cla_visits_in_timescale"].amber) == (100, 95)


# --- targets.toml: errors -------------------------------------------------------------------

@pytest.mark.parametrize("text, message", [
    ("[cp_visit_in_timescale]\ntarget = 100\n", "cp_visits_in_timescale"),  # close match listed
    ("[not_an_indicator]\ntarget = 1\n", "unknown indicator id [not_an_indicator]"),
    ("[cp_visits_in_timescale]\ntarget = 100\ntolerance = 95\n", "unknown key 'tolerance'"),
    ("[cp_visits_in_timescale]\ntarget = \"100%\"\n", "target must be a number"),
    ("[cp_visits_in_timescale]\ntarget = true\n", "target must be a number"),
    ("[cp_visits_in_timescale]\ntarget = 100\namber = \"95\"\n", "amber must be a number"),
    ("[cp_visits_in_timescale]\ntarget = 95\namber = 96\n", "amber (96) must not be above"),
    ("[rereferrals_12m]\ntarget = 20\namber = 19\n", "amber (19) must not be below"),
    ("[cp_visits_in_timescale]\ntarget = 101\n", "between 0 and 100"),
    ("[rereferrals_12m]\ntarget = -1\n", "must not be negative"),
    ("[cp_visits_in_timescale]\namber = 95\n", "amber needs a target"),
    ("[cp_visits_in_timescale]\nrange = [\"neighbours\", \"england\"]\n",
     "only neutral indicators take one"),
    ("[cp_per_10k]\ntarget = 50\n", "give a range, not target"),
    ("[cp_per_10k]\nrange = [\"neighbours\"]\n", "range must be a list of two bounds"),
    ("[cp_per_10k]\nrange = [1, 2, 3]\n", "range must be a list of two bounds"),
    ("[cp_per_10k]\nrange = \"neighbours\"\n", "range must be a list of two bounds"),
    ("[cp_per_10k]\nrange = [\"nieghbours\", \"england\"]\n", "not a benchmark name"),
    ("[cp_per_10k]\nrange = [-5, \"england\"]\n", "must be a benchmark name"),
    ("[cp_per_10k]\nrange = [40, 50]\namber_margin = \"ten\"\n", "amber_margin must be a number"),
    ("[cp_per_10k]\namber_margin = 5\n", "amber_margin needs a range"),
    ("cp_visits_in_timescale = 100\n", "must be a table"),
    ("[cp_visits_in_timescale\ntarget = 100\n", "is not valid TOML"),
])
def test_targets_errors(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(TargetsError) as err:
        load_targets(path)
    assert message in str(err.value)
    assert isinstance(err.value, ValueError)


def test_missing_targets_file(tmp_path):
    with pytest.raises(TargetsError, match="does not exist"):
        load_targets(tmp_path / "nowhere.toml")


# --- RAG: high polarity ---------------------------------------------------------------------

VISITS = Target("cp_visits_in_timescale", target=100, amber=95)


@pytest.mark.parametrize("value, rating", [
    (100, "green"),     # exactly on target
    (99.99, "amber"),   # just short of the target
    (95, "amber"),      # exactly on amber
    (94.99, "red"),     # just beyond amber
    (91.94, "red"),     # the seed's August 2014 CP visits
])
def test_rag_high(value, rating):
    r = rag(value, "cp_visits_in_timescale", VISITS, None)
    assert r.rating == rating
    assert (r.target, r.amber) == (100, 95)


def test_rag_high_other_bounds():
    spec = Target("assessments_in_timescale", target=90, amber=80)
    got = [rag(v, "assessments_in_timescale", spec).rating for v in (90, 89.99, 80, 79.99)]
    assert got == ["green", "amber", "amber", "red"]


def test_rag_high_without_amber_is_green_or_red():
    spec = Target("cp_visits_in_timescale", target=100)
    assert rag(100, "cp_visits_in_timescale", spec).rating == "green"
    r = rag(99.99, "cp_visits_in_timescale", spec)
    assert r.rating == "red"
    assert r.basis == "short of the target of 100.00%"


def test_rag_basis_text():
    assert rag(100, "cp_visits_in_timescale", VISITS).basis == (
        "at or above the target of 100.00%")
    assert rag(96, "cp_visits_in_timescale", VISITS).basis == (
        "short of the target of 100.00% but at or above the amber tolerance of 95.00%")
    assert rag(91.94, "cp_visits_in_timescale", VISITS).basis == (
        "short of the target of 100.00% and the amber tolerance of 95.00%")


# --- RAG: low polarity ----------------------------------------------------------------------

REREF = Target("rereferrals_12m", target=23.5, amber=25.9)


@pytest.mark.parametrize("value, rating", [
    (23.5, "green"),    # exactly on target
    (23.4, "green"),    # better than target
    (23.51, "amber"),   # just beyond the target
    (25.9, "amber"),    # exactly on amber
    (25.91, "red"),     # just beyond amber
])
def test_rag_low(value, rating):
    assert rag(value, "rereferrals_12m", REREF).rating == rating


def test_rag_low_float_noise_on_the_target_is_on_target():
    # (0.1 + 0.2) x 100 = 30.000000000000004 in floating point: it is 30, on the target.
    spec = Target("cp_second_or_subsequent", target=30, amber=33)
    r = rag((0.1 + 0.2) * 100, "cp_second_or_subsequent", spec)
    assert r.rating == "green"
    assert r.basis == "at or below the target of 30.00%"


# --- RAG: neutral ranges --------------------------------------------------------------------

BENCH = published(council=55.0, neighbours=40.0, region=45.0, england=50.0)
CP_RANGE = Target("cp_per_10k", range=("neighbours", "england"), amber_margin=10)


@pytest.mark.parametrize("value, rating", [
    # range 40 (neighbours) to 50 (England); amber 10% of the nearer bound:
    # 40 x 0.9 = 36 below, 50 x 1.1 = 55 above
    (45, "green"),
    (40, "green"), (39.99, "amber"), (36, "amber"), (35.99, "red"),
    (50, "green"), (50.01, "amber"), (55, "amber"), (55.01, "red"),
])
def test_rag_neutral_range_from_benchmarks(value, rating):
    r = rag(value, "cp_per_10k", CP_RANGE, BENCH)
    assert r.rating == rating
    assert r.range == (40, 50)
    assert r.amber_range == pytest.approx((36, 55))
    assert r.range_names == ("neighbours", "england")


def test_rag_neutral_range_in_either_order_and_either_side():
    flipped = Target("cp_per_10k", range=("england", "neighbours"))
    assert rag(39.99, "cp_per_10k", flipped, BENCH).rating == "amber"
    # England below the neighbours: the range is still 40 to 50
    other = replace(BENCH, neighbours=50.0, england=40.0)
    assert rag(55.01, "cp_per_10k", CP_RANGE, other).rating == "red"
    assert rag(40, "cp_per_10k", CP_RANGE, other).rating == "green"


def test_rag_neutral_numeric_range_and_margin():
    # range 40 to 55, margin 5%: amber down to 40 x 0.95 = 38, up to 55 x 1.05 = 57.75
    spec = Target("cla_per_10k", range=(40, 55), amber_margin=5)
    got = {v: rag(v, "cla_per_10k", spec, None).rating  # numbers need no benchmark
           for v in (37.99, 38, 40, 55, 57.75, 57.76)}
    assert got == {37.99: "red", 38: "amber", 40: "green", 55: "green", 57.75: "amber",
                   57.76: "red"}


def test_rag_neutral_mixed_range():
    # neighbours 40 and the number 45: green 40 to 45, amber up to 45 x 1.1 = 49.5
    spec = Target("cp_per_10k", range=("neighbours", 45))
    assert [rag(v, "cp_per_10k", spec, BENCH).rating for v in (45, 49.5, 49.51)] == [
        "green", "amber", "red"]


def test_rag_neutral_basis_text():
    assert rag(54.85, "cp_per_10k", CP_RANGE, BENCH).basis == (
        "above the expected range 40.0 to 50.0 (statistical neighbours and England) by no more than 10%")


def test_rag_neutral_missing_benchmark_is_no_target():
    suppressed = replace(BENCH, england=None, england_mark="c")
    r = rag(45, "cp_per_10k", CP_RANGE, suppressed)
    assert r.rating == "no_target"
    assert r.basis == "no expected range: england figure for 2014 not published (c)"
    gone = NoBenchmark("no published benchmark")
    r = rag(45, "cp_per_10k", CP_RANGE, gone)
    assert r.rating == "no_target"
    assert "no published benchmark" in r.basis
    assert rag(45, "cp_per_10k", CP_RANGE, None).rating == "no_target"


def test_rag_missing_data_and_no_target():
    assert rag(None, "cp_visits_in_timescale", VISITS).rating == "no_data"
    assert rag(float("nan"), "rereferrals_12m", REREF).rating == "no_data"
    assert rag(None, "cp_per_10k", CP_RANGE, BENCH).rating == "no_data"
    assert rag(91.94, "cp_visits_in_timescale", None).rating == "no_target"
    assert rag(91.94, "cp_visits_in_timescale", Target("cp_visits_in_timescale")).rating == "no_target"
    t = load_targets()
    assert rag(120, "contacts", t.get("contacts")).rating == "no_target"


def test_rag_with_shipped_defaults_and_an_indicator_object():
    from safeguarding.indicators import REGISTRY
    t = load_targets()
    assert rag(98.03, REGISTRY["cla_visits_in_timescale"], t["cla_visits_in_timescale"]).rating == "amber"


# --- benchmark position ---------------------------------------------------------------------

def bench(neighbours, england, **kw):
    return published(neighbours=neighbours, england=england, **kw)


@pytest.mark.parametrize("indicator, value, position", [
    # comparator 40: ±5% is 38 to 42 inclusive
    ("cp_visits_in_timescale", 42, "similar"),       # +5% exactly
    ("cp_visits_in_timescale", 42.01, "better"),
    ("cp_visits_in_timescale", 38, "similar"),       # -5% exactly
    ("cp_visits_in_timescale", 37.99, "worse"),
    ("rereferrals_12m", 42.01, "worse"),              # lower is better
    ("rereferrals_12m", 37.99, "better"),
    ("rereferrals_12m", 42, "similar"),
    ("cp_per_10k", 42.01, "higher"),                  # neutral
    ("cp_per_10k", 37.99, "lower"),
    ("cp_per_10k", 38, "similar"),
])
def test_benchmark_position_band(indicator, value, position):
    p = benchmark_position(value, indicator, bench(40.0, 40.0))
    assert p.neighbours.position == position
    assert p.england.position == position
    assert p.band == 5.0
    assert p.year == 2014


def test_benchmark_position_figures():
    # value 42, neighbours 40 (+2, +5%: similar), England 50 (-8, -16%: worse, higher is better)
    p = benchmark_position(42, "cp_visits_in_timescale", bench(40.0, 50.0))
    assert p.neighbours == NeighbourComparator(40.0, "similar", 2.0, pytest.approx(5.0), None, 10)
    assert p.england.position == "worse"
    assert p.england.difference == -8.0
    assert p.england.relative == pytest.approx(-16.0)


def test_benchmark_position_band_edge_with_decimal_comparator():
    # England 42.1: 5% of it is 2.105, so 39.995 is exactly -5%, on the band; floating point
    # makes it -5.000000000000009%, which must still count as similar. 39.99 is beyond it.
    p = benchmark_position(39.995, "cp_per_10k", bench(None, 42.1))
    assert p.england.position == "similar"
    assert p.neighbours.position is None  # no neighbours' figure
    assert benchmark_position(39.99, "cp_per_10k", bench(None, 42.1)).england.position == "lower"
    # and +5%: 44.205 (floating point: 4.999999999999993%) is similar, 44.21 higher
    assert benchmark_position(44.205, "cp_per_10k", bench(None, 42.1)).england.position == "similar"
    assert benchmark_position(44.21, "cp_per_10k", bench(None, 42.1)).england.position == "higher"


def test_benchmark_position_custom_band():
    # band 10%: 44 against 40 is +10% exactly -> similar; 44.01 -> better
    assert benchmark_position(44, "cp_visits_in_timescale", bench(40.0, 40.0), band=10).neighbours.position == "similar"
    p = benchmark_position(44.01, "cp_visits_in_timescale", bench(40.0, 40.0), band=10)
    assert (p.neighbours.position, p.band) == ("better", 10)


def test_benchmark_position_unpublished():
    p = benchmark_position(42, "cp_per_10k", bench(40.0, None, england_mark="c"))
    assert p.neighbours.position == "similar"
    assert p.england.position is None
    assert p.england.reason == "england figure for 2014 not published (c)"
    p = benchmark_position(42, "assessments_in_timescale",
                           NoBenchmark("no published benchmark"))
    assert (p.available, p.neighbours.position, p.england.position) == (
        False, None, None)
    assert p.reason == "no published benchmark"
    p = benchmark_position(None, "cp_per_10k", bench(40.0, 40.0))
    assert p.neighbours.position is None
    assert p.neighbours.reason == "no value this month"


# --- change figures -------------------------------------------------------------------------

MONTHS = ["2013-08", "2013-09", "2013-10", "2013-11", "2013-12", "2014-01", "2014-02",
          "2014-03", "2014-04", "2014-05", "2014-06", "2014-07", "2014-08"]
# CP plans per 10,000, the seed's April (69.25) and August (54.85) figures with made-up months
# around them. The 12 months before August 2014 are August 2013 to July 2014:
# peak 69.25 (April 2014), trough 58.17 (July 2014).
CP = [60.00, 61.00, 62.00, 63.00, 64.00, 65.00, 66.00, 67.00, 69.25, 66.48, 60.94, 58.17, 54.85]


def series(values, months=MONTHS):
    return [{"month": m, "value": v} for m, v in zip(months, values)]


def test_changes_worked_by_hand():
    c = changes(series(CP), "cp_per_10k")
    assert c.latest == LatestPoint("2014-08", 54.85)

    prev = c.previous_month  # 54.85 - 58.17 = -3.32; -3.32 / 58.17 = -5.7074%
    assert (prev.month, prev.value) == ("2014-07", 58.17)
    assert prev.absolute == pytest.approx(-3.32)
    assert prev.relative == pytest.approx(-5.7074, abs=1e-4)
    assert (prev.movement, prev.direction) == ("down", "down")  # neutral: the movement

    year = c.year_ago  # 54.85 - 60.00 = -5.15; -5.15 / 60 = -8.5833%
    assert (year.month, year.value) == ("2013-08", 60.00)
    assert year.absolute == pytest.approx(-5.15)
    assert year.relative == pytest.approx(-8.5833, abs=1e-4)

    peak = c.peak  # 54.85 - 69.25 = -14.40; 14.40 / 69.25 = 0.20794 -> a reduction of 20.8%
    assert (peak.month, peak.value) == ("2014-04", 69.25)
    assert peak.absolute == pytest.approx(-14.40)
    assert peak.relative == pytest.approx(-20.7942, abs=1e-4)

    trough = c.trough  # the latest is below the trough: a new low
    assert (trough.month, trough.value, trough.movement) == ("2014-07", 58.17, "down")


def test_change_direction_by_polarity():
    # 58.17 -> 54.85 is down: an improvement where lower is better, a decline where higher is
    low = changes(series(CP), "cp_second_or_subsequent").previous_month
    high = changes(series(CP), "cp_visits_in_timescale").previous_month
    assert (low.direction, high.direction) == ("improving", "declining")
    up = series([50.0, 52.0], MONTHS[:2])  # 50 -> 52: +2, +4%
    assert changes(up, "cp_visits_in_timescale").previous_month.direction == "improving"
    assert changes(up, "rereferrals_12m").previous_month.direction == "declining"
    assert changes(up, "cla_per_10k").previous_month.direction == "up"
    assert changes(up, "cla_per_10k").previous_month.relative == pytest.approx(4.0)
    flat = series([50.0, 50.0], MONTHS[:2])
    for ind in ("cp_visits_in_timescale", "rereferrals_12m", "cla_per_10k"):
        prev = changes(flat, ind).previous_month
        assert (prev.absolute, prev.relative, prev.direction) == (0, 0, "no change")


def test_change_from_zero_has_no_relative_change():
    c = changes(series([0, 3], MONTHS[:2]), "cp_starts").previous_month
    assert (c.absolute, c.relative, c.direction) == (3, None, "up")


def test_changes_with_gaps_and_missing_values():
    # July 2014 left out, June 2014 without a value
    months = MONTHS[:10] + MONTHS[12:]          # ... May 2014, August 2014
    values = CP[:9] + [None] + [54.85]          # ... April 69.25, May None, August 54.85
    c = changes(series(values, months), "cp_per_10k")
    assert c.previous_month.absolute is None
    assert c.previous_month.reason == "July 2014 is not in the series"
    assert c.year_ago.absolute == pytest.approx(-5.15)
    assert (c.peak.month, c.trough.month) == ("2014-04", "2013-08")  # 69.25, 60.00

    short = changes(series([65.0, None, 54.85], ["2014-06", "2014-07", "2014-08"]), "cp_per_10k")
    assert short.previous_month.reason == "no value for July 2014"
    assert short.year_ago.reason == "August 2013 is not in the series"
    assert (short.peak.value, short.trough.value) == (65.0, 65.0)

    none_latest = changes(series([65.0, None], ["2014-07", "2014-08"]), "cp_per_10k")
    assert none_latest.previous_month.reason == "no value for August 2014"
    assert none_latest.peak.absolute is None


def test_peak_tie_names_the_most_recent_month():
    c = changes(series([70.0, 70.0, 60.0], ["2014-06", "2014-07", "2014-08"]), "cp_per_10k")
    assert c.peak.month == "2014-07"


def test_changes_accepts_points_with_attributes():
    pts = [SimpleNamespace(month=m, value=v, numerator=0, denominator=None)
           for m, v in zip(MONTHS, CP)]
    assert changes(pts, "cp_per_10k").peak.value == 69.25


@pytest.mark.parametrize("pts, message", [
    ([], "empty"),
    ([{"month": "2014-08", "value": 1}, {"month": "2014-07", "value": 1}], "oldest first"),
    ([{"month": "2014-08", "value": 1}, {"month": "2014-08", "value": 1}], "oldest first"),
    ([{"month": "August 2014", "value": 1}], "YYYY-MM"),
])
def test_changes_errors(pts, message):
    with pytest.raises(ValueError, match=message):
        changes(pts, "cp_per_10k")


# --- the sentence ---------------------------------------------------------------------------

SEED = ("down from a high of 69.25 per 10,000 in April 2014 to 54.85 in August 2014, "
        "a reduction of 20.8%")


def test_seed_sentence_exactly():
    assert change_sentence(69.25, "2014-04", 54.85, "2014-08", "per_10k") == SEED
    assert describe_peak_change(changes(series(CP), "cp_per_10k")) == SEED
    assert describe_peak_change(changes(series(CP), "cp_per_10k"), which="peak") == SEED


def test_sentence_rates_to_one_place_round_half_up():
    # the catalogue's 1 decimal place for rates: 69.25 -> 69.3, 54.85 -> 54.9 (half up)
    assert change_sentence(69.25, "2014-04", 54.85, "2014-08", "per_10k", places=1) == (
        "down from a high of 69.3 per 10,000 in April 2014 to 54.9 in August 2014, "
        "a reduction of 20.8%")
    # 200 -> 175.5: 24.5 / 200 = 12.25% -> 12.3% (half up, not half to even)
    assert change_sentence(200, "2014-04", 175.5, "2014-08", "per_10k").endswith(
        "a reduction of 12.3%")


def test_sentence_up_from_a_low():
    # 40 -> 50: +10, 10 / 40 = 25%
    assert change_sentence(40, "2014-02", 50, "2014-08", "per_10k") == (
        "up from a low of 40.00 per 10,000 in February 2014 to 50.00 in August 2014, "
        "an increase of 25.0%")


def test_sentence_counts_and_percentages():
    # 250 -> 198 children: 52 / 250 = 20.8%
    assert change_sentence(250, "2014-04", 198, "2014-08", "count") == (
        "down from a high of 250 in April 2014 to 198 in August 2014, a reduction of 20.8%")
    # 98.03% -> 91.94%: 6.09 points; 6.09 / 98.03 = 6.212% -> 6.2%
    assert change_sentence(98.03, "2014-04", 91.94, "2014-08", "percent") == (
        "down from a high of 98.03% in April 2014 to 91.94% in August 2014, "
        "a reduction of 6.2% (6.09 percentage points)")


def test_sentence_edge_cases():
    assert change_sentence(54.85, "2014-04", 54.85, "2014-08", "per_10k") is None
    assert change_sentence(0, "2014-04", 3.1, "2014-08", "per_10k") == (
        "up from a low of 0.00 per 10,000 in April 2014 to 3.10 in August 2014")


def test_describe_picks_peak_or_trough():
    # window: 80 (June), 40 (July); latest 50. Peak: down 30; trough: up 10 -> the peak by default
    c = changes(series([80.0, 40.0, 50.0], ["2014-06", "2014-07", "2014-08"]), "cp_per_10k")
    assert describe_peak_change(c) == (
        "down from a high of 80.00 per 10,000 in June 2014 to 50.00 in August 2014, "
        "a reduction of 37.5%")  # 30 / 80
    assert describe_peak_change(c, which="trough") == (
        "up from a low of 40.00 per 10,000 in July 2014 to 50.00 in August 2014, "
        "an increase of 25.0%")  # 10 / 40
    # latest 90, above the peak: no "down from a high"; the trough (40, +50, 125%) instead
    c = changes(series([80.0, 40.0, 90.0], ["2014-06", "2014-07", "2014-08"]), "cp_per_10k")
    assert describe_peak_change(c, which="peak") is None
    assert describe_peak_change(c).endswith("an increase of 125.0%")
    with pytest.raises(ValueError):
        describe_peak_change(c, which="highest")
