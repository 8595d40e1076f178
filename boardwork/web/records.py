"""Read-side helpers for the pages: database aggregates and chains, each a bounded number of
queries whatever the size of the board's history."""

from __future__ import annotations

from collections import Counter

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Case, Count, F, IntegerField, OuterRef, QuerySet, Subquery, Value, When
from django.utils.functional import cached_property

from boardwork.activities.models import KINDS, Activity, ActivityOrganisation
from boardwork.plans.models import Commitment, ProgressUpdate, Review, Theme

RAGS = [
    ("green", "Green", "govuk-tag--green"),
    ("amber", "Amber", "govuk-tag--yellow"),
    ("red", "Red", "govuk-tag--red"),
    ("complete", "Complete", "govuk-tag--blue"),
    ("none", "No update", "govuk-tag--grey"),
]
RAG_LABEL = {k: label for k, label, _ in RAGS}
RAG_CLASS = {k: css for k, _, css in RAGS}


def latest_rag_subquery():
    return Subquery(
        ProgressUpdate.objects.filter(commitment=OuterRef("pk"))
        .order_by("-quarter", "-created")
        .values("rag")[:1]
    )


def with_latest_rag(qs):
    """Commitments annotated with `latest_rag` (one query, not one per commitment)."""
    return qs.annotate(latest_rag=latest_rag_subquery())


class CappedPaginator(Paginator):
    """Counts at most `cap` rows: a broad filter over a decade of records stops counting early
    (COUNT over a LIMITed subquery) and the page says "more than 10,000"."""

    cap = 10_000

    @cached_property
    def count(self):
        qs = self.object_list
        if not isinstance(qs, QuerySet):
            raise TypeError("CappedPaginator pages a queryset")
        n = qs.order_by().values("pk")[: self.cap + 1].count()
        self.capped = n > self.cap
        return min(n, self.cap)


def paginate(request, qs, per_page=50, capped=False):
    """A page of `qs` from ?page= (bad or past-the-end pages give the first or last page)."""
    paginator = (CappedPaginator if capped else Paginator)(qs, per_page)
    try:
        return paginator.page(request.GET.get("page") or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


def page_links(page, window=2):
    """Page numbers to show in GOV.UK pagination: first, last, and a window around the current."""
    n, cur = page.paginator.num_pages, page.number
    shown = sorted({1, n, *range(max(1, cur - window), min(n, cur + window) + 1)})
    out: list[int | None] = []
    last = 0
    for p in shown:
        if p - last > 1:
            out.append(None)  # ellipsis
        out.append(p)
        last = p
    return out


def cycle_charts(board, cycle, themes):
    """Data for the overview charts, aggregated in the database. JSON-able."""
    acts = Activity.objects.accepted().filter(board=board, cycle=cycle)
    by_quarter: dict[int, list[int]] = {t.pk: [0, 0, 0, 0] for t in themes}
    # No "date is not null" filter: it steers SQLite onto the (board, review, date) index, a walk
    # through every year; (board, cycle) finds the cycle's rows directly. Grouped by quarter in SQL
    # by comparing with the quarters' first days (Cycle.quarter_of's rule: before the second
    # quarter is Q1, from the fourth on is Q4): at most 4 rows a theme. Grouping by day brought
    # back up to ~365 a theme to sort into quarters in Python, on every rebuild of the overview,
    # and the overview is rebuilt after every write to the cycle's activities (issue #12's soak).
    # An undated activity is in no quarter (0).
    quarter = Case(
        When(date__isnull=True, then=Value(0)),
        *(When(date__lt=cycle.quarter_dates(q + 1)[0], then=Value(q)) for q in (1, 2, 3)),
        default=Value(4),
        output_field=IntegerField(),
    )
    rows = (
        acts.filter(themes__isnull=False)
        .order_by()
        .annotate(quarter=quarter)
        .values_list("themes", "quarter")
        .annotate(n=Count("id"))
    )
    for theme_id, q, n in rows:
        if theme_id in by_quarter and q:
            by_quarter[theme_id][q - 1] += n
    kinds: Counter = Counter()
    total = 0
    for r in acts.order_by().values("kinds").annotate(n=Count("id")):
        total += r["n"]
        for k in (r["kinds"] or "").split():
            kinds[k] += r["n"]
    partners = list(
        ActivityOrganisation.objects.filter(
            activity__board=board, activity__cycle=cycle, activity__review=Review.ACCEPTED
        )
        .order_by()
        .values(org_uid=F("organisation__uid"), name=F("organisation__name"))
        .annotate(n=Count("activity", distinct=True))
        .order_by("-n", "name")[:10]
    )
    return {
        "total": total,
        "quarters": {
            "labels": [f"Q{q}" for q in (1, 2, 3, 4)],
            "series": [{"label": t.title, "data": by_quarter[t.pk]} for t in themes],
        },
        "kinds": {
            "labels": [KINDS[k] for k in KINDS if kinds.get(k)],
            "data": [kinds[k] for k in KINDS if kinds.get(k)],
        },
        "partners": {
            "labels": [p["name"] for p in partners],
            "data": [p["n"] for p in partners],
            "uids": [str(p["org_uid"]) for p in partners],
        },
    }


def theme_lineage(theme):
    """(earlier themes newest first, later themes oldest first) in two queries, however long."""
    rows = {
        r["pk"]: r
        for r in Theme.objects.filter(cycle__board=theme.cycle.board_id).values(
            "pk", "continues_id", "uid", "title", cycle_label=F("cycle__label")
        )
    }
    earlier, node, seen = [], rows[theme.pk]["continues_id"], {theme.pk}
    while node and node not in seen and node in rows:
        seen.add(node)
        earlier.append(rows[node])
        node = rows[node]["continues_id"]
    later, frontier = [], [theme.pk]
    while frontier:
        nxt = [r for r in rows.values() if r["continues_id"] in frontier and r["pk"] not in seen]
        for r in nxt:
            seen.add(r["pk"])
        later.extend(nxt)
        frontier = [r["pk"] for r in nxt]
    return earlier, later


def commitment_chain(commitment):
    """(carried from: newest first, carried to: oldest first) as Commitment objects with their
    theme and cycle, in a fixed number of queries."""
    board_id = commitment.theme.cycle.board_id
    links = dict(Commitment.objects.filter(theme__cycle__board=board_id).values_list("pk", "carried_from_id"))
    earlier, node, seen = [], links.get(commitment.pk), {commitment.pk}
    while node and node not in seen:
        seen.add(node)
        earlier.append(node)
        node = links.get(node)
    later, frontier = [], {commitment.pk}
    while frontier:
        nxt = [pk for pk, src in links.items() if src in frontier and pk not in seen]
        seen.update(nxt)
        later.extend(nxt)
        frontier = set(nxt)
    objs = {
        c.pk: c
        for c in with_latest_rag(
            Commitment.objects.filter(pk__in=earlier + later).select_related("theme__cycle")
        )
    }
    return [objs[pk] for pk in earlier if pk in objs], [objs[pk] for pk in later if pk in objs]


def history_rows(changes):
    """Change rows as (change, [(field, before, after), …]) for templates."""
    out = []
    for ch in changes:
        fields = []
        for name, pair in (ch.changes or {}).items():
            before, after = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
            fields.append((name.replace("_", " "), _fmt(before), _fmt(after)))
        out.append((ch, fields))
    return out


def _fmt(value):
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
