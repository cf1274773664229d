"""The web view under load: 50 signed-in readers loading the county's dashboard for 60 seconds.

    .venv/bin/python benchmarks/web_load.py [--readers 50] [--seconds 60] [--population 36000]

Generates the synthetic county of benchmarks/county.py, loads it into a store file with one
reader account per simulated reader, starts the real server (`safeguarding serve`, one uvicorn
process) on loopback, signs every reader in (each its own session, through the sign-in form and
its CSRF token), loads the dashboard once to warm the server (the first request computes the
month), then has every reader load the dashboard again and again for the given seconds. Prints
the errors (any status but 200, or a failed request), the median and 95th percentile latency,
the requests per second and the machine's load average. Exits non-zero on any error.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from common import ROOT, machine

from safeguarding import app
from safeguarding.store import Store
from safeguarding.synth import write_synthetic_extract
from safeguarding.web import accounts

PASSWORD = "load test password 1"
DASHBOARD = "/c/884/"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_store(folder: Path, population: int, readers: int) -> Path:
    write_synthetic_extract(folder / "x", la_code="884", la_name="Synthetic", population=population,
                            start="2009-09", end="2014-08", seed=1)
    path = folder / "store.duckdb"
    store = Store(path)
    try:
        app.load(folder / "x", store)
        accounts.ensure_schema(store.con)
        for n in range(readers):
            accounts.add_user(store.con, f"reader{n}", PASSWORD, "reader", teams=[],
                              councils=["884"])
    finally:
        store.close()
    return path


async def sign_in(client: httpx.AsyncClient, name: str) -> None:
    page = await client.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    r = await client.post("/login", data={"username": name, "password": PASSWORD, "csrf": token,
                                          "next": DASHBOARD})
    assert r.status_code == 303, f"sign-in of {name}: {r.status_code}"


async def reader(client: httpx.AsyncClient, until: float, latencies: list[float],
                 errors: list[str]) -> None:
    while time.monotonic() < until:
        t = time.perf_counter()
        try:
            r = await client.get(DASHBOARD)
            if r.status_code != 200 or "Synthetic (884)" not in r.text:
                errors.append(f"status {r.status_code}")
        except httpx.HTTPError as exc:
            errors.append(type(exc).__name__)
        latencies.append(time.perf_counter() - t)


async def load(base: str, readers: int, seconds: float) -> dict:
    limits = httpx.Limits(max_connections=1)  # each reader one connection, as a browser tab
    clients = [httpx.AsyncClient(base_url=base, timeout=120, limits=limits) for _ in range(readers)]
    try:
        for n, c in enumerate(clients):  # one at a time: the server hashes each password
            await sign_in(c, f"reader{n}")
        t = time.perf_counter()
        first = await clients[0].get(DASHBOARD)
        cold = time.perf_counter() - t
        assert first.status_code == 200, first.status_code
        latencies: list[float] = []
        errors: list[str] = []
        start = time.monotonic()
        await asyncio.gather(*(reader(c, start + seconds, latencies, errors) for c in clients))
        elapsed = time.monotonic() - start
    finally:
        await asyncio.gather(*(c.aclose() for c in clients))
    latencies.sort()
    return {"cold": cold, "requests": len(latencies), "errors": errors, "elapsed": elapsed,
            "median": statistics.median(latencies),
            "p95": latencies[int(0.95 * (len(latencies) - 1))]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--readers", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--population", type=int, default=36_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = build_store(Path(tmp), args.population, args.readers)
        port = free_port()
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
        server = subprocess.Popen(
            [sys.executable, "-m", "safeguarding.cli", "serve", str(db), "--port", str(port),
             "--insecure-cookies"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    httpx.get(f"{base}/login", timeout=2)
                    break
                except httpx.HTTPError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise SystemExit("the server did not start") from None
                    time.sleep(0.2)
            load_before = os.getloadavg()
            result = asyncio.run(load(base, args.readers, args.seconds))
            load_after = os.getloadavg()
        finally:
            server.terminate()
            server.wait(30)
    print(f"Machine: {machine()} (shared with other work)")
    print(f"Load average (1, 5, 15 min) before: {' '.join(f'{x:.2f}' for x in load_before)}; "
          f"after: {' '.join(f'{x:.2f}' for x in load_after)}")
    print(f"{args.readers} readers, {args.seconds:.0f} s; first dashboard (computes the month): "
          f"{result['cold']:.2f} s")
    print(f"requests: {result['requests']:,}, errors: {len(result['errors'])}, "
          f"{result['requests'] / result['elapsed']:.1f} requests/s")
    print(f"latency: median {result['median'] * 1000:.0f} ms, "
          f"95th percentile {result['p95'] * 1000:.0f} ms")
    if result["errors"]:
        print(f"errors: {sorted(set(result['errors']))}")
        raise SystemExit(1)


if __name__ == "__main__":
    main()
