"""events.toml: dated events for the charts and commentary, and SPC rebases."""

import datetime as dt

import pytest

from safeguarding.indicators import REGISTRY
from safeguarding.results import EventMark, Point, Result
from safeguarding.judgement.assess import judge
from safeguarding.judgement.events import Event, EventsError, events_for, load_events

GOOD = """
[[event]]
date = 2014-02-03
label = "New front door"
indicators = "all"
rebase = true

[[event]]
date = "2013-06-01"
label = "Ofsted inspection"
indicators = ["cp_count", "cp_per_10k"]
"""


def write(tmp_path, text):
    path = tmp_path / "events.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_load_events_in_date_order(tmp_path):
    events = load_events(write(tmp_path, GOOD))
    assert events == [
        Event(dt.date(2013, 6, 1), "Ofsted inspection", ("cp_count", "cp_per_10k"), False),
        Event(dt.date(2014, 2, 3), "New front door", None, True),
    ]
    assert events[1].month == "2014-02" and events[1].applies_to("rereferrals_12m")
    assert not events[0].applies_to("rereferrals_12m")
    assert events[1].mark() == EventMark("2014-02-03", "2014-02", "New front door", True)
    assert load_events(None) == []


EVENT = '[[event]]\ndate = 2014-02-03\nlabel = "X"\nindicators = "all"\n'


