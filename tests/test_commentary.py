"""Drafted commentary and key messages for fixed inputs (texts reviewed for tone and accuracy)."""

import datetime as dt
import json
import re
from dataclasses import replace
from types import SimpleNamespace

from extracts import people, write_extract
from typer.testing import CliRunner

from safeguarding.app import coverage_start, history_months
from safeguarding.cli import cli
from safeguarding.indicators import REGISTRY
from safeguarding.results import Point, Result
from safeguarding.judgement.assess import key_messages
from safeguarding.judgement.change import changes
from safeguarding.judgement.commentary import commentary, key_message
from safeguarding.judgement.rating import benchmark_position, rag
from safeguarding.judgement.targets import Target, load_targets
from safeguarding.results import NoBenchmark, Spc

from extracts import published

MONTHS = [f"2013-{m:02d}" for m in range(8, 13)] + [f"2014-{m:02d}" for m in range(1, 9)]
REREF_TARGET = Target("rereferrals_12m", target=23.5, amber=25.9)
BENCH = published(council=59.4, neighbours=40.4, region=44.5, england=42.1, quartile=4)
NONE = NoBenchmark("no published benchmark")


def signal(icon: str, signals: list[str]) -> Spc:
    """An SPC result with only the latest month's icon and signals, as commentary reads it."""
    return Spc(None, None, None, None, (), icon, None, tuple(signals), ())


def facts(ind, values, benchmark, spc, spec="default"):
    """commentary()'s facts for a series of values (the last is August 2014's), rated against
    `spec` (by default the shipped target; None: no target)."""
    series = [{"month": m, "value": v} for m, v in zip(MONTHS, values)]
    spec = load_targets().get(ind.id) if spec == "default" else spec
    return {"rating": rag(values[-1], ind, spec, benchmark),
            "position": benchmark_position(values[-1], ind, benchmark),
            "change": changes(series, ind), "spc": spc}


def test_seed_style_cp_rate():
    ind = REGISTRY["cp_per_10k"]
    values = [60.0, 61.0, 62.0, 63.0, 64.0, 66.0, 67.0, 68.0, 69.25, 65.0, 60.0, 57.0, 54.85]
    spc = signal("special_cause_neither_low", ["August 2014 is below the lower process limit"])
    text = commentary(ind, Point("2014-08", 54.85, 198, 36100), **facts(ind, values, BENCH, spc))
    # Range 40.4-42.1 (neighbours to England) with a 10% margin up to 46.31: 54.85 is red.
    # Peak 69.25 in April; 14.4 / 69.25 = 20.79% -> 20.8%; rates to 1 place as the report shows them.
    assert text == (
        "Child protection plans per 10,000 children: 54.9 per 10,000 in August 2014, red: above the "
        "expected range 40.4 to 42.1 (statistical neighbours and England) by more than 10%; a "
        "significant change (August 2014 is below the lower process limit).",
        # the rating already names the neighbours' and England's figures: not said twice
        "Down from a high of 69.3 per 10,000 in April 2014 to 54.9 in August 2014, a reduction of "
        "20.8%.",
    )


def test_green_percentage_with_a_small_change_and_no_benchmark():
    ind = REGISTRY["contacts_screened_24h"]
    values = [99.0, 99.2, 99.1, 99.3, 99.4, 99.2, 99.5, 99.3, 99.6, 99.4, 99.5, 99.65, 100.0]
    spc = signal("common_cause", [])
    text = commentary(ind, Point("2014-08", 100.0, 287, 287), **facts(ind, values, NONE, spc))
    # Up 1.0% from the 99.0 low: under the 10% worth a sentence, so the month-on-month change.
    assert text == (
        "Contacts screened within 24 hours: 100.00% in August 2014, green: at or above the target "
        "of 100.00%; month-to-month changes are within normal variation.",
        "Up from 99.65% in July 2014.",
    )


def test_a_month_with_no_cases():
    ind = REGISTRY["cp_visits_in_timescale"]
    f = facts(ind, [None] * 13, NONE, signal("insufficient_data", []))
    assert commentary(ind, Point("2014-08", None, 0, 0), **f) == (
        "Children on a plan visited in timescale: no cases in August 2014.",)


def judged(ind_id, rating, icon, quartile=None):
    r = Result(REGISTRY[ind_id], "884", True, benchmark=published(quartile=quartile))
    return r, SimpleNamespace(rag=SimpleNamespace(rating=rating), spc=signal(icon, []),
                              commentary=(f"{REGISTRY[ind_id].name}: x.",))


