"""The SSDA903 reader: hand-made returns with hand-worked canonical rows, several years combined,
bad input, the shared fixture, and the round trip through a synthetic council."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from safeguarding.sources import check, folder, ssda903
from safeguarding.sources.folder import ExtractError
from safeguarding.sources.returns import Window

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
FIXTURE = SHARED / "fixtures" / "ssda903"
needs_shared = pytest.mark.skipif(
    not FIXTURE.is_dir(), reason="needs ../shared (the project's shared material) beside the project")

HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB"
EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN"
REVIEWS = "CHILD,DOB,REVIEW,REVIEW_CODE"


def write(folder_: Path, files: dict[str, list[str]]) -> Path:
    """Write CSV files: name -> lines (the first is the header)."""
    for name, lines in files.items():
        path = folder_ / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder_


def canonical_issues(read) -> list:
    """What the canonical check finds beyond the reader's own issues."""
    return check.check_extract(read.raw).issues[len(read.raw.issues):]


def rows(table) -> list[dict]:
    return table.to_pylist()


def ep(child, decom, rne, place, dec="", rec=""):
    return f"{child},{decom},{rne},C2,N1,{place},PR1,{dec},{rec},,,,"


# --- one year, hand-worked ------------------------------------------------------------------

ONE_YEAR = {  # collection year April 2018 - March 2019
    "header.csv": [HEADER, "A1,1,15/06/2010,WBRI,A123456789012,,",
                   "B2,2,01/01/2005,MWBC,B123456789012,,"],
    "episodes.csv": [
        EPISODES,
        ep("A1", "01/02/2018", "S", "U1", "10/05/2018", "X1"),   # row 2: period 1, placement 1
        ep("A1", "10/05/2018", "L", "U1", "20/08/2018", "X1"),   # row 3: legal status only
        ep("A1", "20/08/2018", "P", "U4", "15/01/2019", "E11"),  # row 4: placement 2; period ends
        ep("A1", "01/03/2019", "S", "U1"),                       # row 5: period 2, still open
        ep("B2", "03/03/2017", "T", "K2"),                       # row 6: began before the year
    ],
    "reviews.csv": [REVIEWS, "A1,15/06/2010,20/04/2018,PN1", "A1,15/06/2010,15/01/2019,PN1",
                    "A1,15/06/2010,20/03/2019,PN1", "B2,01/01/2005,10/10/2018,PN4"],
}


