"""Compose quality: how much of what officers recorded reaches each paper, for the quick-entry year
(tests/data/quick-entry-2023-24.json, 2023/24) and the demo board (2021/22, 2020/21).

    .venv/bin/python bench/compose_quality.py

For each paper (end of year, work plan, performance at the latest quarter) the share of recorded
outcomes, reach figures, partners, policies, dates (month) and commitments that it states — an
activity's facts count when a block carrying the activity's ref states them; paragraphs per
activity (end of year); blocks with sources (refs, each described in `Paper.ref_info`); figures
and months that are not recorded values; and overprinted words in the performance PDF (word boxes
from pdfplumber that overlap another word's). The database is SQLite in a temporary folder. A
script printing figures, not a test; the last lines are a compact summary.
"""

from __future__ import annotations

import io
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT / "tests" / "data" / "quick-entry-2023-24.json"


def setup() -> None:
    tmp = tempfile.mkdtemp(prefix="bw-bench-compose-")
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "boardwork.settings",
            "BOARDWORK_DATA_DIR": tmp,
            "DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3",
            "BOARDWORK_PAGE_CACHE": "0",
        }
    )
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def block_texts(doc) -> dict[str, str]:
    """ref → the text of every block that carries it."""
    from boardwork.papers.document import Table

    out: dict[str, list[str]] = {}
    for b in doc.blocks:
        text = " ".join(" ".join(r) for r in b.rows) if isinstance(b, Table) else b.text
        for r in b.refs:
            out.setdefault(r, []).append(text)
    return {r: " ".join(v) for r, v in out.items()}


def shares(doc, board, cycle) -> dict[str, tuple[int, int]]:
    """(stated, recorded) per kind of fact."""
    from boardwork.activities.models import Activity
    from boardwork.papers.compose import narrative as n
    from boardwork.papers.compose.records import year_activities
    from boardwork.plans.models import Commitment, Review

    texts = block_texts(doc)
    got = {k: [0, 0] for k in ("outcomes", "reach", "partners", "policies", "dates", "commitments")}
    acts = year_activities(board, cycle).prefetch_related("organisation_links__organisation", "policies")
    for a in acts:
        t = texts.get(a.ref, "")
        tl = t.lower()
        if a.outcome:
            got["outcomes"][1] += 1
            # Every word of the outcome (a log note gets an article or "was" added; "X to share" is
            # written "X was to share").
            words = [
                w
                for w in re.findall(r"[\w'’-]+", n.expand_shorthand(a.outcome))
                if w.lower() not in ("to", "a", "the")
            ]
            got["outcomes"][0] += all(re.search(rf"\b{re.escape(w)}\b", t, re.I) for w in words)
        if a.reach:
            got["reach"][1] += 1
            got["reach"][0] += _reach_stated(a, acts, texts)
        for link in a.organisation_links.all():
            if link.role != "partner":
                continue
            o = link.organisation
            names = [o.name, o.acronym, *(o.aliases or []), *(n.expand_shorthand(x) for x in o.aliases or [])]
            got["partners"][1] += 1
            got["partners"][0] += any(x and x.lower() in tl for x in names)
        stages = a.policy_stages or {}
        for p in a.policies.all():
            title = (stages.get(str(p.uid)) or {}).get("title") or p.title
            got["policies"][1] += 1
            got["policies"][0] += title.lower() in tl
        if a.date:
            got["dates"][1] += 1
            got["dates"][0] += n.MONTHS[a.date.month - 1] in t
    for c in Commitment.objects.filter(theme__cycle=cycle, review=Review.ACCEPTED):
        got["commitments"][1] += 1
        got["commitments"][0] += c.ref in texts
    del Activity
    return {k: (v[0], v[1]) for k, v in got.items()}


def _reach_stated(a, acts, texts: dict[str, str]) -> bool:
    """The activity's figure is in a block carrying it — or, for near-duplicate entries of one event
    (another entry a day or two apart in the same block), the other entry's figure is: the paper
    gives one event one figure."""

    def stated(x, t: str) -> bool:
        nums = re.findall(r"\d+", x.reach or "")
        return bool(nums) and all(re.search(rf"\b{d}\b", t) for d in nums)

    t = texts.get(a.ref, "")
    if stated(a, t):
        return True
    return any(
        b.pk != a.pk
        and b.reach
        and a.date
        and b.date
        and abs((a.date - b.date).days) <= 2
        and b.ref in texts
        and stated(b, t)
        for b in acts
    )


