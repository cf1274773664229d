"""The CIN census XML reader and writer (safeguarding.sources.cin_census)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from safeguarding.sources import cin_census
from safeguarding.sources.check import check_extract
from safeguarding.sources.folder import ROW, ExtractError, ExtractInfo, read_extract
from safeguarding.sources.returns import Window

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
FIXTURES = SHARED / "fixtures" / "cin_census"
XSDS = SHARED / "reference" / "returns" / "cin_census"
needs_shared = pytest.mark.skipif(
    not FIXTURES.is_dir(), reason="needs ../shared (the project's shared material) beside the project")


def _xsd_errors(path: Path, year: int) -> list:
    """The XSD's findings, on an lxml tree so that each names its element's line."""
    xmlschema = pytest.importorskip("xmlschema")
    from lxml import etree
    schema = xmlschema.XMLSchema(str(XSDS / f"CIN_schema_{year}.xsd"))
    return list(schema.iter_errors(etree.parse(str(path))))


def _rows(read, table: str) -> list[dict]:
    return read.raw.tables[table].to_pylist()


def _errors(read) -> list:
    return [i for i in read.raw.issues if i.severity == "error"]


# --- a hand-made return: one child with two referrals in one year ------------------------------

HAND_MADE = """\
<?xml version="1.0" encoding="UTF-8"?>
<Message>
  <Header>
    <CollectionDetails>
      <Collection>CIN</Collection>
      <Year>2023</Year>
      <ReferenceDate>2023-03-31</ReferenceDate>
    </CollectionDetails>
    <Source>
      <SourceLevel>L</SourceLevel>
      <LEA>884</LEA>
    </Source>
  </Header>
  <Children>
    <Child>
      <ChildIdentifiers>
        <LAchildID>C1</LAchildID>
        <PersonBirthDate>2015-06-01</PersonBirthDate>
        <GenderCurrent>2</GenderCurrent>
      </ChildIdentifiers>
      <ChildCharacteristics>
        <Ethnicity>WBRI</Ethnicity>
        <Disabilities>
          <Disability>NONE</Disability>
        </Disabilities>
      </ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2022-05-03</CINreferralDate>
        <ReferralSource>5A</ReferralSource>
        <PrimaryNeedCode>N4</PrimaryNeedCode>
        <CINclosureDate>2022-06-20</CINclosureDate>
        <ReasonForClosure>RC8</ReasonForClosure>
        <Assessments>
          <AssessmentActualStartDate>2022-05-04</AssessmentActualStartDate>
          <AssessmentAuthorisationDate>2022-06-15</AssessmentAuthorisationDate>
        </Assessments>
        <ReferralNFA>false</ReferralNFA>
      </CINdetails>
      <CINdetails>
        <CINreferralDate>2022-10-10</CINreferralDate>
        <ReferralSource>6</ReferralSource>
        <PrimaryNeedCode>N1</PrimaryNeedCode>
        <DateOfInitialCPC>2022-11-01</DateOfInitialCPC>
        <Assessments>
          <AssessmentActualStartDate>2022-10-11</AssessmentActualStartDate>
        </Assessments>
        <Section47>
          <S47ActualStartDate>2022-10-12</S47ActualStartDate>
          <InitialCPCtarget>2022-11-02</InitialCPCtarget>
          <DateOfInitialCPC>2022-11-01</DateOfInitialCPC>
          <ICPCnotRequired>false</ICPCnotRequired>
        </Section47>
        <ReferralNFA>0</ReferralNFA>
        <ChildProtectionPlans>
          <CPPstartDate>2022-11-01</CPPstartDate>
          <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
          <LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse>
          <NumberOfPreviousCPP>1</NumberOfPreviousCPP>
          <Reviews>
            <CPPreviewDate>2023-01-20</CPPreviewDate>
          </Reviews>
        </ChildProtectionPlans>
      </CINdetails>
    </Child>
    <Child>
      <ChildIdentifiers>
        <LAchildID>C2</LAchildID>
        <ExpectedPersonBirthDate>2023-05-01</ExpectedPersonBirthDate>
        <GenderCurrent>0</GenderCurrent>
      </ChildIdentifiers>
      <ChildCharacteristics>
        <Ethnicity>NOBT</Ethnicity>
      </ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2023-02-01</CINreferralDate>
        <ReferralSource>3A</ReferralSource>
        <CINclosureDate>2023-02-01</CINclosureDate>
        <ReasonForClosure>RC8</ReasonForClosure>
        <ReferralNFA>true</ReferralNFA>
      </CINdetails>
    </Child>
  </Children>
