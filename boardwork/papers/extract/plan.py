"""The next cycle's work plan: a two-column "priority | activity" table, or bullets under a
next-year heading ("Priorities for 2024/25")."""

from __future__ import annotations

import re

from ...lib.cycles import cycles_in, format_cycle
from ..document import Heading, ListItem, Paper, Table, clean
from ..extraction import Plan, PlanTheme
from .dates import Cycle
from .text import cap_first

_PLAN_THEME_HDR = re.compile(r"priorit|theme|area|objective|outcome|goal|ambition|aim\b", re.I)
_PLAN_ACT_HDR = re.compile(
    r"activit|action|commitment|workstream|deliverable|task|what we will|proposed|plan|work", re.I
)
_BULLET = re.compile(r"^\s*(?:[\u00b7\u2022\u25aa\u25cf\u2013\u2014*\-o]|\d+[.)]|[a-z][.)])\s+")


def _strip_bullet(s: str) -> str:
    return clean(_BULLET.sub("", s))


def find_plan(paper: Paper, cycle: Cycle) -> Plan | None:
    """The next cycle's work plan from a two-column 'priority | activity' table, one item a line."""
    themes: list[PlanTheme] = []
    plan_cycle: int | None = cycle.start + 1 if cycle.start is not None else None
    heading_text = ""
    for b in paper.blocks:
        if isinstance(b, Heading):
            heading_text = b.text
            continue
        if not isinstance(b, Table) or not b.rows and not b.header:
            continue
        header = b.header
        rows = list(b.rows)
        if not header and rows:
            header, rows = rows[0], rows[1:]
        if not header or len(header) < 2:
            continue
        theme_col = next((i for i, h in enumerate(header) if _PLAN_THEME_HDR.search(h or "")), None)
        act_col = next(
            (i for i, h in enumerate(header) if i != theme_col and _PLAN_ACT_HDR.search(h or "")),
            None,
        )
        if theme_col is None or act_col is None:
            continue
        for row in rows:
            if len(row) <= max(theme_col, act_col):
                continue
            title = _strip_bullet(row[theme_col].replace("\n", " ")).rstrip(".:")
            items = [_strip_bullet(line) for line in (row[act_col] or "").split("\n")]
            items = [i for i in items if i]
            if not title and not items:
                continue
            existing = next((t for t in themes if t.title == title), None)
            if existing:
                existing.activities.extend(items)
            else:
                themes.append(PlanTheme(title, items))
        hc = cycles_in(heading_text)
        if plan_cycle is None and hc:
            plan_cycle = max(hc)
    if not themes:
        themes = _list_plan(paper, cycle)
    if not themes:
        return None
    return Plan(format_cycle(plan_cycle), themes)


def _list_plan(paper: Paper, cycle: Cycle) -> list[PlanTheme]:
    """A plan written as bullets under a next-year heading ("Priorities for 2024/25"): short
    bullets are priority areas; longer ones are the activities of one theme named by the heading."""
    items: list[str] = []
    heading: str | None = None
    in_plan = False
    for b in paper.blocks:
        if isinstance(b, Heading):
            low = b.text.lower()
            cycles = cycles_in(b.text)
            in_plan = b.level > 1 and (
                (cycle.start is not None and bool(cycles) and max(cycles) > cycle.start)
                or bool(re.search(r"priorities for|work ?plan|focus for|forward plan|year ahead", low))
            )
            if in_plan and not items:
                heading = clean(b.text)
            elif items:
                break
        elif in_plan and isinstance(b, ListItem):
            t = _strip_bullet(b.text).rstrip(";.")
            if t:
                items.append(t)
    if not items:
        return []
    if all(len(i.split()) <= 8 for i in items):
        return [PlanTheme(cap_first(i), []) for i in items]
    return [PlanTheme(heading or "Priorities", items)]