def test_key_messages_most_important_first():
    messages = key_messages([
        judged("cla_count", "no_target", "special_cause_improving_high"),   # neutral: no icon kind
        judged("rereferrals_12m", "amber", "common_cause", quartile=4),     # worst quartile
        judged("cp_visits_in_timescale", "red", "common_cause"),            # red
        judged("cla_visits_in_timescale", "green", "special_cause_improving_high"),
        judged("cp_reviews_in_timescale", "red", "special_cause_concerning_low"),
        judged("contacts_screened_24h", "amber", "special_cause_concerning_low"),
        judged("cp_per_10k", "red", "common_cause", quartile=4),            # red (quartile ignored: neutral)
    ])
    assert [(m.indicator, m.kind) for m in messages] == [
        ("cp_reviews_in_timescale", "red_concern"),
        ("cp_visits_in_timescale", "red"),
        ("cp_per_10k", "red"),
        ("contacts_screened_24h", "concern"),
        ("rereferrals_12m", "worst_quartile"),
        ("cla_count", "improvement"),
        ("cla_visits_in_timescale", "improvement"),
    ]
    assert messages[0].text == ("Child protection plans reviewed in timescale: x "
                                   "(red, and getting significantly worse).")


def test_history_for_spc_starts_where_referrals_are_recorded_in_full():
    d = dt.date
    monthly = [(d(2005, 3, 1), 1), (d(2009, 1, 1), 2)]  # old records of children still open
    monthly += [(d(2012 + (m - 1) // 12, (m - 1) % 12 + 1, 1), 50) for m in range(1, 33)]  # 2012-01..2014-08
    start = coverage_start(monthly, d(2014, 8, 1))
    assert start == d(2012, 1, 1)
    # 2012-01 to 2014-08 is 32 months; less the first year's 12: 20 months of SPC history.
    assert history_months(start, d(2014, 8, 1)) == 20
    assert history_months(d(2014, 1, 1), d(2014, 8, 1)) == 13  # never fewer than the report's 13
    assert history_months(d(2001, 1, 1), d(2014, 8, 1)) == 60
    assert coverage_start([], d(2014, 8, 1)) is None


def test_summary_and_json_carry_the_judgement(tmp_path):
    folder = write_extract(tmp_path / "x", {
        "ssd_person": people("1"),
        "ssd_cp_plans": [{"cppl_cp_plan_id": "p1", "cppl_person_id": "1",
                          "cppl_cp_plan_start_date": "2014-01-10", "cppl_cp_plan_end_date": ""}],
    })
    runner = CliRunner()
    result = runner.invoke(cli, ["summary", str(folder), "--month", "2014-08"])
    assert result.exit_code == 0, result.output
    assert "performance summary" in result.output
    doc = json.loads(runner.invoke(cli, ["indicators", str(folder), "--month", "2014-08",
                                         "--format", "json"]).stdout)
    assert "key_messages" in doc and "spc_icons" in doc
    [cp] = [i for i in doc["indicators"] if i["id"] == "cp_count"]
    assert {"rag", "benchmark_position", "change", "spc", "commentary"} <= set(cp)
    assert cp["commentary"][0].startswith("Children subject to a child protection plan: 1 in August 2014")
    bad = tmp_path / "targets.toml"
    bad.write_text("[cp_visits]\ntarget = 100\n")
    result = runner.invoke(cli, ["summary", str(folder), "--month", "2014-08", "--targets", str(bad)])
    assert result.exit_code == 2 and "cp_visits" in result.output  # 1: data errors only


# --- Every combination: no internal words, no clause twice --------------------------------------

BANNED = ("catalogue", "neither low", "neither high", "special_cause", "common_cause",
          "no_target", "no_data", "insufficient_data", "_")
ONCE = ("which is", "published figures", "statistical neighbours", "England (", "a significant",
        "the target of", "red", "worst quartile", "getting significantly worse")
SPC_CASES = [("common_cause", []), ("insufficient_data", [])] + [
    (f"special_cause_{kind}_{side}", [signal])
    for kind in ("improving", "concerning", "neither") for side in ("high", "low")
    for signal in ("August 2014 is above the upper process limit",
                   "7 months in a row above the mean (from February 2014)")]
# (indicator, target, latest values giving green, amber, red)
RATED = [("cp_visits_in_timescale", 100, 95, (100.0, 97.0, 90.0)),
         ("rereferrals_12m", 23.5, 25.9, (20.0, 24.0, 30.0))]
COMPARATORS = {"better/worse": {"neighbours": 24.0, "england": 99.0},
               "similar": {"neighbours": 97.0, "england": 97.0}}


def assert_readable(sentence: str) -> None:
    lowered = sentence.lower()
    assert not [w for w in BANNED if w in lowered], sentence
    assert not [w for w in ONCE
                if len(re.findall(rf"(?<!\w){re.escape(w.lower())}(?!\w)", lowered)) > 1], sentence
    assert "((" not in sentence and "))" not in sentence and "( " not in sentence, sentence
    words = re.findall(r"[\w%.,]+", lowered)
    assert not [a for a, b in zip(words, words[1:]) if a == b], sentence


def every_commentary():
    """(indicator, rating, sentences) for every polarity, rating, SPC signal and benchmark."""
    series = [50.0 + i for i in range(12)]
    for ind_id, target, amber, latest_values in RATED:
        ind = REGISTRY[ind_id]
        spec = Target(ind_id, target=target, amber=amber)
        for value in (*latest_values, None):
            for spec_used in (spec, None):
                for name, comps in COMPARATORS.items():
                    bench = replace(BENCH, **comps, measure="X")
                    for icon, signals in SPC_CASES:
                        yield ind, *_one(ind, spec_used, value, series, bench, icon, signals)
    ind = REGISTRY["cp_per_10k"]  # neutral: an expected range from the benchmarks
    spec = Target("cp_per_10k", range=("neighbours", "england"), amber_margin=10)
    for value in (41.0, 45.0, 60.0, 30.0, None):
        for bench in (BENCH, NONE):
            for icon, signals in SPC_CASES:
                yield ind, *_one(ind, spec, value, [60.0 + i for i in range(12)], bench, icon,
                                 signals)


def _one(ind, spec, value, series, bench, icon, signals):
    f = facts(ind, [*series, value], bench, signal(icon, signals), spec)
    return f["rating"].rating, f, commentary(ind, Point("2014-08", value, 1, 1), **f)


def key_kinds(rating: str, icon: str) -> list[str]:
    """The kinds of key message the facts can make (as assess.key_messages picks them)."""
    red, concern = rating == "red", icon.startswith("special_cause_concerning")
    kinds = ["worst_quartile"]
    kinds += ["red_concern"] if red and concern else ["red"] if red else ["concern"] if concern else []
    kinds += ["improvement"] if icon.startswith("special_cause_improving") else []
    return kinds


def test_every_combination_reads_without_internal_words_or_a_clause_twice():
    seen = set()
    for ind, rating, f, text in every_commentary():
        seen.add((ind.polarity, rating))
        for sentence in text:
            assert_readable(sentence)
        for kind in key_kinds(rating, f["spc"].variation_icon):
            assert_readable(key_message(ind, kind, SimpleNamespace(commentary=text)))
    assert {(p, r) for p in ("high", "low", "neutral")
            for r in ("green", "amber", "red", "no_target", "no_data")} <= seen


def test_lower_is_better_says_above_the_target_never_short_of():
    ind = REGISTRY["rereferrals_12m"]
    texts = [(rating, " ".join(text)) for i, rating, _, text in every_commentary() if i is ind]
    for rating, text in texts:
        assert "short of" not in text
        if rating in ("amber", "red"):
            assert "above (worse than) the target of" in text
    assert {r for r, _ in texts} >= {"amber", "red"}
    assert rag(24.0, ind, REREF_TARGET).basis == (
        "above (worse than) the target of 23.50% but at or below the amber tolerance of 25.90%")
    assert rag(30.0, ind, REREF_TARGET).basis == (
        "above (worse than) the target of 23.50% and the amber tolerance of 25.90%")


def test_a_key_message_does_not_repeat_what_its_sentence_says():
    ind = REGISTRY["rereferrals_12m"]
    sentence = ("Re-referrals within 12 months: 30.00% in August 2014, red: above (worse than) the "
                "target of 23.50% and the amber tolerance of 25.90%; a significant deterioration "
                "(August 2014 is above the upper process limit).")
    judged_ = SimpleNamespace(commentary=(sentence,))
    assert key_message(ind, "red_concern", judged_) == sentence
    assert key_message(ind, "red", judged_) == sentence
    assert key_message(ind, "worst_quartile", judged_) == (
        sentence[:-1] + " (in the worst quartile of councils).")


def test_a_signal_with_its_own_brackets_is_not_nested():
    ind = REGISTRY["rereferrals_12m"]
    values = [20.0] * 12 + [24.0]
    spc = signal("special_cause_concerning_high",
                 ["7 months in a row above the mean (from February 2014)"])
    text = commentary(ind, Point("2014-08", 24.0, 1, 1), **facts(ind, values, BENCH, spc))
    assert "a significant deterioration (7 months in a row above the mean, from February 2014)." in text[0]