def overprinted_words(pdf: bytes) -> tuple[int, int]:
    """(words with a character printed over another character, all words). Characters are compared,
    not words: pdfplumber joins overlapping characters into one "word", hiding the overprint."""
    import pdfplumber

    bad = total = 0
    with pdfplumber.open(io.BytesIO(pdf)) as p:
        for page in p.pages:
            chars = [c for c in page.chars if c["text"].strip()]
            hit: set[int] = set()
            order = sorted(range(len(chars)), key=lambda i: (round(chars[i]["top"]), chars[i]["x0"]))
            for k, i in enumerate(order):
                a = chars[i]
                for j in order[k + 1 : k + 40]:
                    b = chars[j]
                    h = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
                    if h < 0.5 * min(a["bottom"] - a["top"], b["bottom"] - b["top"]):
                        continue
                    w = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
                    narrow = min(a["x1"] - a["x0"], b["x1"] - b["x0"])
                    if narrow > 0 and w > 0.4 * narrow:
                        hit |= {i, j}
            words = page.extract_words()
            total += len(words)
            by_line: dict[int, list[dict]] = {}
            for i in hit:
                by_line.setdefault(round(chars[i]["top"]), []).append(chars[i])
            for w in words:
                near = [c for t in (-1, 0, 1) for c in by_line.get(round(w["top"]) + t, [])]
                if any(w["x0"] - 0.5 <= c["x0"] and c["x1"] <= w["x1"] + 0.5 for c in near):
                    bad += 1
    return bad, total


def sources(doc) -> tuple[int, int]:
    from boardwork.papers.document import Heading

    body = [b for b in doc.blocks if not isinstance(b, Heading)]
    ok = sum(1 for b in body if b.refs and all(r in doc.ref_info for r in b.refs))
    return ok, len(body)


def unrecorded(doc, board, cycle) -> int:
    """Figures and months in the paper that no record of the board holds."""
    from boardwork.activities.models import Activity, Organisation, Policy
    from boardwork.boards.models import AgendaItem, Meeting
    from boardwork.papers.compose import narrative as n
    from boardwork.papers.compose.common import DEFAULT_WORDING
    from boardwork.papers.document import Table
    from boardwork.plans.models import Commitment, Feedback, ProgressUpdate

    parts = [board.name, *DEFAULT_WORDING.values(), *(c.label for c in board.cycles.all())]
    for a in Activity.objects.filter(board=board):
        parts += [a.title, a.text, a.outcome, a.reach, a.date_display, str(a.date or "")]
        parts += [f"{s.get('title', '')} {s.get('stage', '')}" for s in (a.policy_stages or {}).values()]
    for c in Commitment.objects.filter(theme__cycle__board=board).select_related("owner"):
        parts += [c.title, c.delay_reason, c.owner_display, str(c.due or "")]
        if c.due:
            parts.append(f"{c.due.day} {n.MONTHS[c.due.month - 1]} {c.due.year}")
    parts += [u.commentary for u in ProgressUpdate.objects.filter(commitment__theme__cycle__board=board)]
    parts += [f.text for f in Feedback.objects.filter(cycle__board=board)]
    for m in Meeting.objects.filter(board=board):
        parts.append(f"{m.date.day} {n.MONTHS[m.date.month - 1]} {m.date.year}")
    parts += [i.title for i in AgendaItem.objects.filter(meeting__board=board)]
    parts += [f"{o.name} {o.acronym} {' '.join(o.aliases or [])}" for o in Organisation.objects.all()]
    parts += [f"{p.title} {p.stage}" for p in Policy.objects.all()]
    # Figures the papers compute from the records (counts of commitments by state and rating,
    # quarter numbers) are not recorded values but are not invented either.
    from collections import Counter

    cs = list(Commitment.objects.filter(theme__cycle=cycle).prefetch_related("updates"))
    derived = {len(cs), *Counter(c.state for c in cs).values(), 1, 2, 3, 4}
    for q in (1, 2, 3, 4):
        latest = [
            max((u for u in c.updates.all() if u.quarter <= q), key=lambda u: u.quarter, default=None)
            for c in cs
        ]
        derived |= set(Counter(u.rag if u else None for u in latest).values())
    parts.append(" ".join(str(x) for x in sorted(derived)))
    corpus = "\n".join(x for x in parts if x)
    bad = 0
    for b in doc.blocks:
        if isinstance(b, Table):
            if b.header == ["Rating", "Commitments"]:
                continue  # counts
            texts = [c for r in b.rows for c in r]
        else:
            texts = [b.text]
        for t in texts:
            bad += len(n.unrecorded_values(t, corpus))
    return bad


