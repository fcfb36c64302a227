"""Latency of the work page and the facts API at 1,000,000 facts (``make bench-web``).

    python bench/web.py --seed SEED_URL [--facts 1000000] [--requests 1000] [--concurrency 2]

Builds (once, then reuses) a knowledge base of ``--facts`` facts synthesised from the
seed's facts under new document ids (``bench/synth.py``), starts ``marquee serve`` on a
free loopback port, and drives it with a bounded httpx async load: a fixed number of
requests per target, at most ``--concurrency`` in flight, after a warm-up. Targets: the
page of the work with the most facts, and ``/api/facts`` of that work at spread-out
offsets. Prints p50/p95/p99 (ms), errors and requests/s per target; the last line is the
work page's p95. Results also go to ``bench/results/web.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import synthesise  # noqa: E402

from marquee.kb import KnowledgeBase  # noqa: E402
from marquee.kb.models import FactGroup, FactRow  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
WARMUP = 50


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def prepare(seed: str, facts: int) -> tuple[str, int, int]:
    """The bench KB's URL (built if missing), its fact count and its biggest work."""
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"web-{facts}.db"
    url = f"sqlite:///{path}"
    if not path.exists():
        print("building", path, synthesise(seed, url, facts), flush=True)
    with KnowledgeBase(url) as kb, kb.session() as session:
        total = session.scalar(select(func.count()).select_from(FactRow)) or 0
        biggest = session.execute(
            select(FactGroup.work_entity_id, func.sum(FactGroup.sources))
            .where(FactGroup.work_entity_id.is_not(None))
            .group_by(FactGroup.work_entity_id)
            .order_by(func.sum(FactGroup.sources).desc())
            .limit(1)
        ).one()
    return url, total, int(biggest[0])


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


async def drive(base: str, paths: list[str], concurrency: int) -> dict[str, Any]:
    """Request every path once, ``concurrency`` at a time; latencies and errors."""
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    latencies: list[float] = []
    errors = 0
    gate = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:

        async def one(path: str) -> None:
            nonlocal errors
            async with gate:
                started = time.perf_counter()
                try:
                    response = await client.get(path)
                    if response.status_code != 200:
                        errors += 1
                except httpx.HTTPError:
                    errors += 1
                latencies.append((time.perf_counter() - started) * 1000)

        for path in paths[:WARMUP]:
            await one(path)
        latencies.clear()
        errors = 0
        started = time.perf_counter()
        await asyncio.gather(*(one(p) for p in paths))
        seconds = time.perf_counter() - started
    return {
        "requests": len(paths),
        "errors": errors,
        "p50_ms": round(percentile(latencies, 50), 1),
        "p95_ms": round(percentile(latencies, 95), 1),
        "p99_ms": round(percentile(latencies, 99), 1),
        "per_s": round(len(paths) / seconds, 1),
    }


def serve(url: str, port: int) -> subprocess.Popen[bytes]:
    marquee = Path(sys.executable).with_name("marquee")
    command = [str(marquee), "serve", "--db", url, "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", required=True)
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=2)
    args = parser.parse_args()
    url, total, work = prepare(args.seed, args.facts)
    port = free_port()
    process = serve(url, port)
    try:
        base = f"http://127.0.0.1:{port}"
        work_pages = [f"/works/{work}"] * args.requests
        facts_api = [f"/api/facts?work={work}&limit=20&offset={(i * 7) % 40}"
                     for i in range(args.requests)]
        results = {
            "work page": asyncio.run(drive(base, work_pages, args.concurrency)),
            "facts API": asyncio.run(drive(base, facts_api, args.concurrency)),
        }
    finally:
        process.terminate()
        process.wait(10)
    print(f"knowledge base: {total} facts, work #{work}; {args.requests} requests per target, "
          f"{args.concurrency} in flight, {os.cpu_count()} CPUs")
    for name, r in results.items():
        print(f"{name:10} p50 {r['p50_ms']:6.1f} ms  p95 {r['p95_ms']:6.1f} ms  "
              f"p99 {r['p99_ms']:6.1f} ms  errors {r['errors']}  {r['per_s']} req/s")
    record = {"facts": total, "work": work, "concurrency": args.concurrency,
              "machine": platform.machine(), "cpus": os.cpu_count(), "results": results}
    (RESULTS / "web.json").write_text(json.dumps(record, indent=2))
    print(f"work page p95 {results['work page']['p95_ms']} ms")


if __name__ == "__main__":
    main()
