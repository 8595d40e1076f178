"""Activity rows (web/_activity_row.html) rendered once and kept in Django's cache.

A page of the log or a theme's timeline shows 50 rows; rendering them, and loading each row's
themes and organisations as model instances to do so, was most of the page's cost. So a row is
rendered from what it shows alone (the activity's date, title, review state and kinds, the titles
of its themes and the names of its organisations, the board's slug), read in two narrow queries,
and cached under a digest of exactly that: the key is the content, so a cached row can never be
stale (a theme renamed, organisations merged, a link added: the shown values differ, so does the
key) and needs no invalidation. Rows outlive the page cache's data version: on a busy board every
write makes every page stale (web/pagecache.py), but an edit changes one row and the other 49 on
the page are found again.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import NamedTuple

from django.core.cache import cache
from django.template.loader import get_template
from django.utils.safestring import mark_safe

from boardwork.activities.models import Activity, ActivityOrganisation
from boardwork.plans.models import Review

ROW_SECONDS = 600
_REVIEWS = dict(Review.choices)


class Row(NamedTuple):
    """What one row shows: everything its template reads, and nothing else."""

    uid: str
    date_display: str
    title: str
    text: str
    review: str
    review_display: str
    kind_labels: tuple[str, ...]
    themes: tuple[str, ...]
    organisations: tuple[str, ...]


def _rows(activities: list, show_themes: bool) -> list[Row]:
    ids = [a.pk for a in activities]
    themes: dict[int, list[str]] = defaultdict(list)
    if show_themes and ids:
        links = Activity.themes.through.objects.filter(activity_id__in=ids)
        # Theme's own order (cycle, then order), as a.themes.all() gives it.
        for aid, title in links.order_by("theme__cycle__start", "theme__order", "theme_id").values_list(
            "activity_id", "theme__title"
        ):
            themes[aid].append(title)
    orgs: dict[int, list[str]] = defaultdict(list)
    if ids:
        org_links = ActivityOrganisation.objects.filter(activity_id__in=ids)
        for aid, name in org_links.order_by("organisation__name", "organisation_id", "id").values_list(
            "activity_id", "organisation__name"
        ):
            orgs[aid].append(name)
    return [
        Row(
            uid=str(a.uid),
            date_display=a.date_display,
            title=a.title,
            text=a.text if not a.title else "",
            review=a.review,
            review_display=_REVIEWS.get(a.review, a.review),
            kind_labels=tuple(a.kind_labels),
            themes=tuple(themes[a.pk]),
            organisations=tuple(orgs[a.pk]),
        )
        for a in activities
    ]


def _key(board, row: Row, show_themes: bool) -> str:
    digest = hashlib.blake2b(repr((board.slug, show_themes, tuple(row))).encode(), digest_size=16)
    return f"web:row:{digest.hexdigest()}"


def activity_rows(board, activities, *, data_version, show_themes: bool = False) -> list[str]:
    """The rendered <tr> of each activity in `activities` (model instances), in order.
    `data_version`: pagecache.request_version(request); with None (page cache off) nothing is kept."""
    rows = _rows(list(activities), show_themes)
    template = get_template("web/_activity_row.html")

    def render(row: Row) -> str:
        return template.render({"a": row, "board": board, "show_themes": show_themes})

    if data_version is None:
        html = [render(row) for row in rows]
    else:
        keys = [_key(board, row, show_themes) for row in rows]
        found = cache.get_many(keys)
        fresh = {k: render(row) for row, k in zip(rows, keys, strict=True) if k not in found}
        if fresh:
            cache.set_many(fresh, ROW_SECONDS)
            found.update(fresh)
        html = [found[k] for k in keys]
    return [mark_safe(row) for row in html]  # rendered by the template engine: escaped
