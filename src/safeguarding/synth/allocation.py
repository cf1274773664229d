"""ssd_involvements, ssd_professionals and ssd_department: who works with each referred child.

Drawn from their own random stream, after every other table, so that adding them left the
other tables (and every earlier indicator figure) exactly as they were.
"""

from __future__ import annotations

import numpy as np

from .arrays import numbered
from .dates import DAY_SECONDS, NA
from .tables import Frame, open_after
from .text import blank_where, datetimes, flags, ids, table

TEAMS = ("Assessment North", "Assessment South", "Safeguarding East", "Safeguarding West",
         "Children in Care", "Disabled Children")
CHILDREN_PER_WORKER = 500  # one worker per this many children in the population
UNALLOCATED = 0.03  # share of referral episodes with no involvement recorded
CHANGED = 0.25  # share of episodes whose worker changes part way
AGENCY = 0.15
START_SECOND = 9 * 3600  # involvements start at 09:00


def allocation_tables(f: Frame, rng: np.random.Generator, population: float) -> None:
    ep, c = f.ep, f.cutoff
    n_workers = max(len(TEAMS), round(population / CHILDREN_PER_WORKER))
    worker = np.arange(1, n_workers + 1)
    worker_team = worker % len(TEAMS) + 1
    f.tables["ssd_department"] = table(np.arange(len(TEAMS)), {
        "dept_team_id": np.array([f"T{t:02d}" for t in range(1, len(TEAMS) + 1)], dtype=object),
        "dept_team_name": np.array(TEAMS, dtype=object),
        "dept_team_parent_id": np.full(len(TEAMS), "CSC", dtype=object),
        "dept_team_parent_name": np.full(len(TEAMS), "Children's Social Care", dtype=object)})
    codes = np.array([f"W{w:04d}" for w in worker.tolist()], dtype=object)
    f.tables["ssd_professionals"] = table(worker, {
        "prof_professional_id": codes, "prof_staff_id": ids(worker + 10_000),
        "prof_professional_name": np.array([f"Worker {w}" for w in worker.tolist()], dtype=object),
        "prof_professional_job_title": np.full(n_workers, "Social Worker", dtype=object),
        "prof_professional_department": np.array(TEAMS, dtype=object)[worker_team - 1],
        "prof_agency_worker_flag": flags(rng.random(n_workers) < AGENCY)})

    e = np.nonzero((ep["ref"] <= c) & (rng.random(len(ep["ref"])) >= UNALLOCATED))[0]
    start, close = ep["ref"][e], open_after(ep["close"][e], c)
    last = np.where(close == NA, c, close)
    # A change of worker on a day strictly inside the episode: two involvements.
    changed = (rng.random(len(e)) < CHANGED) & (last - start >= 2)
    change_day = start + 1 + (rng.random(len(e)) * np.maximum(last - start - 1, 1)).astype(np.int64)
    first_end = np.where(changed, change_day, close)
    rows = np.concatenate([e, e[changed]])
    starts = np.concatenate([start, change_day[changed]])
    ends = np.concatenate([first_end, close[changed]])
    who = rng.integers(0, n_workers, len(rows))
    reason = np.concatenate([np.full(len(e), "", dtype=object),
                             np.full(int(changed.sum()), "MANAGE", dtype=object)])
    invo_id = numbered([starts, ep["referral_id"][rows]])
    f.tables["ssd_involvements"] = table(invo_id, {
        "invo_involvements_id": ids(invo_id), "invo_person_id": f.person[rows],
        "invo_professional_id": codes[who],
        "invo_professional_role_id": np.full(len(rows), "Allocated Case Worker", dtype=object),
        "invo_professional_team": np.array([f"T{t:02d}" for t in range(1, len(TEAMS) + 1)],
                                           dtype=object)[worker_team[who] - 1],
        "invo_involvement_start_date": datetimes(starts * DAY_SECONDS + START_SECOND),
        "invo_involvement_end_date": blank_where(ends == NA, datetimes(
            np.where(ends == NA, 0, ends) * DAY_SECONDS + START_SECOND)),
        "invo_worker_change_reason": reason,
        "invo_referral_id": ids(ep["referral_id"][rows])})
