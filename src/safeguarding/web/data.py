"""What the web pages show, from the same calls as `safeguarding report`: `app.run_indicators`
(with the equality page), the pack's note on revised figures and `report.tree.build_tree` (with
its disclosure control) for the figures, `cases.run_cases` for the case lists; with the policy,
targets, events and report settings the server was started with. One store connection, used by
one request at a time."""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from .. import app
from ..cases import percentage_indicators, run_cases
from ..judgement.events import Event, load_events
from ..judgement.targets import Target, load_targets
from ..policy import Policy, load_policy
from ..report.settings import ReportSettings, load_report_settings
from ..report.tree import build_tree
from ..results import CaseList, ReportTree
from ..revisions import with_report_notes
from ..store import Store

# Councils' months of results kept, and of report trees (one per classification): the store
# does not change while it is served, and a tree takes far longer to build (its notes on revised
# figures, disclosure control, labels) than a page to render from it.
CACHED = 24


@dataclass(frozen=True)
class Settings:
    """The council's settings, as `safeguarding report` takes them (the shipped defaults unless
    `serve` was given files)."""
    policy: Policy = field(default_factory=load_policy)
    targets: dict[str, Target] = field(default_factory=load_targets)
    events: list[Event] = field(default_factory=load_events)
    report: ReportSettings = field(default_factory=load_report_settings)


def _bound(cache: OrderedDict, size: int) -> None:
    """Drop the oldest entries past `size`."""
    while len(cache) > size:
        cache.popitem(last=False)


class Reports:
    def __init__(self, store: Store, settings: Settings | None = None):
        self.store = store
        self.settings = settings or Settings()
        self.lock = threading.RLock()  # a DuckDB connection serves one query at a time
        self._results: OrderedDict[tuple[str, dt.date], app.CouncilIndicators] = OrderedDict()
        self._trees: OrderedDict[tuple[str, dt.date, str], ReportTree] = OrderedDict()
        with self.lock:
            self._councils = {c["la_code"]: c for c in store.councils()}

    def reload(self) -> None:
        """After a load: each council's latest snapshot selected again (a load on another
        connection selects on that one only), and nothing computed from the old snapshots."""
        with self.lock:
            self.store.select()
            self._results.clear()
            self._trees.clear()
            self._councils = {c["la_code"]: c for c in self.store.councils()}

    def councils(self) -> dict[str, dict]:
        return self._councils

    def default_month(self, la_code: str) -> dt.date:
        return app.latest_complete_month(self._councils[la_code]["extracted_at"])

    def tree(self, la_code: str, month: dt.date, classification: str) -> ReportTree:
        """The report tree the pack of this council and month is rendered from (RunError,
        StoreError: a month that cannot be reported)."""
        with self.lock:
            key = (la_code, month, classification)
            if key not in self._trees:
                self._trees[key] = self._build_tree(la_code, month, classification)
                _bound(self._trees, 2 * CACHED)
            return self._trees[key]

    def _build_tree(self, la_code: str, month: dt.date, classification: str) -> ReportTree:
        key = (la_code, month)
        s = self.settings
        if key not in self._results:
            [self._results[key]] = app.run_indicators(
                self.store, month, la_codes=[la_code], policy=s.policy, targets=s.targets,
                events=s.events, equality=True)
            _bound(self._results, CACHED)
        [noted] = with_report_notes([self._results[key]], self.store, s.policy, classification)
        return build_tree(noted, classification)

    def case_list(self, la_code: str, month: dt.date, indicator: str) -> CaseList:
        with self.lock:
            [council] = run_cases(self.store, month, ids=[indicator], la_codes=[la_code],
                                  policy=self.settings.policy)
        [cases] = council.lists
        return cases

    @staticmethod
    def has_cases(indicator: str) -> bool:
        return indicator in {i.id for i in percentage_indicators()}
