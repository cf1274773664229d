"""The typed result model: an indicator's series and everything the product says about it.

`Result` holds an indicator's monthly series (`Point`s) for one council as its query gave them.
Comparison (the published benchmark), rating, benchmark position, change, SPC, events,
commentary and key messages are immutable objects, each built once by its own module
(`benchmarks.compare`, `judgement.*`) from the ones before it, never mutated afterwards. This
module imports nothing from the rest of the package, so any layer may depend on it.

`jsonable` is the one place these objects become the JSON contract (`output.document`, the
report tree): fields in declaration order, tuples as lists, nested objects as objects. A field
with `metadata={"omit_if_none": True}` is left out of the JSON when it is None (the benchmark's
per-neighbour detail, asked for only by `benchmarks neighbours`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any, Literal, dataclass_transform

if TYPE_CHECKING:  # a type only: the registry is not imported at run time
    from .indicators.registry import Indicator

Rating = Literal["green", "amber", "red", "no_target", "no_data"]
OMIT_IF_NONE = {"omit_if_none": True}


def jsonable(obj: Any) -> Any:
    """The JSON-ready form of a model object (or a list, tuple or dict of them)."""
    if type(obj) in _PLAIN:  # most of a document (tens of thousands of values): tested first
        return obj
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out = {}
        for name, omit_if_none in _fields(type(obj)):
            value = getattr(obj, name)
            if not (omit_if_none and value is None):
                out[name] = jsonable(value)
        return out
    if isinstance(obj, (list, tuple)):
        return [jsonable(v) for v in obj]
    if isinstance(obj, dict):
        return {k: jsonable(v) for k, v in obj.items()}
    return obj


_PLAIN = frozenset({str, int, float, bool, type(None)})


@cache
def _fields(cls: type) -> tuple[tuple[str, bool], ...]:
    """A dataclass's fields in declaration order, each with whether it is left out when None."""
    return tuple((f.name, bool(f.metadata.get("omit_if_none"))) for f in dataclasses.fields(cls))


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def model(cls: type) -> type:
    """A frozen dataclass whose `__init__` writes the instance's dict directly. A frozen
    dataclass's own sets each field through `object.__setattr__`: a run of England builds about
    a million points and movements, where that cost 2 microseconds each, four times this. The
    object stays frozen (assigning a field raises), equal and hashable as before."""
    cls = dataclass(frozen=True)(cls)
    fields = dataclasses.fields(cls)
    if any(f.default_factory is not dataclasses.MISSING
           or (not f.init and f.default is dataclasses.MISSING) for f in fields):
        raise TypeError(f"{cls.__name__}: a default factory, or a field not in __init__ without "
                        "a default, needs the dataclass's own __init__")
    scope = {f"_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING}
    params = ", ".join(f.name if f.default is dataclasses.MISSING else f"{f.name}=_{f.name}"
                       for f in fields if f.init)
    # The generated code's own names are dataclasses' (no field can be called them).
    body = "".join(f"\n    __dataclass_dict__[{f.name!r}] = {f.name if f.init else '_' + f.name}"
                   for f in fields)
    exec(f"def __init__(__dataclass_self__, {params}):\n"
         f"    __dataclass_dict__ = __dataclass_self__.__dict__{body}\n", scope)
    setattr(cls, "__init__", scope["__init__"])  # as dataclasses itself writes one, by exec
    return cls


# -- the published benchmark (benchmarks.compare.comparison) --------------------------------

@model
class NoBenchmark:
    """No published figure to compare with, and why."""
    available: Literal[False] = field(default=False, init=False)
    reason: str = ""
    measure: str | None = None
    year: int | None = None


@model
class NeighbourValue:
    """One statistical neighbour's published figure (`benchmarks neighbours` only)."""
    la_code: str
    used: tuple[str, ...]  # the codes whose figure stands for it (a reorganised council)
    value: float | None
    mark: str | None
    name: str


@model
class Benchmark:
    """The DfE's published figures for the indicator's measure and latest year."""
    available: Literal[True] = field(default=True, init=False)
    year: int
    measure: str
    council: float | None
    neighbours: float | None  # the statistical neighbours' mean
    neighbours_n: int
    region: float | None
    england: float | None
    quartile: int | None  # 1 best ... 4 worst (by polarity), None when not ranked
    neighbours_median: float | None
    council_mark: str | None  # the DfE's mark for a figure not published ("c", "x", ...)
    region_mark: str | None
    england_mark: str | None
    sn_model: int | None
    region_code: str
    region_name: str
    quartile_of: int  # councils ranked
    polarity: str
    quartile_method: str
    source: str
    notes: tuple[str, ...]
    neighbour_values: tuple[NeighbourValue, ...] | None = field(default=None,
                                                                 metadata=OMIT_IF_NONE)

    def figure(self, name: str) -> float | None:
        """The council's, neighbours', region's or England's figure."""
        return {"council": self.council, "neighbours": self.neighbours, "region": self.region,
                "england": self.england}[name]

    def mark(self, name: str) -> str | None:
        return {"council": self.council_mark, "region": self.region_mark,
                "england": self.england_mark}.get(name)


Comparison = Benchmark | NoBenchmark


@model
class PublishedTrend:
    """The measure's last published DfE years (benchmarks.trend), oldest first, None where a
    figure is not published, and the reading of the gap to the statistical neighbours."""
    measure: str
    sn_model: int | None
    years: tuple[int, ...]
    council: tuple[float | None, ...]
    neighbours: tuple[float | None, ...]
    england: tuple[float | None, ...]
    gap_trend: str | None  # widening / closing / stable; None with fewer than two years
    gap: str  # the reading in words
    rule: str


# -- rating and position (judgement.rating) --------------------------------------------------

@model
class Rag:
    rating: Rating
    target: float | None = None
    amber: float | None = None
    range: tuple[float, float] | None = None  # a neutral indicator's expected range
    amber_range: tuple[float, float] | None = None
    range_names: tuple[str | float, ...] | None = None  # the range as configured
    amber_margin: float | None = None
    basis: str = ""  # the rating in words ("short of the target of 90.00%")


@model
class Comparator:
    """The month's value against one published comparator."""
    value: float | None
    position: str | None  # better / worse / similar, or higher / lower for a neutral one
    difference: float | None
    relative: float | None  # percent of the comparator
    reason: str | None  # why position is None


@model
class NeighbourComparator(Comparator):
    n: int | None = None  # neighbours with a published figure


@model
class Position:
    band: float
    year: int | None
    available: bool
    reason: str | None
    neighbours: NeighbourComparator
    england: Comparator


# -- change (judgement.change) ---------------------------------------------------------------

@model
class Movement:
    """The reporting month against one earlier month."""
    kind: str  # previous_month / year_ago / peak / trough
    month: str | None  # the earlier month, YYYY-MM
    value: float | None
    latest_month: str
    latest: float | None
    absolute: float | None
    relative: float | None  # percent of the earlier value (None from 0)
    movement: str | None  # up / down / no change
    direction: str | None  # improving / declining / no change; a neutral one's movement
    reason: str | None  # why the figures are None


@model
class LatestPoint:
    month: str
    value: float | None


@model
class Change:
    indicator: str
    unit: str
    polarity: str
    latest: LatestPoint
    previous_month: Movement
    year_ago: Movement
    peak: Movement
    trough: Movement


# -- SPC (judgement.spc) and events (judgement.events) ---------------------------------------

@model
class SpcPoint:
    month: str
    value: float | None
    special_cause: bool
    rules: tuple[str, ...]  # the rules that flag it (spc.RULES)
    variation: str | None  # improvement / concern / neither, None for common cause
    mean: float | None  # its segment's mean and limits (steps at a rebase)
    lower: float | None
    upper: float | None


@model
class Spc:
    mean: float | None
    lower: float | None
    upper: float | None
    mean_moving_range: float | None
    points: tuple[SpcPoint, ...]
    variation_icon: str
    assurance_icon: str | None
    signals: tuple[str, ...]
    rebase: tuple[str, ...]  # first month of each later segment


@model
class EventMark:
    """A council event on an indicator's history."""
    date: str  # YYYY-MM-DD
    month: str
    label: str
    rebase: bool


# -- the judgement and key messages (judgement.assess) ---------------------------------------

@model
class Judgement:
    rag: Rag
    benchmark_position: Position
    change: Change
    spc: Spc
    events: tuple[EventMark, ...]
    commentary: tuple[str, ...]


@model
class KeyMessage:
    indicator: str | None  # None: the coverage message
    kind: str
    text: str


# -- an indicator's series for one council, and all of the above (indicators.compute) --------

@model
class Point:
    month: str  # YYYY-MM
    value: float | int | None
    numerator: int | None  # None only for a month the source does not cover, or suppressed
    denominator: int | None
    covered: bool = True  # False: the source's window does not hold this month (never a zero)
    # True: a breakdown cell an open output hides (report.disclosure.controlled_breakdowns); its
    # hidden parts are None.
    suppressed: bool | None = field(default=None, metadata=OMIT_IF_NONE)


@model
class GroupSeries:
    """One group's series in a breakdown: the same point shape as the indicator's own."""
    group: str
    series: tuple[Point, ...]


@model
class Breakdown:
    """An indicator's series split by a characteristic of the child (indicators.breakdowns):
    the groups add up to the indicator's own figures, every case in exactly one group."""
    by: str  # sex / age / ethnicity / disability / team / worker
    available: bool
    reason: str | None = None  # why not available
    note: str | None = None  # what the groups cannot show (a rate by group)
    groups: tuple[GroupSeries, ...] = ()
    # Set in an open output: how its cells are disclosure-controlled.
    disclosure: str | None = field(default=None, metadata=OMIT_IF_NONE)
    # The breakdown's query raised: an error line and a non-zero exit, as for an indicator's.
    error: str | None = field(default=None, metadata=OMIT_IF_NONE)


@model
class Result:
    """One indicator for one council: built by `compute`, then completed by `app` with
    `dataclasses.replace` (coverage, benchmark, judgement), never changed in place."""
    indicator: Indicator
    la_code: str
    available: bool
    reason: str | None = None
    series: tuple[Point, ...] = ()  # the report's months, oldest first
    error: str | None = None  # the indicator raised: an error in the output, never a silent gap
    warnings: tuple[str, ...] = ()
    benchmark: Comparison | None = None  # the published DfE comparison
    published_trend: PublishedTrend | None = None  # its measure's last published years
    judgement: Judgement | None = None  # rating, position, change, SPC, commentary
    history: tuple[Point, ...] = ()  # every month computed, oldest first
    breakdown: Breakdown | None = None  # the series by group (`--by`), the report's months
    exception: Exception | None = field(default=None, repr=False, compare=False)  # for --debug

    @property
    def failure(self) -> str | None:
        """What failed to compute: the indicator, or its breakdown (`--by`); None when nothing."""
        return self.error or (self.breakdown.error if self.breakdown else None)


# -- the report tree (report.tree): what every format of the pack shows, formatted ----------

@model
class MonthFigure:
    """One month of an indicator as the report shows it (`c` where disclosure control hides)."""
    month: str
    label: str  # "August 2014"
    value: str  # formatted, or "c"
    value_raw: float | int | None  # None where hidden or not computed
    numerator: int | str | None  # "c" where hidden
    denominator: int | str | None
    suppressed: bool
    covered: bool


@model
class RawFigures:
    council: float | None
    neighbours: float | None
    region: float | None
    england: float | None


@model
class BenchmarkFigures:
    """The published benchmark, formatted (the unformatted figures in `raw`)."""
    year: int
    measure: str
    council: str
    neighbours: str
    neighbours_n: int
    region: str
    region_name: str
    england: str
    quartile: int | None
    raw: RawFigures
    available: Literal[True] = field(default=True, init=False)


@model
class NoBenchmarkFigures:
    reason: str
    available: Literal[False] = field(default=False, init=False)


@model
class TrendFigures:
    """The published trend, formatted ("not published" where none), unformatted in `raw`."""
    years: tuple[int, ...]
    measure: str
    council: tuple[str, ...]
    neighbours: tuple[str, ...]
    england: tuple[str, ...]
    gap_trend: str | None
    gap: str
    raw: PublishedTrend


@model
class SpcLines:
    mean: float | None
    lower: float | None
    upper: float | None


@model
class SpcStep:
    """A report month's own SPC mean and limits (steps at a rebase), and its rules in words."""
    month: str
    mean: float | None
    lower: float | None
    upper: float | None
    rules: tuple[str, ...]


@model
class EventLabel:
    month: str
    month_label: str
    label: str
    rebase: bool


@model
class IndicatorPage:
    """One indicator as every format of the report shows it."""
    id: str
    name: str
    area: str
    unit: str
    polarity: str
    definition: str
    available: bool
    reason: str | None
    months: tuple[MonthFigure, ...]
    latest: str
    previous: str
    year_ago: str
    target: str  # formatted target, or a neutral indicator's expected range
    target_raw: float | None
    rag: str  # a RAG rating, or "withheld" / "not_available"
    rag_label: str
    rag_shape: str
    rag_basis: str
    benchmark: BenchmarkFigures | NoBenchmarkFigures
    published_trend: TrendFigures | None
    direction: str
    spc_icon: str
    spc_label: str
    assurance_icon: str | None
    spc: SpcLines
    spc_withheld: bool
    special_months: tuple[str, ...]
    spc_points: tuple[SpcStep, ...]
    events: tuple[EventLabel, ...]
    commentary: tuple[str, ...]
    suppressed_any: bool
    judgement_withheld: bool


@model
class Section:
    id: str
    title: str
    indicators: tuple[IndicatorPage, ...]


@model
class CouncilName:
    la_code: str
    name: str


@model
class Unavailable:
    name: str
    reason: str | None


@model
class DataQuality:
    extracted_at: str
    warnings: tuple[str, ...]
    unavailable: tuple[Unavailable, ...]


@model
class Methods:
    attribution: str
    notes: tuple[str, ...]
    spc_icons: dict[str, str]


@model
class ReportTree:
    """Everything the report pack shows, computed once; the renderers only lay it out."""
    title: str
    council: CouncilName
    month: str
    month_label: str
    classification: str
    not_for_publication: bool
    partial_month: bool
    partial_note: str | None
    ratings: dict[str, int]
    generated_on: str
    extracted_at: str
    engine: str
    key_messages: tuple[str, ...]  # the first that may be published, in order
    key_message_indicators: tuple[str | None, ...]  # the indicator of each (None: coverage)
    judgement_withheld: tuple[str, ...]
    summary: tuple[IndicatorPage, ...]
    sections: tuple[Section, ...]
    data_quality: DataQuality
    methods: Methods
    equality: Equality | None = None  # the equality page (None: not computed)


# -- equality: the child's journey by group (judgement.equality) -----------------------------

@model
class EqualityCell:
    """One group at one step over the 12 months to the reporting month. A figure is None where
    it is hidden (`hidden`, open reports) or cannot be worked out (`reason`)."""
    group: str
    count: int | None
    rate: float | None  # per 100 at the step before
    rri: float | None  # relative rate index against the reference group
    ci_low: float | None  # its 95% confidence interval
    ci_high: float | None
    significant: bool | None  # the interval excludes 1
    hidden: bool  # a figure is `c` (disclosure control)
    reason: str | None  # why rate or RRI is missing


@model
class EqualityStep:
    id: str
    name: str  # "Section 47 enquiries"
    indicator: str  # the indicator whose cases it counts
    previous: str | None  # the step before's name (None: the first step)
    total: int | None  # None where hidden
    cells: tuple[EqualityCell, ...]


@model
class GroupShare:
    """A group's share (%) of the referrals whose group is known, beside its share of the
    council's 0-17 population (where the council supplies its population by group)."""
    group: str
    referral_share: float | None  # None where hidden (`hidden`) or no referral is known
    population_share: float
    hidden: bool


@model
class EqualityDimension:
    by: str  # sex / age / ethnicity / disability
    available: bool
    reason: str | None
    reference: str | None  # the reference group of the RRI
    steps: tuple[EqualityStep, ...] = ()
    shares: tuple[GroupShare, ...] = ()  # by ethnicity, where the population is supplied


@model
class Equality:
    """The equality page: each step's rate relative to the step before, by group, with the
    relative rate index, and the facts the cover report states."""
    period: str  # "the 12 months to August 2014"
    dimensions: tuple[EqualityDimension, ...]
    facts: tuple[str, ...]
    population: str  # the 0-17 population share: what it is, or why it is not shown
    method: str


# -- case lists (cases.py): child-level, internal classification only ---------------------------

@model
class Case:
    """One case in an indicator's denominator for the reporting month."""
    person_id: str | None  # the child (None where a case is not a child: a worker's caseload)
    record_id: str | None  # the record that decides it (plan, visit, assessment...), if one
    counted: bool  # in the numerator (for a timeliness indicator: met the standard)
    late: int | None  # how far past the standard (CaseList.late_unit), for a case that missed it
    dates: tuple[str | None, ...]  # ISO dates, in the order of CaseList.date_labels
    team: str | None
    worker: str | None


@model
class CaseList:
    """The cases behind one percentage indicator's figure for one council and month."""
    indicator: str
    name: str
    la_code: str
    month: str
    polarity: str  # high: a case not counted missed the standard; low: a counted case is a concern
    available: bool
    reason: str | None  # why not available
    date_labels: tuple[str, ...]
    late_unit: str | None  # "working days", "calendar days", "hours", "children"; None: no deadline
    allocation: str | None  # why team and worker are not available, None when they are
    cases: tuple[Case, ...] = ()

    @property
    def numerator(self) -> int:
        return sum(c.counted for c in self.cases)

    @property
    def denominator(self) -> int:
        return len(self.cases)


@model
class DueItem:
    """Something due soon after the reporting month's end: a visit, review or assessment."""
    kind: str  # "CP visit", "CLA visit", "CP review", "CLA review", "assessment"
    person_id: str
    record_id: str | None
    due: str  # ISO date
    working_days_left: int  # WD(month end, due)
    team: str | None
    worker: str | None


@model
class CouncilCases:
    la_code: str
    la_name: str | None
    month: str
    due_after: str  # the date the due-soon view looks forward from (default: the month end)
    horizon_wd: int
    lists: tuple[CaseList, ...]
    due_soon: tuple[DueItem, ...]
    due_soon_reason: str | None  # why some due-soon kinds are not available, None when all are
    allocation: str | None  # why team and worker are not available, None when they are