def test_one_year_hand_worked(tmp_path):
    read = ssda903.read(write(tmp_path, ONE_YEAR), la_code="884")
    assert read.kind == "903"
    assert read.raw.issues == []
    info = read.raw.info
    assert (info.la_code, info.extracted_at) == ("884", dt.date(2019, 3, 31))
    assert info.la_name == "Herefordshire, County of"  # from the reference council table
    window = Window(dt.date(2018, 4, 1), dt.date(2019, 3, 31))
    assert read.coverage == {t: window for t in
                             ("ssd_person", "ssd_cla_episodes", "ssd_cla_placement", "ssd_cla_reviews")}
    assert read.origins == {"ssd_person": "header.csv", "ssd_cla_episodes": "episodes.csv",
                            "ssd_cla_placement": "episodes.csv", "ssd_cla_reviews": "reviews.csv"}
    t = read.raw.tables
    assert rows(t["ssd_person"]) == [
        {"pers_person_id": "A1", "pers_dob": "2010-06-15", "pers_sex": "M", "pers_ethnicity": "WBRI", "_row": 2},
        {"pers_person_id": "B2", "pers_dob": "2005-01-01", "pers_sex": "F", "pers_ethnicity": "MWBC", "_row": 3},
    ]
    cols = ["clae_cla_episode_id", "clae_person_id", "clae_cla_id", "clae_cla_episode_start_date",
            "clae_cla_episode_ceased_date", "clae_entered_care_date", "clae_cla_placement_id", "_row"]
    assert rows(t["ssd_cla_episodes"]) == [dict(zip(cols, r)) for r in [
        ("A1:E2018-02-01", "A1", "A1:C2018-02-01", "2018-02-01", "2018-05-10", "2018-02-01", "A1:P2018-02-01", 2),
        ("A1:E2018-05-10", "A1", "A1:C2018-02-01", "2018-05-10", "2018-08-20", "2018-02-01", "A1:P2018-02-01", 3),
        ("A1:E2018-08-20", "A1", "A1:C2018-02-01", "2018-08-20", "2019-01-15", "2018-02-01", "A1:P2018-08-20", 4),
        ("A1:E2019-03-01", "A1", "A1:C2019-03-01", "2019-03-01", "", "2019-03-01", "A1:P2019-03-01", 5),
        ("B2:E2017-03-03", "B2", "B2:C2017-03-03", "2017-03-03", "", "2017-03-03", "B2:P2017-03-03", 6),
    ]]
    cols = ["clap_cla_placement_id", "clap_cla_id", "clap_cla_placement_start_date",
            "clap_cla_placement_end_date", "clap_cla_placement_type", "_row"]
    assert rows(t["ssd_cla_placement"]) == [dict(zip(cols, r)) for r in [
        ("A1:P2018-02-01", "A1:C2018-02-01", "2018-02-01", "2018-08-20", "U1", 2),
        ("A1:P2018-08-20", "A1:C2018-02-01", "2018-08-20", "2019-01-15", "U4", 4),
        ("A1:P2019-03-01", "A1:C2019-03-01", "2019-03-01", "", "U1", 5),
        ("B2:P2017-03-03", "B2:C2017-03-03", "2017-03-03", "", "K2", 6),
    ]]
    cols = ["clar_cla_review_id", "clar_cla_id", "clar_cla_review_date", "_row"]
    assert rows(t["ssd_cla_reviews"]) == [dict(zip(cols, r)) for r in [
        ("A1:R2018-04-20", "A1:C2018-02-01", "2018-04-20", 2),
        ("A1:R2019-01-15", "A1:C2018-02-01", "2019-01-15", 3),  # on the day the period ends
        ("A1:R2019-03-20", "A1:C2019-03-01", "2019-03-20", 4),
        ("B2:R2018-10-10", "B2:C2017-03-03", "2018-10-10", 5),
    ]]
    # The canonical checks find nothing either.
    assert canonical_issues(read) == []


def test_one_file_of_a_return_reads_its_year(tmp_path):
    write(tmp_path, ONE_YEAR)
    read = ssda903.read(tmp_path / "episodes.csv", la_code="884")
    assert read.raw.tables["ssd_cla_episodes"].num_rows == 5
    assert ssda903.detect(tmp_path) and ssda903.detect(tmp_path / "reviews.csv")


def test_la_code_is_required(tmp_path):
    with pytest.raises(ExtractError, match="--la CODE"):
        ssda903.read(write(tmp_path, ONE_YEAR))


def test_nothing_readable(tmp_path):
    write(tmp_path, {"notes.csv": ["a,b", "1,2"]})
    assert not ssda903.detect(tmp_path)
    with pytest.raises(ExtractError):
        ssda903.read(tmp_path, la_code="884")


# --- several years --------------------------------------------------------------------------


def three_years(names: tuple[str, str, str]) -> dict[str, list[str]]:
    """Returns for April 2016 - March 2019. C3's episodes span all three; D4 is open at the end
    of the first and missing from the second."""
    y17, y18, y19 = names
    return {
        f"{y17}header.csv": [HEADER, "C3,1,01/01/2008,WBRI,C123456789012,,", "D4,2,01/01/2009,WBRI,D1,,"],
        f"{y17}episodes.csv": [EPISODES, ep("C3", "01/06/2016", "S", "U1"),       # row 2
                               ep("D4", "01/01/2017", "S", "U2")],                # row 3
        f"{y17}reviews.csv": [REVIEWS, "C3,01/01/2008,15/06/2016,PN1", "D4,01/01/2009,20/01/2017,PN1"],
        f"{y18}header.csv": [HEADER, "C3,1,01/01/2008,WIRI,C123456789012,,"],    # ethnicity corrected
        f"{y18}episodes.csv": [EPISODES, ep("C3", "01/06/2016", "S", "U1", "01/09/2017", "X1"),  # row 2
                               ep("C3", "01/09/2017", "P", "U4")],                                # row 3
        f"{y18}reviews.csv": [REVIEWS, "C3,01/01/2008,01/12/2017,PN1",
                              "C3,01/01/2008,15/06/2016,PN1"],  # repeats last year's: one review
        f"{y19}header.csv": [HEADER, "C3,1,01/01/2008,WIRI,C123456789012,,"],
        f"{y19}episodes.csv": [EPISODES, ep("C3", "01/09/2017", "P", "U4", "10/10/2018", "X1"),  # row 2
                               ep("C3", "10/10/2018", "L", "U4")],                                # row 3
        f"{y19}reviews.csv": [REVIEWS, "C3,01/01/2008,01/01/2019,PN1"],
    }


