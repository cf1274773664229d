"""Loads started from the admin page, run in the background so that the page can show their
progress and every other page keeps being served meanwhile.

One load at a time (each is one all-or-nothing transaction). A load runs in a thread on its own
connection to the store file, so the pages go on reading the snapshots held until it commits;
a store with no file (tests' in-memory stores) is loaded on the shared connection, under its lock.
Jobs live in the server's memory, seen only by the admin who started them, and are forgotten an
hour after they finish.
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Callable

KEPT = 60 * 60  # seconds a finished load's outcome stays viewable


@dataclass
class LoadJob:
    id: str
    user: str
    total: int = 0  # extracts found in the upload, once counted
    checked: int = 0  # of which checked so far
    outcome: dict | None = None  # what the page shows, once finished
    finished: float | None = None

    def progress(self, done: int, total: int, what: str) -> None:
        """app.load's progress callback (its `what`, a council code, is not kept)."""
        self.checked, self.total = done, total


@dataclass
class LoadJobs:
    clock: Callable[[], float] = time.monotonic
    _jobs: dict[str, LoadJob] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self, user: str, work: Callable[[LoadJob], dict]) -> LoadJob | None:
        """A new job running work(job) in a thread (its result: the job's outcome), or None
        while another load runs."""
        with self._lock:
            now = self.clock()
            for jid in [j.id for j in self._jobs.values()
                        if j.finished is not None and now - j.finished > KEPT]:
                del self._jobs[jid]
            if any(j.outcome is None for j in self._jobs.values()):
                return None
            job = LoadJob(secrets.token_urlsafe(16), user)
            self._jobs[job.id] = job

        def run() -> None:
            try:
                outcome = work(job)
            except Exception:  # noqa: BLE001 - the page must end; work() logs what it can
                outcome = {"loaded": [], "issues": [], "summary": [],
                           "message": "Nothing was loaded: something went wrong on the server."}
            job.finished = self.clock()
            job.outcome = outcome

        threading.Thread(target=run, name=f"load-{job.id[:6]}", daemon=True).start()
        return job

    def get(self, job_id: str, user: str) -> LoadJob | None:
        """The job, if it is this user's."""
        job = self._jobs.get(job_id)
        return job if job is not None and job.user == user else None
