"""Activity rows (web/_activity_row.html) rendered once and kept in Django's cache.

A page of the log or a theme's timeline shows 50 rows; rendering them, and loading each row's
themes and organisations to do so, was most of the page's cost. A row depends on the activity,
its links, the names of the themes and organisations it links to, and the board's slug: all
records, so it is cached under the activity's id and the data version of web/pagecache.py, which
rises with any change to them (a theme renamed or organisations merged included). Rows are shared
by the pages that show them (the log's pages and filters, a theme's timeline) until the next
change. Links are loaded only for the rows not in the cache.
"""

from __future__ import annotations

from django.core.cache import cache
from django.db.models import Prefetch, prefetch_related_objects
from django.template.loader import get_template
from django.utils.safestring import mark_safe

from boardwork.activities.models import Organisation
from boardwork.plans.models import Theme

ROW_SECONDS = 600

# Only the names a row shows.
THEMES = Prefetch("themes", queryset=Theme.objects.only("id", "title", "order", "cycle_id"))
ORGANISATIONS = Prefetch("organisations", queryset=Organisation.objects.only("id", "name"))


def _key(board, a, show_themes: bool, data_version) -> str:
    return f"web:row:{board.slug}:{int(show_themes)}:{data_version}:{a.pk}"


def _render(board, activities: list, show_themes: bool) -> list[str]:
    prefetch_related_objects(activities, *((THEMES, ORGANISATIONS) if show_themes else (ORGANISATIONS,)))
    template = get_template("web/_activity_row.html")
    return [template.render({"a": a, "board": board, "show_themes": show_themes}) for a in activities]


def activity_rows(board, activities, *, data_version, show_themes: bool = False) -> list[str]:
    """The rendered <tr> of each activity in `activities` (model instances), in order.
    `data_version`: pagecache.request_version(request); with None (page cache off) nothing is kept."""
    activities = list(activities)
    if data_version is None:
        rows = _render(board, activities, show_themes)
    else:
        keys = [_key(board, a, show_themes, data_version) for a in activities]
        found = cache.get_many(keys)
        missing = [(a, k) for a, k in zip(activities, keys, strict=True) if k not in found]
        if missing:
            rendered = _render(board, [a for a, _ in missing], show_themes)
            fresh = dict(zip([k for _, k in missing], rendered, strict=True))
            cache.set_many(fresh, ROW_SECONDS)
            found.update(fresh)
        rows = [found[k] for k in keys]
    return [mark_safe(row) for row in rows]  # rendered by the template engine: escaped