@pytest.mark.parametrize("text, message", [
    (EVENT.replace('"all"', '["cp_cuont"]'), "event 1: unknown indicator id 'cp_cuont' (did you mean cp_count"),
    (EVENT.replace('"all"', '[]'), "indicators must be \"all\" or a list"),
    (EVENT.replace('"all"', '"some"'), "indicators must be \"all\" or a list"),
    (EVENT.replace("2014-02-03", '"2014-02"'), "event 1: date must be YYYY-MM-DD, got '2014-02'"),
    (EVENT.replace("2014-02-03", '"2014-02-30"'), "date must be YYYY-MM-DD"),
    (EVENT.replace("2014-02-03", "2014-02-03T10:00:00"), "date must be YYYY-MM-DD"),
    (EVENT.replace("2014-02-03", "20140203"), "date must be YYYY-MM-DD"),
    (EVENT.replace('label = "X"\n', ""), "event 1: label is missing"),
    (EVENT.replace('"X"', '"  "'), "label must be some plain text"),
    (EVENT.replace('"X"', '"a\\u0007b"'), "without control characters"),
    (EVENT.replace('"X"', '"a\\nb"'), "without control characters"),
    (EVENT.replace('"X"', '"' + "x" * 81 + '"'), "at most 80"),
    (EVENT.replace('date = 2014-02-03\n', ""), "date is missing"),
    (EVENT.replace('indicators = "all"\n', ""), "indicators is missing"),
    (EVENT + "rebase = \"yes\"\n", "rebase must be true or false"),
    (EVENT + "colour = \"red\"\n", "unknown key 'colour'"),
    (EVENT + EVENT.replace('"X"', "3"), "event 2: label must be some plain text"),
    ("[event]\ndate = 2014-02-03\n", "[[event]] table (double brackets)"),
    ("[thing]\n", "unknown table 'thing'"),
    ("[[event]\n", "is not valid TOML"),
])
def test_events_errors(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(EventsError) as err:
        load_events(path)
    assert message in str(err.value) and str(path) in str(err.value)
    assert "\n" not in str(err.value)  # one line


def test_missing_events_file(tmp_path):
    with pytest.raises(EventsError, match="does not exist"):
        load_events(tmp_path / "nowhere.toml")


def test_events_for_an_indicator_within_the_span():
    front = Event(dt.date(2014, 2, 3), "New front door", None, True)
    old = Event(dt.date(2010, 1, 1), "Old", None, True)
    other = Event(dt.date(2014, 3, 1), "Other", ("cp_count",), False)
    months = [f"2013-{m:02d}" for m in range(1, 13)] + [f"2014-{m:02d}" for m in range(1, 9)]
    assert events_for([old, front, other], "rereferrals_12m", months) == [front]
    assert events_for([old, front, other], "cp_count", months) == [front, other]
    assert events_for([front], "cp_count", []) == []


def _history(values, start_year=2012):
    return [Point(f"{start_year + i // 12}-{i % 12 + 1:02d}", v, 1, 1) for i, v in enumerate(values)]


STEP = [20, 22, 20, 18] * 6 + [30, 32, 30, 28] * 6  # 2012-01..2013-12 near 20, 2014-01.. near 30


def test_judge_rebases_at_an_event_and_the_commentary_cites_it():
    ind = REGISTRY["cp_count"]
    result = Result(ind, "884", available=True)
    history = _history(STEP)
    plain = judge(result, history, None)
    assert plain.spc.variation_icon.startswith("special_cause")
    assert plain.events == ()
    front = Event(dt.date(2014, 1, 6), "New front door", None, True)
    note = Event(dt.date(2013, 5, 1), "Ofsted inspection", ("cp_count",), False)
    j = judge(result, history, None, events=[note, front])
    assert j.spc.variation_icon == "common_cause" and j.spc.rebase == ("2014-01",)
    assert [e.label for e in j.events] == ["Ofsted inspection", "New front door"]
    assert "within normal variation since the new front door in January 2014." in j.commentary[0]
    # an event that is not a rebase changes no limit and is not cited
    j = judge(result, history, None, events=[note])
    assert j.spc == plain.spc and "since" not in j.commentary[0]


def test_cli_events_option(tmp_path):
    import json

    from extracts import people, write_extract
    from typer.testing import CliRunner

    from safeguarding.cli import cli

    folder = write_extract(tmp_path / "x", {
        "ssd_person": people("1"),
        "ssd_cp_plans": [{"cppl_cp_plan_id": "p1", "cppl_cp_plan_start_date": "2014-01-10",
                          "cppl_person_id": "1", "cppl_cp_plan_end_date": ""}],
    })
    runner = CliRunner()
    events = write(tmp_path, GOOD.replace("2013-06-01", "2014-06-01"))
    result = runner.invoke(cli, ["indicators", str(folder), "--month", "2014-08", "--format",
                                 "json", "--events", str(events)])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    [cp] = [i for i in doc["indicators"] if i["id"] == "cp_count"]
    assert [e["label"] for e in cp["events"]] == ["New front door", "Ofsted inspection"]
    bad = write(tmp_path, EVENT.replace('"all"', '["cp_cuont"]'))
    for command in ("indicators", "summary", "report"):
        result = runner.invoke(cli, [command, str(folder), "--month", "2014-08", "--events",
                                     str(bad)] + (["--out", str(tmp_path / "r")]
                                                  if command == "report" else []))
        assert result.exit_code == 2, result.output
        assert "error:" in result.output and "unknown indicator id 'cp_cuont'" in result.output


@pytest.mark.parametrize("label, phrase", [
    ("New front door", "the new front door in February 2014"),
    ("MASH launched", "the MASH launched in February 2014"),
    ("The MASH opens", "the MASH opens in February 2014"),
    ("a new system", "a new system in February 2014"),
    ("Restructure", "the restructure in February 2014"),
    # proper nouns and acronyms keep their case
    ("Ofsted inspection", "the Ofsted inspection in February 2014"),
    ("Ofsted focused visit", "the Ofsted focused visit in February 2014"),
    ("Signs of Safety launched", "the Signs of Safety launched in February 2014"),
    ("New Front Door Service", "the New Front Door Service in February 2014"),
    ("Herefordshire restructure", "the Herefordshire restructure in February 2014"),
    ("North Yorkshire review", "the North Yorkshire review in February 2014"),
    ("West Midlands peer review", "the West Midlands peer review in February 2014"),
    ("January cold snap", "the January cold snap in February 2014"),
    ("DfE return deadline", "the DfE return deadline in February 2014"),
    ("iPad roll-out", "the iPad roll-out in February 2014"),
    ("The Ofsted inspection", "the Ofsted inspection in February 2014"),
    ("Northern hub opened", "the northern hub opened in February 2014"),
])
def test_event_phrase(label, phrase):
    from safeguarding.judgement.commentary import event_phrase
    assert event_phrase(EventMark("2014-02-01", "2014-02", label, False)) == phrase