def measure(
    label: str, board, cycle, plan_cycle, quarter: int | None, results: list, pdf: bool = True
) -> None:
    from boardwork.papers import compose
    from boardwork.papers.document import Paragraph
    from boardwork.papers.services import house_style
    from boardwork.papers.writers import write

    style = house_style(board)
    q = quarter or compose.latest_quarter(cycle)
    t0 = time.perf_counter()
    papers = {
        "end-of-year": compose.end_of_year(board, cycle, style),
        "work-plan": compose.work_plan(board, plan_cycle, style),
        f"performance Q{q}": compose.performance(board, cycle, q, style),
    }
    t_compose = time.perf_counter() - t0
    eoy = papers["end-of-year"]
    n_acts = len({r for b in eoy.blocks for r in b.refs if r.startswith("activity:")})
    paras = sum(
        1 for b in eoy.blocks if isinstance(b, Paragraph) and any(r.startswith("activity:") for r in b.refs)
    )
    t1 = time.perf_counter()
    over, words = overprinted_words(write(papers[f"performance Q{q}"], "pdf", style)) if pdf else (0, 0)
    t_pdf = time.perf_counter() - t1
    print(f"\n== {label}: {board.name} {cycle.label} (work plan {plan_cycle.label}) ==")
    print(f"compose 3 papers {t_compose:.2f} s; performance PDF written and read {t_pdf:.2f} s")
    print(
        f"{'paper':16} {'outcomes':>9} {'reach':>9} {'partners':>9} {'policies':>9} {'dates':>9} {'commits':>9} {'sources':>9} {'unrec':>6}"
    )
    row = {}
    for name, doc in papers.items():
        doc_cycle = plan_cycle if name == "work-plan" else cycle
        s = shares(doc, board, doc_cycle)
        src = sources(doc)
        bad = unrecorded(doc, board, cycle)

        def f(k, s=s):
            a, b = s[k]
            return f"{a}/{b}" if b else "–"

        print(
            f"{name:16} {f('outcomes'):>9} {f('reach'):>9} {f('partners'):>9} {f('policies'):>9} {f('dates'):>9} "
            f"{f('commitments'):>9} {f'{src[0]}/{src[1]}':>9} {bad:>6}"
        )
        row[name] = (s, src, bad)
    print(
        f"end of year: {paras} paragraphs for {n_acts} activities ({paras / max(1, n_acts):.2f} a activity)"
    )
    fb = next(
        (b for b in papers["work-plan"].blocks if getattr(b, "header", None) == ["You said", "We propose"]),
        None,
    )
    if fb is not None:
        answered = sum(1 for r in fb.rows if r[1] != "Not yet answered in this plan")
        print(f"work plan: feedback answered {answered} of {len(fb.rows)} (you said / we propose)")
    longest = max(
        (
            len(b.text.split())
            for b in eoy.blocks
            if isinstance(b, Paragraph) and any(r.startswith("activity:") for r in b.refs)
        ),
        default=0,
    )
    print(f"end of year: longest narrative paragraph {longest} words")
    print(f"performance PDF: {over} of {words} words overprinted" if pdf else "performance PDF: not written")
    results.append((label, row, paras, n_acts, over, words))


def pct(pair) -> str:
    a, b = pair
    return f"{100 * a / b:.0f}%" if b else "–"


def main() -> None:
    start = time.perf_counter()
    setup()
    from django.core.management import call_command

    from boardwork.boards.models import Board
    from boardwork.boards.quickentry import load_quick_entry

    results: list = []
    # The demo first: organisations are shared by all boards, and the demo's backup brings its own.
    t = time.perf_counter()
    call_command("demo", stdout=open(os.devnull, "w"))
    print(f"demo loaded in {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    qe = load_quick_entry(DATA)
    print(f"quick-entry year loaded in {time.perf_counter() - t:.1f} s")
    # The work plan is the next year's: 2024/25 rolled over, four of five feedback items answered.
    from boardwork.papers.tests.next_year import plan_next_year

    nxt = plan_next_year(qe)["cycle"]
    measure("quick-entry", qe["board"], qe["cycle"], nxt, 4, results)
    demo = Board.objects.get(slug="sscb")
    y21, y22 = demo.cycles.get(label="2020/21"), demo.cycles.get(label="2021/22")
    measure("demo 2021/22", demo, y22, y22, 2, results)
    measure("demo 2020/21", demo, y21, y22, None, results, pdf=False)

    print("\n-- summary (end of year report: stated/recorded; performance PDF overprint) --")
    for label, row, paras, n_acts, over, words in results:
        s, src, bad = row["end-of-year"]
        print(
            f"{label:13} outcomes {pct(s['outcomes'])} reach {pct(s['reach'])} partners {pct(s['partners'])} "
            f"policies {pct(s['policies'])} dates {pct(s['dates'])} commitments {pct(s['commitments'])} | "
            f"{paras}/{n_acts} para/act | sources {pct(src)} | unrecorded {bad} | overprint {over}/{words}"
        )
    print(f"total {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