@pytest.mark.parametrize("names", [
    ("2016-", "2017-", "2018-"),                 # year-prefixed, labelled by the year's start
    ("2017_", "2018_", "2019_"),                 # labelled by the year's end
    ("2016-17/", "2017-18/", "2018-19/"),        # one folder per year
])
def test_three_years_combine(tmp_path, names):
    read = ssda903.read(write(tmp_path, three_years(names)), la_code="884")
    y17, y18, y19 = names
    assert read.raw.info.extracted_at == dt.date(2019, 3, 31)
    assert set(read.coverage.values()) == {Window(dt.date(2016, 4, 1), dt.date(2019, 3, 31))}
    assert read.origins["ssd_cla_episodes"] == f"{y17}episodes.csv, {y18}episodes.csv, {y19}episodes.csv"
    t = read.raw.tables
    assert [(r["pers_person_id"], r["pers_ethnicity"]) for r in rows(t["ssd_person"])] == [
        ("D4", "WBRI"), ("C3", "WIRI")]  # D4 from the first return; C3 from the latest
    cols = ["clae_cla_episode_id", "clae_cla_id", "clae_cla_episode_ceased_date",
            "clae_entered_care_date", "clae_cla_placement_id", "_row"]
    got = [{c: r[c] for c in cols} for r in rows(t["ssd_cla_episodes"])]
    assert got == [dict(zip(cols, r)) for r in [
        # each episode from the return whose year holds its end, else the latest showing it
        ("C3:E2016-06-01", "C3:C2016-06-01", "2017-09-01", "2016-06-01", "C3:P2016-06-01", 2),  # y18 row 2
        ("C3:E2017-09-01", "C3:C2016-06-01", "2018-10-10", "2016-06-01", "C3:P2017-09-01", 2),  # y19 row 2
        ("C3:E2018-10-10", "C3:C2016-06-01", "", "2016-06-01", "C3:P2017-09-01", 3),            # y19 row 3
        # open at the end of April 2016 - March 2017, missing from the next return: ended then
        ("D4:E2017-01-01", "D4:C2017-01-01", "2017-03-31", "2017-01-01", "D4:P2017-01-01", 3),
    ]]
    cols = ["clap_cla_placement_id", "clap_cla_placement_start_date", "clap_cla_placement_end_date",
            "clap_cla_placement_type"]
    assert [{c: r[c] for c in cols} for r in rows(t["ssd_cla_placement"])] == [dict(zip(cols, r)) for r in [
        ("C3:P2016-06-01", "2016-06-01", "2017-09-01", "U1"),
        ("C3:P2017-09-01", "2017-09-01", "", "U4"),
        ("D4:P2017-01-01", "2017-01-01", "2017-03-31", "U2"),
    ]]
    assert [(r["clar_cla_review_id"], r["clar_cla_id"]) for r in rows(t["ssd_cla_reviews"])] == [
        ("C3:R2016-06-15", "C3:C2016-06-01"), ("C3:R2017-12-01", "C3:C2016-06-01"),
        ("C3:R2019-01-01", "C3:C2016-06-01"), ("D4:R2017-01-20", "D4:C2017-01-01")]
    assert [(i.severity, i.table, i.row, i.column, i.problem) for i in read.raw.issues] == [
        ("warning", f"{y18}reviews.csv", 3, "REVIEW", "not in the collection year"),
        ("warning", f"{y17}episodes.csv", 3, "DEC",
         "open at the end of its collection year but missing from the next year's return: "
         "treated as ended on the last day of that year"),
    ]
    assert read.raw.issues[1].detail == "ended 2017-03-31"
    assert canonical_issues(read) == []