</Message>
"""

R1, R2, R3 = "C1/2022-05-03/1", "C1/2022-10-10/2", "C2/2023-02-01/1"


def _line(text: str, needle: str, nth: int = 1) -> int:
    """The 1-based line of the nth line containing needle."""
    lines = [i for i, line in enumerate(text.splitlines(), start=1) if needle in line]
    return lines[nth - 1]


def _write(tmp_path: Path, text: str, name: str = "return.xml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_hand_made_return(tmp_path):
    path = _write(tmp_path, HAND_MADE)
    assert cin_census.detect(path)
    got = cin_census.read(path)
    assert got.raw.issues == []
    assert got.kind == "cin"
    assert got.raw.info.la_code == "884" and got.raw.info.extracted_at == dt.date(2023, 3, 31)
    assert got.raw.info.la_name == "Herefordshire, County of"
    year = Window(dt.date(2022, 4, 1), dt.date(2023, 3, 31))
    assert got.coverage == {t: year for t in cin_census.COLUMNS}
    assert got.origins["ssd_cp_plans"] == "return.xml"
    line = lambda needle, nth=1: _line(HAND_MADE, needle, nth)  # noqa: E731

    assert _rows(got, "ssd_person") == [
        {"pers_person_id": "C1", "pers_dob": "2015-06-01", "pers_expected_dob": "", "pers_sex": "F",
         "pers_ethnicity": "WBRI", "pers_death_date": "", ROW: line("<Child>")},
        {"pers_person_id": "C2", "pers_dob": "", "pers_expected_dob": "2023-05-01", "pers_sex": "U",
         "pers_ethnicity": "NOBT", "pers_death_date": "", ROW: line("<Child>", 2)},
    ]
    assert _rows(got, "ssd_cin_episodes") == [
        {"cine_referral_id": R1, "cine_person_id": "C1", "cine_referral_date": "2022-05-03",
         "cine_referral_source_code": "5A", "cine_referral_nfa": "N", "cine_cin_primary_need_code": "N4",
         "cine_close_date": "2022-06-20", "cine_close_reason": "RC8", ROW: line("<CINdetails>")},
        {"cine_referral_id": R2, "cine_person_id": "C1", "cine_referral_date": "2022-10-10",
         "cine_referral_source_code": "6", "cine_referral_nfa": "N", "cine_cin_primary_need_code": "N1",
         "cine_close_date": "", "cine_close_reason": "", ROW: line("<CINdetails>", 2)},
        {"cine_referral_id": R3, "cine_person_id": "C2", "cine_referral_date": "2023-02-01",
         "cine_referral_source_code": "3A", "cine_referral_nfa": "Y", "cine_cin_primary_need_code": "",
         "cine_close_date": "2023-02-01", "cine_close_reason": "RC8", ROW: line("<CINdetails>", 3)},
    ]
    assert _rows(got, "ssd_cin_assessments") == [
        {"cina_assessment_id": f"{R1}/A1", "cina_person_id": "C1", "cina_referral_id": R1,
         "cina_assessment_start_date": "2022-05-04", "cina_assessment_auth_date": "2022-06-15",
         ROW: line("<Assessments>")},
        {"cina_assessment_id": f"{R2}/A1", "cina_person_id": "C1", "cina_referral_id": R2,
         "cina_assessment_start_date": "2022-10-11", "cina_assessment_auth_date": "",
         ROW: line("<Assessments>", 2)},
    ]
    assert _rows(got, "ssd_s47_enquiry") == [
        {"s47e_s47_enquiry_id": f"{R2}/S1", "s47e_person_id": "C1", "s47e_referral_id": R2,
         "s47e_s47_start_date": "2022-10-12", ROW: line("<Section47>")},
    ]
    # The referral's own DateOfInitialCPC is the S47's conference: one conference, not two.
    assert _rows(got, "ssd_initial_cp_conference") == [
        {"icpc_icpc_id": f"{R2}/S1/ICPC", "icpc_person_id": "C1", "icpc_s47_enquiry_id": f"{R2}/S1",
         "icpc_cp_plan_id": f"{R2}/P1", "icpc_icpc_date": "2022-11-01", "icpc_icpc_outcome_cp_flag": "Y",
         ROW: line("<DateOfInitialCPC>", 2)},
    ]
    assert _rows(got, "ssd_cp_plans") == [
        {"cppl_cp_plan_id": f"{R2}/P1", "cppl_person_id": "C1", "cppl_cp_plan_start_date": "2022-11-01",
         "cppl_cp_plan_end_date": "", "cppl_cp_plan_initial_category": "NEG",
         "cppl_cp_plan_latest_category": "EMO", "cppl_icpc_id": f"{R2}/S1/ICPC",
         ROW: line("<ChildProtectionPlans>")},
    ]
    assert _rows(got, "ssd_cp_reviews") == [
        {"cppr_cp_review_id": f"{R2}/P1/R1", "cppr_person_id": "C1", "cppr_cp_plan_id": f"{R2}/P1",
         "cppr_cp_review_date": "2023-01-20", ROW: line("<CPPreviewDate>")},
    ]
    checked = check_extract(got.raw)
    assert checked.errors == []
    assert checked.tables["ssd_cin_episodes"].num_rows == 3


def test_la_code_argument_overrides_the_header(tmp_path):
    got = cin_census.read(_write(tmp_path, HAND_MADE), la_code="201")
    assert got.raw.info.la_code == "201" and got.raw.info.la_name == "City of London"


def test_a_conference_without_an_enquiry_of_its_referral_is_kept_unlinked(tmp_path):
    text = HAND_MADE.replace("<DateOfInitialCPC>2022-11-01</DateOfInitialCPC>\n        <Assessments>",
                             "<DateOfInitialCPC>2022-10-30</DateOfInitialCPC>\n        <Assessments>")
    got = cin_census.read(_write(tmp_path, text))
    conferences = {r["icpc_icpc_id"]: r for r in _rows(got, "ssd_initial_cp_conference")}
    assert set(conferences) == {f"{R2}/S1/ICPC", f"{R2}/ICPC"}
    own = conferences[f"{R2}/ICPC"]
    assert (own["icpc_s47_enquiry_id"], own["icpc_cp_plan_id"], own["icpc_icpc_outcome_cp_flag"]) == ("", "", "N")


# --- bad input -------------------------------------------------------------------------------

def _broken() -> str:
    text = HAND_MADE
    text = text.replace("<PersonBirthDate>2015-06-01</PersonBirthDate>",
                        "<PersonBirthDate>2015-02-30</PersonBirthDate>")          # not a date
    text = text.replace("<ReferralSource>6</ReferralSource>",
                        "<ReferralSource>99</ReferralSource>")                     # code not in list
    text = text.replace("<Ethnicity>NOBT</Ethnicity>",
                        "<Ethnicity>NOBT</Ethnicity>\n        <Religion>X</Religion>")  # unknown element
    text = text.replace("        <ReferralNFA>true</ReferralNFA>\n", "")           # required missing
    text = text.replace("<NumberOfPreviousCPP>1</NumberOfPreviousCPP>",
                        "<NumberOfPreviousCPP>one</NumberOfPreviousCPP>")          # wrong type
    text = text.replace("<LEA>884</LEA>", "<LEA>88</LEA>")                          # pattern
    return text


def test_every_problem_at_once_with_positions(tmp_path):
    text = _broken()
    path = _write(tmp_path, text, "bad.xml")
    got = cin_census.read(path)
    found = {(i.row, i.column, i.value, i.problem) for i in got.raw.issues}
    child = "Message/Children/Child"
    assert found == {
        (_line(text, "<LEA>"), "Message/Header/Source/LEA", "88", "not in the expected form"),
        (_line(text, "<PersonBirthDate>"), f"{child}/ChildIdentifiers/PersonBirthDate", "2015-02-30",
         "not a date (YYYY-MM-DD)"),
        (_line(text, "<ReferralSource>99"), f"{child}/CINdetails/ReferralSource", "99",
         "code not in this collection year's list"),
        (_line(text, "<NumberOfPreviousCPP>"), f"{child}/CINdetails/ChildProtectionPlans/NumberOfPreviousCPP",
         "one", "not a whole number"),
        (_line(text, "<Religion>"), f"{child}/ChildCharacteristics/Religion", "X", "unknown element"),
        (_line(text, "<CINdetails>", 3), f"{child}/CINdetails/ReferralNFA", None, "required element missing"),
        (None, "Message/Header/Source/LEA", None, "no LA number in the header: give la_code"),
    }
    assert all(i.severity == "error" and i.table == "bad.xml" for i in got.raw.issues)
    # No cell content in any problem text.
    for i in got.raw.issues:
        assert i.value is None or i.value not in i.problem
    # Invalid values are left empty, never guessed; the rest of the return is still read.
    person = _rows(got, "ssd_person")[0]
    assert person["pers_dob"] == "" and person["pers_sex"] == "F"
    assert _rows(got, "ssd_cin_episodes")[1]["cine_referral_source_code"] == ""
    assert _rows(got, "ssd_cin_episodes")[2]["cine_referral_nfa"] == ""
    assert got.raw.info.la_code == ""  # the invalid LEA is not used ...
    assert cin_census.read(path, la_code="884").raw.info.la_code == "884"  # ... the argument is


def _misordered() -> str:
    text = HAND_MADE.replace(
        "<LAchildID>C2</LAchildID>\n        <ExpectedPersonBirthDate>2023-05-01</ExpectedPersonBirthDate>",
        "<ExpectedPersonBirthDate>2023-05-01</ExpectedPersonBirthDate>\n        <LAchildID>C2</LAchildID>")
    text = text.replace("<Ethnicity>WBRI</Ethnicity>", "<Ethnicity>WBRI</Ethnicity>\n<Ethnicity>WBRI</Ethnicity>")
    return text.replace("<CINreferralDate>2022-05-03</CINreferralDate>",
                        "<CINreferralDate>2022-05-03</CINreferralDate>stray")


def test_order_repeats_and_stray_text(tmp_path):
    text = _misordered()
    got = cin_census.read(_write(tmp_path, text))
    found = {(i.row, i.problem) for i in got.raw.issues}
    assert found == {
        (_line(text, "<LAchildID>C2"), "element out of order"),
        (_line(text, "<Ethnicity>WBRI", 2), "element repeated more often than allowed"),
        (_line(text, "stray"), "text between elements"),
    }


def test_broken_xml_keeps_what_was_read(tmp_path):
    cut = HAND_MADE.index("<LAchildID>C2</LAchildID>")
    text = HAND_MADE[:cut] + "<LAchildID>C2</LAch"
    got = cin_census.read(_write(tmp_path, text))
    assert [r["pers_person_id"] for r in _rows(got, "ssd_person")] == ["C1"]
    [issue] = got.raw.issues
    assert issue.problem == "the XML is broken here: the rest of the file was not read"
    assert issue.row == len(text.splitlines())


@pytest.mark.parametrize("content, message", [
    ("la_code,extracted_at\n884,2014-01-01\n", "not readable XML"),
    ("<Return><Child/></Return>", "not a CIN census return"),
    ("<Message><Children><Child/></Children></Message>", "collection year is unknown"),
    ("<Message><Header><CollectionDetails/></Header><Children/></Message>", "collection year is unknown"),
    ('<Message xmlns="urn:other"><Children/></Message>', "not a CIN census return"),
])
def test_nothing_readable_raises(tmp_path, content, message):
    path = _write(tmp_path, content, "x.xml")
    with pytest.raises(ExtractError, match=message):
        cin_census.read(path)


def test_detect_looks_inside(tmp_path):
    assert cin_census.detect(_write(tmp_path, HAND_MADE, "no_suffix"))
    assert not cin_census.detect(_write(tmp_path, "<Message><Other/></Message>", "other.xml"))
    assert not cin_census.detect(_write(tmp_path, "pers_person_id\nP1\n", "cin.xml"))
    assert not cin_census.detect(tmp_path)


# --- the compact spec agrees with the DfE's XSDs ---------------------------------------------

@needs_shared
def test_spec_is_in_step_with_the_xsds():
    import importlib.util
    script = Path(__file__).resolve().parents[2] / "scripts" / "build_cin_census_reference.py"
    spec = importlib.util.spec_from_file_location("build_cin", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    import json
    assert module.build(XSDS) == json.loads(cin_census.SPEC_FILE.read_text(encoding="utf-8"))


def _assert_agrees(path: Path, year: int, got) -> None:
    """The reader finds a problem where the XSD does: the same verdict, and every element the
    XSD rejects is one the reader reports (at its line or the line of an element inside it)."""
    xsd = _xsd_errors(path, year)
    assert bool(_errors(got)) == bool(xsd)
    lines = {i.row for i in _errors(got)}
    for e in xsd:
        elem = e.elem if e.elem is not None else e.obj
        assert elem is None or any(c.sourceline in lines for c in elem.iter() if isinstance(c.tag, str)), e.reason


@needs_shared
@pytest.mark.parametrize("name, year", [("BAR_cin_2022.xml", 2022), ("CIN_Census_2021.xml", 2023),
                                        ("CIN_Census_2024.xml", 2024), ("CIN_Census_2026.xml", 2024)])
def test_fixtures_agree_with_the_xsd(name, year):
    """The year is the header's ReferenceDate's (the fixtures' names are not their years)."""
    path = FIXTURES / name
    assert cin_census.detect(path)
    got = cin_census.read(path)
    assert got.raw.info.extracted_at.year == year and got.raw.info.la_code == "201"
    _assert_agrees(path, year, got)


@needs_shared
def test_fixture_2024_problems():
    got = cin_census.read(FIXTURES / "CIN_Census_2024.xml")
    problems = sorted({(i.column.rsplit("/", 1)[-1], i.problem) for i in _errors(got)})
    assert problems == [
        ("AssessmentFactors", "code not in this collection year's list"),
        ("AssessmentFactors", "required element missing"),
        ("ChildIdentifiers", "text between elements"),
        ("GenderCurrent", "required element missing"),
        ("Sex", "unknown element"),
    ]
    assert [r["pers_sex"] for r in _rows(got, "ssd_person")] == ["", ""]
    assert len(_rows(got, "ssd_cin_episodes")) == 2


@needs_shared
def test_fixture_2026_read_as_2026(tmp_path):
    """The 2026 sample's header says 2024; as a 2026 return its Sex and pre-proceedings
    elements are known, and only the sample's faults remain (Sex 1 is the old GenderCurrent
    code: the 2025 Sex codes are F, M, U)."""
    text = (FIXTURES / "CIN_Census_2026.xml").read_text(encoding="utf-8")
    path = _write(tmp_path, text.replace("<ReferenceDate>2024-03-31", "<ReferenceDate>2026-03-31"))
    got = cin_census.read(path)
    problems = sorted({(i.column.rsplit("/", 1)[-1], i.problem) for i in _errors(got)})
    assert problems == [
        ("AssessmentFactors", "code not in this collection year's list"),
        ("AssessmentFactors", "required element missing"),
        ("ChildIdentifiers", "text between elements"),
        ("Sex", "code not in this collection year's list"),
    ]
    assert [r["pers_sex"] for r in _rows(got, "ssd_person")] == ["", "M"]
    assert got.coverage["ssd_person"] == Window(dt.date(2025, 4, 1), dt.date(2026, 3, 31))


@needs_shared
@pytest.mark.parametrize("year", range(2017, 2025))
def test_broken_documents_agree_with_the_xsd(tmp_path, year):
    good = _write(tmp_path, HAND_MADE.replace("2023-03-31", f"{year}-03-31"), "good.xml")
    assert _xsd_errors(good, year) == [] and _errors(cin_census.read(good)) == []
    broken = _broken().replace("2023-03-31", f"{year}-03-31")
    for i, variant in enumerate([broken, _misordered().replace("2023-03-31", f"{year}-03-31"), HAND_MADE.replace("<GenderCurrent>2", "<GenderCurrent>5")
                                 .replace("2023-03-31", f"{year}-03-31"),
                                 HAND_MADE.replace("<CPPstartDate>2022-11-01</CPPstartDate>", "")
                                 .replace("2023-03-31", f"{year}-03-31")]):
        path = _write(tmp_path, variant, f"bad{i}.xml")
        assert _xsd_errors(path, year)
        _assert_agrees(path, year, cin_census.read(path))
    # A code new in 2023 (referral source 5D) is invalid before and valid from then.
    new_code = _write(tmp_path, HAND_MADE.replace("<ReferralSource>6<", "<ReferralSource>5D<")
                      .replace("2023-03-31", f"{year}-03-31"), "code.xml")
    assert bool(_xsd_errors(new_code, year)) == bool(_errors(cin_census.read(new_code))) == (year < 2023)


# --- writing, and the round trip from a synthetic council -------------------------------------

@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    from safeguarding.synth import write_synthetic_extract
    folder = tmp_path_factory.mktemp("cin_synth")
    write_synthetic_extract(folder, la_code="884", la_name="Herefordshire", population=3000,
                            start="2011-09", end="2014-08", seed=1)
    return read_extract(folder)


def _d(text):
    return cin_census._parse_date(text)


def _expected(raw, window: Window) -> dict[str, set]:
    """What a return for `window` carries from an SSD extract, keyed by dates, not ids."""
    first, rd = window.first, window.last
    shown = lambda d: d.isoformat() if d and d <= rd else ""  # noqa: E731
    t = {n: tab.to_pylist() for n, tab in raw.tables.items()}
    refs = {r["cine_referral_id"]: r for r in t["ssd_cin_episodes"]
            if _d(r["cine_referral_date"]) <= rd and (not _d(r["cine_close_date"]) or _d(r["cine_close_date"]) >= first)}
    people = {r["cine_person_id"] for r in refs.values()}
    # A referral source the year's list lacks (5D before 2023) is written as 10, unknown.
    _, elements, enums = cin_census.spec_for(rd.year)
    sources = set(enums[elements["Message/Children/Child/CINdetails/ReferralSource"]["enum"]])
    source = lambda code: code if code in sources else "10"  # noqa: E731
    out = {
        "ssd_person": {(p["pers_person_id"], p["pers_dob"], p["pers_sex"],
                        {"CNHE": "CHNE"}.get(p["pers_ethnicity"], p["pers_ethnicity"]))  # the DfE's spelling
                       for p in t["ssd_person"] if p["pers_person_id"] in people},
        "ssd_cin_episodes": {(r["cine_person_id"], r["cine_referral_date"], source(r["cine_referral_source_code"]),
                              r["cine_referral_nfa"], r["cine_cin_primary_need_code"],
                              shown(_d(r["cine_close_date"])),
                              r["cine_close_reason"] if shown(_d(r["cine_close_date"])) else "")
                             for r in refs.values()},
        "ssd_cin_assessments": {(a["cina_person_id"], refs[a["cina_referral_id"]]["cine_referral_date"],
                                 a["cina_assessment_start_date"], shown(_d(a["cina_assessment_auth_date"])))
                                for a in t["ssd_cin_assessments"] if a["cina_referral_id"] in refs
                                and first <= _d(a["cina_assessment_start_date"]) <= rd},
        "ssd_s47_enquiry": {(s["s47e_person_id"], refs[s["s47e_referral_id"]]["cine_referral_date"],
                             s["s47e_s47_start_date"]) for s in t["ssd_s47_enquiry"]
                            if s["s47e_referral_id"] in refs and first <= _d(s["s47e_s47_start_date"]) <= rd},
        "ssd_cp_plans": {(p["cppl_person_id"], p["cppl_cp_plan_start_date"], shown(_d(p["cppl_cp_plan_end_date"])),
                          p["cppl_cp_plan_initial_category"], p["cppl_cp_plan_latest_category"])
                         for p in t["ssd_cp_plans"] if first <= _d(p["cppl_cp_plan_start_date"]) <= rd},
    }
    plans = {p["cppl_cp_plan_id"]: p for p in t["ssd_cp_plans"]}
    out["ssd_cp_reviews"] = {(r["cppr_person_id"], plans[r["cppr_cp_plan_id"]]["cppl_cp_plan_start_date"],
                              r["cppr_cp_review_date"]) for r in t["ssd_cp_reviews"]
                             if first <= _d(r["cppr_cp_review_date"]) <= rd
                             and first <= _d(plans[r["cppr_cp_plan_id"]]["cppl_cp_plan_start_date"])}
    s47 = {s["s47e_s47_enquiry_id"]: s for s in t["ssd_s47_enquiry"]}
    out["ssd_initial_cp_conference"] = {
        (c["icpc_person_id"], c["icpc_icpc_date"],
         s47[c["icpc_s47_enquiry_id"]]["s47e_s47_start_date"] if c["icpc_s47_enquiry_id"] else "",
         plans[c["icpc_cp_plan_id"]]["cppl_cp_plan_start_date"] if c["icpc_cp_plan_id"] else "")
        for c in t["ssd_initial_cp_conference"] if first <= _d(c["icpc_icpc_date"]) <= rd
        and (c["icpc_s47_enquiry_id"] or c["icpc_cp_plan_id"])}  # an unlinked conference is not carried
    return out


def _actual(read, window: Window) -> dict[str, set]:
    first, rd = window.first, window.last
    t = {n: tab.to_pylist() for n, tab in read.raw.tables.items()}
    refs = {r["cine_referral_id"]: r for r in t["ssd_cin_episodes"]}
    plans = {p["cppl_cp_plan_id"]: p for p in t["ssd_cp_plans"]}
    s47 = {s["s47e_s47_enquiry_id"]: s for s in t["ssd_s47_enquiry"]}
    inside = lambda d: first <= _d(d) <= rd  # noqa: E731
    return {
        "ssd_person": {(p["pers_person_id"], p["pers_dob"], p["pers_sex"], p["pers_ethnicity"]) for p in t["ssd_person"]},
        "ssd_cin_episodes": {(r["cine_person_id"], r["cine_referral_date"], r["cine_referral_source_code"],
                              r["cine_referral_nfa"], r["cine_cin_primary_need_code"], r["cine_close_date"],
                              r["cine_close_reason"]) for r in refs.values()},
        "ssd_cin_assessments": {(a["cina_person_id"], refs[a["cina_referral_id"]]["cine_referral_date"],
                                 a["cina_assessment_start_date"], a["cina_assessment_auth_date"])
                                for a in t["ssd_cin_assessments"] if inside(a["cina_assessment_start_date"])},
        "ssd_s47_enquiry": {(s["s47e_person_id"], refs[s["s47e_referral_id"]]["cine_referral_date"],
                             s["s47e_s47_start_date"]) for s in s47.values() if inside(s["s47e_s47_start_date"])},
        "ssd_cp_plans": {(p["cppl_person_id"], p["cppl_cp_plan_start_date"], p["cppl_cp_plan_end_date"],
                          p["cppl_cp_plan_initial_category"], p["cppl_cp_plan_latest_category"])
                         for p in plans.values() if inside(p["cppl_cp_plan_start_date"])},
        "ssd_cp_reviews": {(r["cppr_person_id"], plans[r["cppr_cp_plan_id"]]["cppl_cp_plan_start_date"],
                            r["cppr_cp_review_date"]) for r in t["ssd_cp_reviews"]
                           if inside(r["cppr_cp_review_date"])
                           and inside(plans[r["cppr_cp_plan_id"]]["cppl_cp_plan_start_date"])},
        "ssd_initial_cp_conference": {
            (c["icpc_person_id"], c["icpc_icpc_date"],
             s47[c["icpc_s47_enquiry_id"]]["s47e_s47_start_date"] if c["icpc_s47_enquiry_id"] else "",
             plans[c["icpc_cp_plan_id"]]["cppl_cp_plan_start_date"] if c["icpc_cp_plan_id"] else "")
            for c in t["ssd_initial_cp_conference"] if inside(c["icpc_icpc_date"])},
    }


def test_round_trip_from_a_synthetic_council(synthetic, tmp_path):
    [path] = cin_census.write(synthetic.tables, synthetic.info, tmp_path)
    assert path.name == "CIN_Census_2014.xml"  # extracted 2014-09-03: the year to 31 March 2014
    assert cin_census.detect(path)
    got = cin_census.read(path)
    # Before 2017 the 2017 structure is used, and said so; nothing else is reported.
    assert [i.problem for i in got.raw.issues] == [
        "collection year outside 2017-2026: checked against the nearest year"]
    if XSDS.is_dir():
        assert _xsd_errors(path, 2017) == []
    window = got.coverage["ssd_cin_episodes"]
    assert window == Window(dt.date(2013, 4, 1), dt.date(2014, 3, 31))
    expected, actual = _expected(synthetic, window), _actual(got, window)
    for table in expected:
        assert expected[table], table
        assert actual[table] == expected[table], table
    # Only what was open in the year is written: enquiries before it only if they ran into it.
    t = {n: tab.to_pylist() for n, tab in synthetic.tables.items()}
    conference = {c["icpc_s47_enquiry_id"]: _d(c["icpc_icpc_date"]) for c in t["ssd_initial_cp_conference"]}
    written = {r["cine_person_id"] for r in _rows(got, "ssd_cin_episodes")}
    open_s47 = sorted((s["s47e_person_id"], s["s47e_s47_start_date"]) for s in t["ssd_s47_enquiry"]
                      if s["s47e_person_id"] in written and _d(s["s47e_s47_start_date"]) <= window.last
                      and (not _d(s["s47e_s47_end_date"]) or _d(s["s47e_s47_end_date"]) >= window.first
                           or (conference.get(s["s47e_s47_enquiry_id"]) or dt.date.min) >= window.first))
    assert sorted((s["s47e_person_id"], s["s47e_s47_start_date"]) for s in _rows(got, "ssd_s47_enquiry")) == open_s47
    for a in _rows(got, "ssd_cin_assessments"):
        assert not a["cina_assessment_auth_date"] or _d(a["cina_assessment_auth_date"]) >= window.first
    checked = check_extract(got.raw)
    assert checked.errors == []


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_written_returns_are_valid_for_their_year(synthetic, tmp_path, year):
    """The synthetic council's dates moved ten years on, written as a recent return."""
    def shift(text):
        return re.sub(r"\b(19|20)(\d\d)-", lambda m: f"{int(m.group(1) + m.group(2)) + 11}-", text or "")
    import pyarrow as pa
    tables = {n: pa.table({c: [shift(v) if isinstance(v, str) else v for v in t[c].to_pylist()]
                           for c in t.column_names}) for n, t in synthetic.tables.items()}
    info = ExtractInfo(la_code="884", extracted_at=dt.date(year, 5, 1))
    [path] = cin_census.write(tables, info, tmp_path, year=year)
    got = cin_census.read(path)
    assert got.raw.issues == []
    assert got.raw.tables["ssd_cp_plans"].num_rows > 0
    if year <= 2024 and XSDS.is_dir():
        assert _xsd_errors(path, year) == []
    tag = "<Sex>" if year >= 2025 else "<GenderCurrent>"
    assert tag in path.read_text(encoding="utf-8")


# Indicators a CIN census supports, by how their months fall in its coverage (April 2013 to
# March 2014 here): month-end measures from the month before the window opens, monthly flows
# for months inside it, rolling-year measures only for the month the window ends.
MONTH_END = ["cin_count", "cin_per_10k", "cp_count", "cp_per_10k", "cp_open_2yrs", "cp_reviews_in_timescale"]
MONTHLY = ["referrals", "assessments_completed", "assessments_in_timescale", "icpc_in_15wd", "cp_starts"]
ROLLING = ["referrals_per_10k", "assessments_per_10k", "s47_per_10k", "cp_ceased_2yrs"]


def test_indicators_agree_inside_coverage(synthetic, tmp_path):
    from safeguarding import app
    from safeguarding.store import Store
    [path] = cin_census.write(synthetic.tables, synthetic.info, tmp_path)
    got = cin_census.read(path)
    results = {}
    for name, raw in (("ssd", synthetic), ("cin", got.raw)):
        store = Store()
        try:
            store.load([(check_extract(raw), [])])
            [council] = app.run_indicators(store, dt.date(2014, 3, 1), ids=MONTH_END + MONTHLY + ROLLING)
        finally:
            store.close()
        results[name] = {r.indicator.id: {p.month: (p.value, p.numerator, p.denominator) for p in r.series}
                         for r in council.results}
    months = [f"2013-{m:02d}" for m in range(3, 13)] + ["2014-01", "2014-02", "2014-03"]
    valid = {i: months for i in MONTH_END} | {i: months[1:] for i in MONTHLY} | {i: ["2014-03"] for i in ROLLING}
    for indicator, wanted in valid.items():
        ssd, cin = results["ssd"][indicator], results["cin"][indicator]
        assert [cin[m] for m in wanted] == [ssd[m] for m in wanted], indicator
        assert any(ssd[m][1] or ssd[m][2] for m in wanted), indicator  # not vacuous


def test_a_return_on_one_line_numbers_rows_in_order(tmp_path):
    text = re.sub(r">\s+<", "><", HAND_MADE.split("?>", 1)[1].strip())
    got = cin_census.read(_write(tmp_path, text))
    assert [r[ROW] for r in _rows(got, "ssd_cin_episodes")] == [1, 2, 3]
    assert [r[ROW] for r in _rows(got, "ssd_person")] == [1, 2]
    assert {i.problem for i in got.raw.issues} == {
        "several person records share a line: their row numbers in messages are their order in the file",
        "several referral episode records share a line: their row numbers in messages are their order in the file",
        "several assessment records share a line: their row numbers in messages are their order in the file"}
    assert check_extract(got.raw).errors == []


def test_header_year_stands_in_for_a_missing_reference_date(tmp_path):
    text = HAND_MADE.replace("      <ReferenceDate>2023-03-31</ReferenceDate>\n", "")
    text = text.replace("<Children>", "<!-- a comment is not content -->\n  <Children>")
    got = cin_census.read(_write(tmp_path, text))
    assert got.raw.info.extracted_at == dt.date(2023, 3, 31)
    assert [(i.severity, i.problem) for i in got.raw.issues] == [
        ("warning", "no valid ReferenceDate: 31 March of the header Year used")]
    assert len(_rows(got, "ssd_cin_episodes")) == 3


def test_write_a_small_year_by_hand(tmp_path):
    """Two referrals of one child in the year, one closed before it; a child missing from
    ssd_person is still written; open-ended dates after the reference date are left out."""
    import pyarrow as pa

    def table(rows):
        cols = list(dict.fromkeys(c for r in rows for c in r))
        return pa.table({c: [r.get(c, "") for r in rows] for c in cols})

    tables = {
        "ssd_person": table([{"pers_person_id": "A", "pers_dob": "01/02/2010", "pers_sex": "F",
                              "pers_ethnicity": "CNHE"}]),
        "ssd_cin_episodes": table([
            {"cine_referral_id": "r0", "cine_person_id": "A", "cine_referral_date": "2021-01-05",
             "cine_close_date": "2021-03-01", "cine_referral_source_code": "1A", "cine_referral_nfa": "N"},
            {"cine_referral_id": "r1", "cine_person_id": "A", "cine_referral_date": "2021-05-05",
             "cine_close_date": "2021-07-01", "cine_close_reason": "RC8", "cine_referral_source_code": "1A",
             "cine_referral_nfa": "Y"},
            {"cine_referral_id": "r2", "cine_person_id": "A", "cine_referral_date": "2022-01-10",
             "cine_close_date": "2022-06-30", "cine_close_reason": "RC7", "cine_referral_source_code": "XX",
             "cine_referral_nfa": "N"},
            {"cine_referral_id": "r3", "cine_person_id": "B", "cine_referral_date": "2022-03-01",
             "cine_referral_source_code": "5D", "cine_referral_nfa": "N"}]),
        "ssd_s47_enquiry": table([{"s47e_s47_enquiry_id": "s1", "s47e_person_id": "A", "s47e_referral_id": "",
                                   "s47e_s47_start_date": "2022-01-12", "s47e_s47_end_date": "2022-02-01"}]),
    }
    info = ExtractInfo(la_code="884", extracted_at=dt.date(2022, 8, 1))
    [path] = cin_census.write(tables, info, tmp_path)
    assert path.name == "CIN_Census_2022.xml"
    if XSDS.is_dir():
        assert _xsd_errors(path, 2022) == []
    got = cin_census.read(path)
    assert got.raw.issues == []
    assert _rows(got, "ssd_person") == [
        {"pers_person_id": "A", "pers_dob": "2010-02-01", "pers_expected_dob": "", "pers_sex": "F",
         "pers_ethnicity": "CHNE", "pers_death_date": "", ROW: _row_of(path, "<Child>")},
        {"pers_person_id": "B", "pers_dob": "", "pers_expected_dob": "", "pers_sex": "U",
         "pers_ethnicity": "NOBT", "pers_death_date": "", ROW: _row_of(path, "<Child>", 2)},
    ]
    episodes = [{k: v for k, v in r.items() if k != ROW} for r in _rows(got, "ssd_cin_episodes")]
    assert episodes == [
        {"cine_referral_id": "A/2021-05-05/1", "cine_person_id": "A", "cine_referral_date": "2021-05-05",
         "cine_referral_source_code": "1A", "cine_referral_nfa": "Y", "cine_cin_primary_need_code": "",
         "cine_close_date": "2021-07-01", "cine_close_reason": "RC8"},
        {"cine_referral_id": "A/2022-01-10/2", "cine_person_id": "A", "cine_referral_date": "2022-01-10",
         "cine_referral_source_code": "10", "cine_referral_nfa": "N", "cine_cin_primary_need_code": "",
         "cine_close_date": "", "cine_close_reason": ""},
        {"cine_referral_id": "B/2022-03-01/1", "cine_person_id": "B", "cine_referral_date": "2022-03-01",
         "cine_referral_source_code": "10", "cine_referral_nfa": "N", "cine_cin_primary_need_code": "",
         "cine_close_date": "", "cine_close_reason": ""},
    ]
    [s47] = _rows(got, "ssd_s47_enquiry")
    assert (s47["s47e_referral_id"], s47["s47e_s47_start_date"]) == ("A/2022-01-10/2", "2022-01-12")
    assert "<ICPCnotRequired>true</ICPCnotRequired>" in path.read_text(encoding="utf-8")


def _row_of(path: Path, needle: str, nth: int = 1) -> int:
    return _line(path.read_text(encoding="utf-8"), needle, nth)


def test_disabilities_and_cin_plans(tmp_path):
    """Child characteristics and CIN plans (2022 on) have tables of their own: the hand-made
    return's first child has a disability of NONE; its second referral gains two CIN plans."""
    text = HAND_MADE.replace(
        "          <AssessmentActualStartDate>2022-10-11</AssessmentActualStartDate>\n"
        "        </Assessments>\n",
        "          <AssessmentActualStartDate>2022-10-11</AssessmentActualStartDate>\n"
        "        </Assessments>\n"
        "        <CINPlanDates>\n"
        "          <CINPlanStartDate>2022-10-20</CINPlanStartDate>\n"
        "          <CINPlanEndDate>2022-10-31</CINPlanEndDate>\n"
        "        </CINPlanDates>\n"
        "        <CINPlanDates>\n"
        "          <CINPlanStartDate>2023-03-01</CINPlanStartDate>\n"
        "        </CINPlanDates>\n")
    path = _write(tmp_path, text)
    got = cin_census.read(path)
    assert _errors(got) == []
    assert _rows(got, "ssd_disability") == [
        {"disa_table_id": "C1/D1", "disa_person_id": "C1", "disa_disability_code": "NONE",
         ROW: _line(text, "<Disability>")}]
    assert _rows(got, "ssd_cin_plans") == [
        {"cinp_cin_plan_id": f"{R2}/C1", "cinp_referral_id": R2, "cinp_person_id": "C1",
         "cinp_cin_plan_start_date": "2022-10-20", "cinp_cin_plan_end_date": "2022-10-31",
         ROW: _line(text, "<CINPlanDates>")},
        {"cinp_cin_plan_id": f"{R2}/C2", "cinp_referral_id": R2, "cinp_person_id": "C1",
         "cinp_cin_plan_start_date": "2023-03-01", "cinp_cin_plan_end_date": "",
         ROW: _line(text, "<CINPlanDates>", 2)},
    ]
