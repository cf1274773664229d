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

CACHED = 24  # councils' months of results kept (the store does not change while served)


@dataclass(frozen=True)
class Settings:
    """The council's settings, as `safeguarding report` takes them (the shipped defaults unless
    `serve` was given files)."""
    policy: Policy = field(default_factory=load_policy)
    targets: dict[str, Target] = field(default_factory=load_targets)
    events: list[Event] = field(default_factory=load_events)
    report: ReportSettings = field(default_factory=load_report_settings)


class Reports:
    def __init__(self, store: Store, settings: Settings | None = None):
        self.store = store
        self.settings = settings or Settings()
        self.lock = threading.RLock()  # a DuckDB connection serves one query at a time
        self._results: OrderedDict[tuple[str, dt.date], app.CouncilIndicators] = OrderedDict()
        with self.lock:
            self._councils = {c["la_code"]: c for c in store.councils()}

    def councils(self) -> dict[str, dict]:
        return self._councils

    def default_month(self, la_code: str) -> dt.date:
        return app.latest_complete_month(self._councils[la_code]["extracted_at"])

    def tree(self, la_code: str, month: dt.date, classification: str) -> ReportTree:
        """The report tree the pack of this council and month is rendered from (RunError,
        StoreError: a month that cannot be reported)."""
        key = (la_code, month)
        s = self.settings
        with self.lock:
            if key not in self._results:
                [self._results[key]] = app.run_indicators(
                    self.store, month, la_codes=[la_code], policy=s.policy, targets=s.targets,
                    events=s.events, equality=True)
                while len(self._results) > CACHED:
                    self._results.popitem(last=False)
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