def test_year_in_name_disagreeing_with_dates(tmp_path):
    files = {name.replace("2018-19/", "2020-"): lines
             for name, lines in three_years(("", "", "2018-19/")).items() if name.startswith("2018-19/")}
    read = ssda903.read(write(tmp_path, files), la_code="884")
    [issue] = read.raw.issues
    assert (issue.severity, issue.value, issue.problem) == (
        "warning", "2020", "year in the name does not match the collection year of its dates")
    assert issue.detail == "dates: April 2018 - March 2019"
    assert read.raw.info.extracted_at == dt.date(2019, 3, 31)


def test_gap_between_years_keeps_the_latest_run(tmp_path):
    files = {k: v for k, v in three_years(("2016-17/", "2017-18/", "2018-19/")).items()
             if not k.startswith("2017-18/")}
    read = ssda903.read(write(tmp_path, files), la_code="884")
    assert read.coverage["ssd_cla_episodes"] == Window(dt.date(2018, 4, 1), dt.date(2019, 3, 31))
    assert any(i.problem == "collection years are not consecutive: this earlier return is ignored"
               for i in read.raw.issues)


# --- bad input ------------------------------------------------------------------------------


def test_every_problem_at_once(tmp_path):
    files = {
        "header.csv": ["CHILD,SEX,DOB,UPN,MOTHER,MC_DOB",              # no ETHNIC
                       "A1,3,31/02/2010,A1,,",                         # row 2: bad SEX, bad DOB
                       "B2,2,01/01/2005,B2,7,"],                       # row 3: bad MOTHER (unused)
        "episodes.csv": [
            EPISODES,
            ep("A1", "01/05/2018", "S", "U1", "10/06/2018", "X1"),    # row 2: fine
            ep("A1", "2018-13-01", "P", "U1", "", ""),                # row 3: bad DECOM
            "A1,10/06/2018,X,,N1,ZZ,PR1,99/99/2018,,,,,",             # row 4: bad RNE, PLACE, DEC; no LS
            ep("B2", "01/07/2018", "S", "U1", "01/03/2019", "E11"),   # row 5: fine
            ep("B2", "01/07/2018", "S", "U1", "01/03/2019", "E11"),   # row 6: repeats row 5
        ],
        "reviews.csv": [REVIEWS, "A1,15/06/2010,,PN1",                # row 2: no REVIEW
                        "B2,01/01/2005,01/08/2018,PN9"],              # row 3: bad REVIEW_CODE
        "notes.csv": ["a,b", "1,2"],
    }
    read = ssda903.read(write(tmp_path, files), la_code="884")
    got = {(i.severity, i.table, i.row, i.column, i.value, i.problem) for i in read.raw.issues}
    assert got == {
        ("warning", "notes.csv", None, None, None, "not recognised as an SSDA903 file: ignored"),
        ("warning", "header.csv", None, "ETHNIC", None, "required column missing"),
        ("warning", "header.csv", 2, "SEX", "3", "not a code the SSDA903 specification allows"),
        ("warning", "header.csv", 2, "DOB", "31/02/2010", "not a date (DD/MM/YYYY)"),
        ("warning", "header.csv", 3, "MOTHER", "7", "not a code the SSDA903 specification allows"),
        ("error", "episodes.csv", 3, "DECOM", "2018-13-01", "not a date (DD/MM/YYYY)"),
        ("error", "episodes.csv", 4, "RNE", "X", "not a code the SSDA903 specification allows"),
        ("warning", "episodes.csv", 4, "LS", "", "missing value"),
        ("warning", "episodes.csv", 4, "PLACE", "ZZ", "not a code the SSDA903 specification allows"),
        ("error", "episodes.csv", 4, "DEC", "99/99/2018", "not a date (DD/MM/YYYY)"),
        ("warning", "episodes.csv", 6, "CHILD", "B2",
         "repeats the child and start date (DECOM) of an earlier row of the same file: ignored"),
        ("error", "reviews.csv", 2, "REVIEW", "", "missing value"),
        ("warning", "reviews.csv", 3, "REVIEW_CODE", "PN9", "not a code the SSDA903 specification allows"),
    }
    for i in read.raw.issues:  # never a cell's content in the wording (fixed texts, compared above)
        assert len(i.value or "") < 4 or i.value not in i.problem
    t = read.raw.tables
    assert rows(t["ssd_person"])[0] == {"pers_person_id": "A1", "pers_dob": "", "pers_sex": "",
                                        "pers_ethnicity": "", "_row": 2}
    episodes = {r["_row"]: r for r in rows(t["ssd_cla_episodes"])}
    assert set(episodes) == {2, 3, 4, 5}  # the repeated row 6 is left out
    assert episodes[3]["clae_cla_episode_start_date"] == "" and episodes[3]["clae_cla_id"] == ""
    # Row 4: invalid RNE and DEC left empty; it continues the period (row 2 ends that day).
    assert (episodes[4]["clae_cla_id"], episodes[4]["clae_cla_episode_ceased_date"]) == ("A1:C2018-05-01", "")
    placement = {r["clap_cla_placement_id"]: r for r in rows(t["ssd_cla_placement"])}
    assert placement["A1:P2018-05-01"]["clap_cla_placement_type"] == "U1"
    reviews = rows(t["ssd_cla_reviews"])
    assert [r["clar_cla_review_date"] for r in reviews] == ["", "2018-08-01"]
    # Rows with errors in canonical required cells are then refused by the canonical check.
    checked = check.check_extract(read.raw)
    assert checked.excluded == {"ssd_cla_episodes": 1, "ssd_cla_reviews": 1}


