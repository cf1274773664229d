"""What the web pages show, from the same calls as the pack: `app.run_indicators` and
`report.tree.build_tree` (with its disclosure control) for the figures, `cases.run_cases` for
the case lists. One store connection, used by one request at a time."""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict

from .. import app
from ..cases import percentage_indicators, run_cases
from ..report.tree import build_tree
from ..results import CaseList, ReportTree
from ..store import Store

CACHED = 24  # councils' months of results kept (the store does not change while served)


class Reports:
    def __init__(self, store: Store):
        self.store = store
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
        with self.lock:
            if key not in self._results:
                [self._results[key]] = app.run_indicators(self.store, month, la_codes=[la_code])
                while len(self._results) > CACHED:
                    self._results.popitem(last=False)
            return build_tree(self._results[key], classification)

    def case_list(self, la_code: str, month: dt.date, indicator: str) -> CaseList:
        with self.lock:
            [council] = run_cases(self.store, month, ids=[indicator], la_codes=[la_code])
        [cases] = council.lists
        return cases

    @staticmethod
    def has_cases(indicator: str) -> bool:
        return indicator in {i.id for i in percentage_indicators()}
