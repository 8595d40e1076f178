"""Activity rows (web/_activity_row.html) rendered once and kept in Django's cache.

A page of the log or a theme's timeline shows 50 rows; rendering them, and loading each row's
themes and organisations to do so, was most of the page's cost. A row depends only on the
activity, its links and the board's slug, so it is cached under the activity's id, edit
`version` and `updated` time: any save or edit (an edit of links bumps the version; so does the
bulk accept of imported records) gives a new key in every server process. Links are loaded only
for the rows not in the cache. A change that touches no activity (an organisation merged or a
theme renamed) shows once the entry expires after ROW_SECONDS.
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


def _key(board, a, show_themes: bool) -> str:
    stamp = a.updated.timestamp() if a.updated else 0
    return f"web:row:{board.slug}:{int(show_themes)}:{a.pk}:{a.version}:{stamp}"


def activity_rows(board, activities, *, show_themes: bool = False) -> list[str]:
    """The rendered <tr> of each activity in `activities` (model instances), in order."""
    activities = list(activities)
    keys = [_key(board, a, show_themes) for a in activities]
    found = cache.get_many(keys)
    missing = [a for a, k in zip(activities, keys, strict=True) if k not in found]
    if missing:
        prefetch_related_objects(missing, *((THEMES, ORGANISATIONS) if show_themes else (ORGANISATIONS,)))
        template = get_template("web/_activity_row.html")
        fresh = {}
        for a in missing:
            row = template.render({"a": a, "board": board, "show_themes": show_themes})
            fresh[_key(board, a, show_themes)] = row
        cache.set_many(fresh, ROW_SECONDS)
        found.update(fresh)
    return [mark_safe(found[k]) for k in keys]  # rendered by the template engine: escaped