# --- the shared fixture ---------------------------------------------------------------------


@needs_shared
def test_shared_fixture():
    assert ssda903.detect(FIXTURE)
    read = ssda903.read(FIXTURE, la_code="884")
    assert read.raw.info.extracted_at == dt.date(2018, 3, 31)
    assert read.coverage["ssd_cla_episodes"] == Window(dt.date(2017, 4, 1), dt.date(2018, 3, 31))
    t = read.raw.tables
    assert t["ssd_person"].num_rows == 2675 and t["ssd_cla_episodes"].num_rows == 5050
    for name, key in (("ssd_person", "pers_person_id"), ("ssd_cla_episodes", "clae_cla_episode_id"),
                      ("ssd_cla_placement", "clap_cla_placement_id")):
        ids = t[name][key].to_pylist()
        assert len(set(ids)) == len(ids) and "" not in ids
    assert "" not in t["ssd_cla_episodes"]["clae_cla_id"].to_pylist()
    assert not [i for i in read.raw.issues if i.severity == "error"]
    for i in read.raw.issues:
        assert len(i.value or "") < 4 or i.value not in i.problem
    checked = check.check_extract(read.raw)
    assert checked.tables["ssd_cla_episodes"].num_rows == 5050


# --- round trip -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ssd(tmp_path_factory):
    from safeguarding.synth import write_synthetic_extract

    path = tmp_path_factory.mktemp("ssd") / "extract"
    write_synthetic_extract(path, la_code="884", la_name="Herefordshire", population=3000,
                            start="2011-09", end="2014-08", seed=1)
    return folder.read_extract(path)


def _in_window(ssd_tables, window: Window):
    """The SSD's looked-after history as the 903 returns for `window` show it, keyed by
    (child, date): episodes, placements starting in the window, held reviews, children."""
    d = lambda s: dt.date.fromisoformat(s) if s else None  # noqa: E731
    after = lambda x: x if x and x <= window.last else None  # noqa: E731
    eps = [r for r in rows(ssd_tables["ssd_cla_episodes"])
           if d(r["clae_cla_episode_start_date"]) <= window.last
           and (not r["clae_cla_episode_ceased_date"] or d(r["clae_cla_episode_ceased_date"]) >= window.first)]
    episodes = {(r["clae_person_id"], d(r["clae_cla_episode_start_date"])):
                (after(d(r["clae_cla_episode_ceased_date"])), r["clae_cla_id"], r["clae_cla_placement_id"])
                for r in eps}
    child_of = {r["clae_cla_id"]: r["clae_person_id"] for r in eps}
    placements = {(child_of[r["clap_cla_id"]], d(r["clap_cla_placement_start_date"])):
                  (after(d(r["clap_cla_placement_end_date"])), r["clap_cla_placement_type"])
                  for r in rows(ssd_tables["ssd_cla_placement"])
                  if r["clap_cla_id"] in child_of
                  and window.first <= d(r["clap_cla_placement_start_date"]) <= window.last}
    reviews = {(child_of[r["clar_cla_id"]], d(r["clar_cla_review_date"])): r["clar_cla_id"]
               for r in rows(ssd_tables["ssd_cla_reviews"])
               if r["clar_cla_id"] in child_of and r["clar_cla_review_cancelled"] != "Y"
               and window.first <= d(r["clar_cla_review_date"]) <= window.last}
    as_903 = {"CNHE": "CHNE"}  # the SSD guidance's spelling of the DfE's code for Chinese
    people = {r["pers_person_id"]: (d(r["pers_dob"]), r["pers_sex"] if r["pers_sex"] in "MF" else "",
                                    as_903.get(r["pers_ethnicity"], r["pers_ethnicity"]))
              for r in rows(ssd_tables["ssd_person"]) if r["pers_person_id"] in set(child_of.values())}
    return episodes, placements, reviews, people


