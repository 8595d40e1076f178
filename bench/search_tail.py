"""Which queries make a kind's tail: reads the rows `bench/search.py --per-query FILE` wrote and,
per run and kind, splits the slowest 5% from the rest.

    .venv/bin/python bench/search_tail.py FILE [--runs RUN,RUN…] [--top 5]

For each run (a bench/search.py invocation: its start time, engine, clients) and kind it prints
p50/p95 and where the wall time of the slowest 5% (the queries at or above the p95) and of the
rest went: the client thread's CPU, its wait for a core, the server backend's CPU and its wait
for a core, and what is left (the GIL held by another thread, the round trips); the blocks the
backend read into its shared buffers (not found there: from the operating system); how many of them
were their thread's first query on its connection (`nth` 0: a new connection's first statements
are prepared and planned, and the backend's caches are empty), and the slowest queries with the
statement that took longest. Then, for the runs given (default: all), whether the slowest 5% are
the same queries from one run to the next: how many of a run's tail are in another's, and the rank
correlation of each query's wall time, and of its CPU (client and server), between them. A
script printing figures, not a test.
"""

from __future__ import annotations

import argparse
import csv
import statistics
from collections import defaultdict

STAGES = ("terms", "window", "all", "rest", "rank", "title", "page", "stats", "other")


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=values.__getitem__)
    out = [0.0] * len(values)
    for r, i in enumerate(order):
        out[i] = float(r)
    return out


def spearman(a: list[float], b: list[float]) -> float:
    if len(a) < 3:
        return float("nan")
    return statistics.correlation(ranks(a), ranks(b))


def parts(rows: list[dict]) -> str:
    """Mean ms of the wall's parts over `rows`."""

    def mean(field):
        return statistics.mean(float(r[field]) for r in rows)

    wall, cpu, runq = mean("wall_ms"), mean("cpu_ms"), mean("runq_ms")
    srv, srv_runq = mean("srv_cpu_ms"), mean("srv_runq_ms")
    left = wall - cpu - runq - srv - srv_runq
    first = sum(1 for r in rows if r["nth"] == "0")
    reads = statistics.mean(int(r.get("srv_reads") or 0) for r in rows)
    return (
        f"wall {wall:6.1f} = client cpu {cpu:4.1f} + wait {runq:5.1f} | server cpu {srv:4.1f} + wait "
        f"{srv_runq:5.1f} | rest {left:5.1f}; blocks read {reads:.0f}; first on connection {first}/{len(rows)}"
    )


def cpu_of(r: dict) -> float:
    return float(r["cpu_ms"]) + float(r["srv_cpu_ms"])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file")
    ap.add_argument("--runs", help="the runs to compare (their `run` column), comma-separated; default all")
    ap.add_argument("--top", type=int, default=5, help="slowest queries shown per run and kind")
    a = ap.parse_args()
    with open(a.file, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    by_run: dict[tuple, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        by_run[(r["run"], r["engine"], r["clients"])][r["kind"]].append(r)
    wanted = set(a.runs.split(",")) if a.runs else None
    runs = [k for k in by_run if wanted is None or k[0] in wanted]
    tails: dict[tuple, dict[str, set]] = {}
    for run in runs:
        kinds = by_run[run]
        load = next(iter(kinds.values()))[0]["load1"]
        print(f"\n== run {run[0]}, engine {run[1]}, {run[2]} clients (load {load}) ==")
        tails[run] = {}
        for kind, qs in kinds.items():
            walls = [float(r["wall_ms"]) for r in qs]
            p95 = pct(walls, 95)
            slow = [r for r in qs if float(r["wall_ms"]) >= p95]
            rest = [r for r in qs if float(r["wall_ms"]) < p95]
            tails[run][kind] = {r["query"] + "|" + r["board"] + "|" + r["year"] for r in slow}
            print(f"  {kind}: n {len(qs)}, p50 {pct(walls, 50):.1f}, p95 {p95:.1f} ms")
            print(f"    slowest {len(slow):>3}: {parts(slow)}")
            if rest:
                print(f"    the rest {len(rest):>3}: {parts(rest)}")
            for r in sorted(qs, key=lambda r: -float(r["wall_ms"]))[: a.top]:
                stage = max(STAGES, key=lambda s: float(r[f"{s}_ms"]))
                print(
                    f"      {float(r['wall_ms']):6.1f} ms {r['query'][:40]!r:<42} nth {r['nth']:>2}, total "
                    f"{r['total']:>5}, cpu {float(r['cpu_ms']):.1f}+{float(r['srv_cpu_ms']):.1f}, waits "
                    f"{float(r['runq_ms']):.1f}+{float(r['srv_runq_ms']):.1f}, reads {r.get('srv_reads', '?')}, "
                    f"running {r['running']}, "
                    f"longest {stage} {float(r[f'{stage}_ms']):.1f} (server {float(r[f'{stage}_srv_ms']):.1f})"
                )
    if len(runs) < 2:
        return
    print("\n== the same queries in the tail? (a run's slowest 5% found in the other's; rank correlation")
    print("   of each query's wall time and of its CPU, client and server) ==")
    for i, one in enumerate(runs):
        for other in runs[i + 1 :]:
            print(
                f"  {one[0]} ({one[2]} clients, {one[1]}) against {other[0]} ({other[2]} clients, {other[1]})"
            )
            for kind in by_run[one]:
                if kind not in by_run[other]:
                    continue
                mine = {r["query"] + "|" + r["board"] + "|" + r["year"]: r for r in by_run[one][kind]}
                theirs = {r["query"] + "|" + r["board"] + "|" + r["year"]: r for r in by_run[other][kind]}
                both = sorted(set(mine) & set(theirs))
                shared = len(tails[one][kind] & tails[other][kind])
                rho_wall = spearman(
                    [float(mine[k]["wall_ms"]) for k in both], [float(theirs[k]["wall_ms"]) for k in both]
                )
                rho_cpu = spearman([cpu_of(mine[k]) for k in both], [cpu_of(theirs[k]) for k in both])
                print(
                    f"    {kind:<28} tail in common {shared}/{len(tails[one][kind])}; "
                    f"rank correlation wall {rho_wall:.2f}, cpu {rho_cpu:.2f}"
                )


if __name__ == "__main__":
    main()
