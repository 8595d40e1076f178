"""The board overview's figures for one cycle, cached.

The activity counts per theme and the chart aggregates read every activity of the cycle (thousands
in a busy year) and cost tens of milliseconds each; they change only when the cycle's activities do.
They are cached per (board, cycle) under a key that carries a version stamp read from the database
on each request: the number of the cycle's activities, the sum of their edit versions and their
latest `updated`. Any save, edit (links included: an edit bumps `version`), review decision (the
bulk accept also bumps `version`), addition, deletion or move to another cycle changes the stamp,
in every server process, so the default per-process LocMemCache needs no shared invalidation.
Changes that touch no activity row (an organisation merged into another, a theme renamed is
part of the key) are picked up when the entry expires after CACHE_SECONDS.

The commitments' RAG spread is not cached: it is a small query and progress updates are not
activities.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict

from django.core.cache import cache
from django.db.models import Count, Max, Sum

from boardwork.activities.models import Activity
from boardwork.boards import permissions
from boardwork.plans.models import Commitment, Review, Theme

from . import records

CACHE_SECONDS = 300


def stamp(board, cycle) -> str:
    """A value that changes whenever any of the cycle's activities is added, removed or edited.

    One aggregate over the (board, cycle) index: far cheaper than the figures it guards."""
    agg = Activity.objects.filter(board=board, cycle=cycle).aggregate(
        n=Count("id"), v=Sum("version"), u=Max("updated")
    )
    return f"{agg['n']}.{agg['v'] or 0}.{agg['u'].timestamp() if agg['u'] else 0}"


def _figures(board, cycle, themes) -> dict:
    """Per-theme accepted-activity counts and the charts (see records.cycle_charts)."""
    # Counted over the cycle's own activities (the (board, cycle) index), which are the ones the
    # stamp covers; joining the theme links to every accepted activity of the board read them all.
    links = Activity.themes.through.objects.filter(
        theme__in=[t.pk for t in themes],
        activity__board=board,
        activity__cycle=cycle,
        activity__review=Review.ACCEPTED,
    )
    n_by_theme = dict(links.order_by().values_list("theme_id").annotate(n=Count("activity_id")))
    return {"n_by_theme": n_by_theme, "charts": records.cycle_charts(board, cycle, themes)}


def cycle_overview(board, cycle, role) -> tuple[list, dict]:
    """(themes with n_activities, n_commitments and rag_spread; chart data) for the overview, with
    commitments counted among those `role` may see (permissions.filter_records)."""
    themes = list(Theme.objects.filter(cycle=cycle))
    # Theme titles label the chart series, so a renamed theme is a different entry.
    names = hashlib.sha1(repr([(t.pk, t.title) for t in themes]).encode()).hexdigest()[:16]
    key = f"web:overview:{board.pk}:{cycle.pk}:{stamp(board, cycle)}:{names}"
    figures = cache.get(key)
    if figures is None:
        figures = _figures(board, cycle, themes)
        cache.set(key, figures, CACHE_SECONDS)

    spread: dict[int, Counter] = defaultdict(Counter)
    rows = (
        records.with_latest_rag(
            permissions.filter_records(
                Commitment.objects.filter(theme__cycle=cycle).exclude(review=Review.REJECTED), role
            )
        )
        .order_by()
        .values("theme_id", "latest_rag")
        .annotate(n=Count("id"))
    )
    for r in rows:
        spread[r["theme_id"]][r["latest_rag"] or "none"] += r["n"]
    # The figures ride on the themes for web/board.html (attributes no model declares).
    for t in themes:
        t.n_activities = figures["n_by_theme"].get(t.pk, 0)  # type: ignore[attr-defined]
        counts = spread.get(t.pk, Counter())
        t.n_commitments = sum(counts.values())  # type: ignore[attr-defined]
        t.rag_spread = [  # type: ignore[attr-defined]
            {"key": k, "label": label, "css": css, "n": counts[k]}
            for k, label, css in records.RAGS
            if counts.get(k)
        ]
    return themes, figures["charts"]