@pytest.mark.parametrize("years, layout", [(None, None), (3, "folders"), (2, "prefixed")])
def test_round_trip_through_a_synthetic_council(ssd, tmp_path, years, layout):
    written = ssda903.write(ssd.tables, ssd.info, tmp_path, years=years, layout=layout)
    assert all(p.is_file() for p in written)
    read = ssda903.read(tmp_path, la_code="884")
    window = read.coverage["ssd_cla_episodes"]
    n = years or 1
    assert window == Window(dt.date(2014 - n, 4, 1), dt.date(2014, 3, 31))  # extracted 2014-09-03
    # Only the columns write leaves out are reported (and 2012-2014 predate the 2017 specification).
    assert {i.problem for i in read.raw.issues} == {
        "required column missing", "no SSDA903 specification for this collection year: the nearest one was used"}
    assert canonical_issues(read) == []

    episodes, placements, reviews, people = _in_window(ssd.tables, window)
    t = read.raw.tables
    d = lambda s: dt.date.fromisoformat(s) if s else None  # noqa: E731
    got = {(r["clae_person_id"], d(r["clae_cla_episode_start_date"])): r for r in rows(t["ssd_cla_episodes"])}
    assert set(got) == set(episodes) and len(got) > 20
    assert {k: d(r["clae_cla_episode_ceased_date"]) for k, r in got.items()} == \
        {k: v[0] for k, v in episodes.items()}
    # The same periods of care and placements (the ids differ: compare the partitions).
    assert len({(v[1], got[k]["clae_cla_id"]) for k, v in episodes.items()}) == \
        len({v[1] for v in episodes.values()}) == len({r["clae_cla_id"] for r in got.values()})
    assert len({(v[2], got[k]["clae_cla_placement_id"]) for k, v in episodes.items()}) == \
        len({v[2] for v in episodes.values()})
    # Entered care: right for every period that began inside the window.
    entered = {r["clae_entered_care_date"] for r in rows(ssd.tables["ssd_cla_episodes"])}
    for r in got.values():
        if d(r["clae_entered_care_date"]) >= window.first:
            assert r["clae_entered_care_date"] in entered
    got_pl = {(r["clap_cla_id"].split(":")[0], d(r["clap_cla_placement_start_date"])):
              (d(r["clap_cla_placement_end_date"]), r["clap_cla_placement_type"])
              for r in rows(t["ssd_cla_placement"])}
    assert {k: v for k, v in got_pl.items() if k[1] >= window.first} == placements
    got_rv = {(r["clar_cla_review_id"].split(":")[0], d(r["clar_cla_review_date"])): r["clar_cla_id"]
              for r in rows(t["ssd_cla_reviews"])}
    assert set(got_rv) == set(reviews)
    period_of = {v[1]: got[k]["clae_cla_id"] for k, v in episodes.items()}
    assert all(got_rv[k] == period_of[v] for k, v in reviews.items())
    assert {r["pers_person_id"]: (d(r["pers_dob"]), r["pers_sex"], r["pers_ethnicity"])
            for r in rows(t["ssd_person"])} == people


