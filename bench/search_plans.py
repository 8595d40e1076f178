"""Which of the engine's search statements PostgreSQL compiles with JIT or runs with parallel
workers: each query of bench/search.py's sets asked once on its kept PostgreSQL bench database,
every statement the server runs logged with its plan by auto_explain (ANALYZE, sent to this client
as a notice, nothing in the server's log), and per kind the queries and statements whose plan has a
"JIT:" section or a Gather (with the workers planned and launched), and the JIT time they spent.

    .venv/bin/python bench/search_plans.py [--paragraphs 1000000] [--queries 100] [--show 1]
                                           [--set NAME=VALUE ...] [--query WORDS[|BOARD|YEAR] ...]

The server's own settings (jit, jit_above_cost, max_parallel_workers_per_gather, or PGOPTIONS) are
used as they are; `--set NAME=VALUE` changes one for this session first (`--set jit_above_cost=0`
shows what a compiled plan looks like and what its compiling costs, so that a count of 0 is known
to be one the script can tell from another). bench/search.py builds the database; this script only
reads one that is current. It prints figures, it asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import search as bench  # noqa: E402  (bench/search.py: the database, the query sets)

JIT_TIME = re.compile(r"Timing: Generation [\d.]+ ms, Inlining [\d.]+ ms, .*Total ([\d.]+) ms")
WORKERS = re.compile(r"Workers (Planned|Launched): (\d+)")
COST = re.compile(r"\(cost=[\d.]+\.\.([\d.]+) rows=")  # the first is the plan's top node: its total cost


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--paragraphs", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=100, help="queries of each kind")
    ap.add_argument("--show", type=int, default=1, help="plans shown per kind with JIT or a Gather")
    ap.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a server setting for this session first (jit_above_cost=0: shows what a JIT plan looks like)",
    )
    ap.add_argument(
        "--query",
        action="append",
        default=[],
        metavar="WORDS[|BOARD|YEAR]",
        help="instead of the sets, ask these queries (a board and a year after bars) and print every "
        "statement's plan (EXPLAIN ANALYZE, BUFFERS): the slowest of a run, bench/search_tail.py",
    )
    a = ap.parse_args()

    target, gen = bench.replayed("postgres", a.paragraphs)
    bench.setup_django(target)
    from django.db import connection

    from boardwork.search.engine import get_engine, parse
    from boardwork.search.scope import Scope
    from boardwork.search.services import Filters, tag_groups

    engine = get_engine()
    scope = Scope(roles={b: "member" for b in bench.MEMBER_BOARDS})
    sets = bench.query_sets(gen, a.queries, random.Random(7))

    def ask(item):
        q, board, year = item
        f = Filters(boards=[board] if board else [], year_from=year, year_to=year)
        return engine.query(parse(q), tag_groups(scope, f), per_page=20)

    ask(("warmup", None, None))
    plans: list[str] = []
    raw = connection.connection
    raw.add_notice_handler(lambda diag: plans.append(diag.message_primary or ""))
    with connection.cursor() as cur:
        cur.execute(
            "SELECT current_setting('jit'), current_setting('jit_above_cost'), "
            "current_setting('max_parallel_workers_per_gather')"
        )
        print(
            f"{target}; server: jit {{}}, jit_above_cost {{}}, max_parallel_workers_per_gather {{}}".format(
                *cur.fetchone()
            )
        )
        cur.execute("LOAD 'auto_explain'")
        for name, value in (
            ("log_min_duration", "0"),
            ("log_analyze", "on"),
            ("log_buffers", "on"),
            ("log_settings", "on"),
            ("log_nested_statements", "on"),
            ("log_level", "notice"),
        ):
            cur.execute(f"SET auto_explain.{name} = {value}")
        for pair in a.set:
            name, value = pair.split("=", 1)
            cur.execute("SELECT set_config(%s, %s, false)", [name, value])
    plans.clear()
    if a.query:
        for text in a.query:
            q, board, year = (text.split("|") + ["", ""])[:3]
            item = (q, int(board) if board else None, int(year) if year else None)
            # Twice: the first time its rows may come from the operating system's cache, not
            # PostgreSQL's shared buffers; the second is a busy connection's warm case.
            for time_ in ("first", "again"):
                plans.clear()
                ask(item)
                for p in plans:
                    print(f"\n--- {text!r}, {time_} ---\n{p}")
        connection.close()
        return
    for kind, items in sets.items():
        queries_jit = queries_gather = statements = 0
        jit_ms: list[float] = []
        launched: Counter = Counter()
        shown = 0
        costliest = (0.0, "")
        for item in items:
            plans.clear()
            ask(item)
            statements += len(plans)
            jit = [p for p in plans if "JIT:" in p]
            gather = [p for p in plans if "Gather" in p]
            queries_jit += bool(jit)
            queries_gather += bool(gather)
            for p in plans:
                cost = COST.search(p)
                if cost and float(cost.group(1)) > costliest[0]:
                    costliest = (float(cost.group(1)), p)
            for p in jit:
                jit_ms += [float(m) for m in JIT_TIME.findall(p)]
            for p in gather:
                for what, n in WORKERS.findall(p):
                    launched[what] += int(n)
            for p in (jit + gather)[: max(0, a.show - shown)]:
                shown += 1
                print(f"\n--- {kind}: {item[0]!r} ---\n{p}")
        n = len(items)
        print(
            f"\n{kind}: {n} queries, {statements} statements; with JIT: {queries_jit} queries "
            f"({len(jit_ms)} statements, JIT total {sum(jit_ms):.0f} ms, "
            f"mean {sum(jit_ms) / len(jit_ms) if jit_ms else 0:.1f} ms); with a Gather: {queries_gather} "
            f"queries (workers planned {launched['Planned']}, launched {launched['Launched']}); "
            f"costliest plan {costliest[0]:,.0f}: {costliest[1].split(chr(10))[2][:90] if costliest[1].count(chr(10)) > 2 else ''}"
        )
    connection.close()


if __name__ == "__main__":
    main()