def test_indicators_agree_inside_coverage(ssd, tmp_path):
    """Three returns (April 2011 - March 2014) give the SSD's looked-after figures for every
    month of the 13 to March 2014: counts at month ends, starts, and the placement measure
    (whose rolling 12 months lie inside the returns' window)."""
    from safeguarding import app
    from safeguarding.store import Store

    ssda903.write(ssd.tables, ssd.info, tmp_path, years=3, layout="folders")
    read = ssda903.read(tmp_path, la_code="884")
    ids = ["cla_count", "cla_per_10k", "cla_starts", "cla_3plus_placements"]

    def series(raw):
        store = Store()
        try:
            store.load([(check.check_extract(raw), [])])
            [council] = app.run_indicators(store, dt.date(2014, 3, 1), ids=ids)
        finally:
            store.close()
        out = {}
        for r in council.results:
            assert r.available and r.error is None, (r.indicator.id, r.reason, r.error)
            out[r.indicator.id] = [(p.month, p.value, p.numerator, p.denominator) for p in r.series]
        return out

    got, want = series(read.raw), series(ssd)
    assert got == want
    assert sum(p[2] for p in want["cla_count"]) > 0 and sum(p[2] for p in want["cla_starts"]) > 0


def test_episodes_without_decom_give_no_episodes(tmp_path):
    files = dict(ONE_YEAR)
    files["episodes.csv"] = [",".join(c for c in EPISODES.split(",") if c != "DECOM")] + [
        ",".join(v for i, v in enumerate(line.split(",")) if i != 1) for line in ONE_YEAR["episodes.csv"][1:]]
    read = ssda903.read(write(tmp_path, files), la_code="884")
    assert ("error", "episodes.csv", "DECOM", "required column missing") in {
        (i.severity, i.table, i.column, i.problem) for i in read.raw.issues}
    assert set(read.raw.tables) == {"ssd_person", "ssd_cla_reviews"}
    assert set(read.origins) == set(read.coverage) == {"ssd_person", "ssd_cla_reviews"}


def test_detect_is_by_content(tmp_path):
    from extracts import people, write_extract

    ssd = write_extract(tmp_path / "ssd", {"ssd_person": people("A1")})
    assert not ssda903.detect(ssd)
    # DfE columns under any file name are found; a year folder is looked into.
    write(tmp_path / "returns", {"2018-19/looked_after_export.csv": ONE_YEAR["episodes.csv"]})
    assert ssda903.detect(tmp_path / "returns")
    assert not ssda903.detect(tmp_path / "nowhere")


@pytest.mark.parametrize("extracted_at, year", [("2014-03-31", 2014), ("2014-03-30", 2013), ("2014-09-03", 2014)])
def test_write_defaults_to_the_last_complete_collection_year(tmp_path, extracted_at, year):
    from safeguarding.sources.folder import ExtractInfo

    info = ExtractInfo("884", dt.date.fromisoformat(extracted_at))
    written = ssda903.write({}, info, tmp_path / "one")
    assert sorted(p.name for p in written) == ["episodes.csv", "header.csv", "reviews.csv"]
    written = ssda903.write({}, info, tmp_path / "two", years=2, layout="prefixed")
    assert sorted(p.name for p in written)[:3] == [f"{year - 1}-episodes.csv", f"{year - 1}-header.csv",
                                                   f"{year - 1}-reviews.csv"]
    with pytest.raises(ValueError):
        ssda903.write({}, info, tmp_path / "three", years=2, layout="plain")


def test_two_returns_for_one_year_keep_the_one_named_last(tmp_path):
    files = {f"2019/{name}": lines for name, lines in ONE_YEAR.items()}
    files.update({f"2018-19 resubmitted/{name}": lines for name, lines in ONE_YEAR.items()})
    read = ssda903.read(write(tmp_path, files), la_code="884")
    assert [(i.table, i.problem) for i in read.raw.issues] == [
        ("2018-19 resubmitted/", "another return for the same collection year was read: this one is ignored")]
    assert read.origins["ssd_cla_episodes"] == "2019/episodes.csv"
    assert read.raw.tables["ssd_cla_episodes"].num_rows == 5


def test_files_the_return_does_not_read_are_named(tmp_path):
    from safeguarding.sources import ssda903 as reader

    folder = tmp_path / "903"
    (folder / "2014").mkdir(parents=True)
    (folder / "2014" / "episodes.csv").write_text(
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
        "1,01/05/2013,S,C2,N1,U1,PR1,,,,,,\n")
    (folder / "2014" / "notes.txt").write_text("a note")
    (folder / "readme.txt").write_text("a note")
    issues = reader.read(folder, la_code="884").raw.issues
    assert {(i.table, i.problem) for i in issues if i.problem.startswith("not read")} == {
        ("2014/notes.txt", "not read: not a CSV file of the return"),
        ("readme.txt", "not read: not a CSV file of the return")}
