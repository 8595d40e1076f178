"""Search workflows: keeping the index current, rebuilding it, and answering queries.

Index upkeep runs inside the writer's transaction (signals.py calls `index_object`,
`remove_object` and `sync_model`), so a rolled-back change leaves no trace in search and a
committed one is found at once — there is no lag to show.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse

from boardwork.activities.models import Activity
from boardwork.boards import permissions
from boardwork.papers.models import StoredPaper
from boardwork.plans.models import ProgressUpdate, Theme

from . import documents
from .engine import CAP, PER_PAGE, Result, delete_where, get_engine, parse, tag
from .models import SearchDoc
from .scope import Scope

Kind = SearchDoc.Kind
RECORD_TYPES = {k.value: k.label for k in Kind}


# -- keeping the index current --------------------------------------------------------------------


def _target(obj):
    """The (model, pk) whose documents stand for `obj` (progress updates: their commitment)."""
    owner = documents.OWNER.get(type(obj))
    return owner(obj) if owner else (type(obj), obj.pk)


def index_object(obj) -> None:
    """(Re)index one saved paper or record, with what hangs off it."""
    model, pk = _target(obj)
    if model in documents.BUILDERS and pk is not None:
        index_pks(model, [pk])


def index_pks(model, pks: list[int]) -> int:
    """(Re)index these papers or records of `model`, replacing their documents: a constant
    number of queries however many there are (a commitment's documents include its updates')."""
    if not pks:
        return 0
    build = documents.BUILDERS[model][1]
    engine = get_engine()
    with transaction.atomic(savepoint=False):
        if model is StoredPaper:
            # A paper edited shorter has fewer blocks: its old documents go first.
            delete_where(paper_id__in=pks, kind__in=[Kind.PAPER, Kind.PARAGRAPH])
        engine.index(build(model.objects.filter(pk__in=pks)))
    return len(pks)


def index_named_in(obj) -> int:
    """Re-index the records whose documents show `obj`'s name or label (a theme's commitments and
    feedback, a person's feedback and activities, an organisation's or policy's activities, a
    board's or cycle's papers and records): called when its label changes, in the same
    transaction. Returns how many were re-indexed."""
    n = 0
    for model, lookup in documents.NAMED_IN.get(type(obj), ()):
        pks = sorted(set(model._default_manager.filter(**{lookup: obj.pk}).values_list("pk", flat=True)))
        for i in range(0, len(pks), 200):  # a board's papers: their paragraphs in batches
            n += index_pks(model, pks[i : i + 200])
    return n


def labels(obj) -> tuple | None:
    """The stored values of `obj`'s label fields (documents.LABELS), None for a new object."""
    fields = documents.LABELS.get(type(obj))
    if not fields or obj.pk is None:
        return None
    return type(obj)._base_manager.filter(pk=obj.pk).values_list(*fields).first()


def relabelled(obj, before: tuple | None) -> bool:
    """Whether `obj`'s label fields differ from `before` (labels() read before it was saved)."""
    fields = documents.LABELS.get(type(obj))
    if not fields or before is None:
        return False
    return before != tuple(getattr(obj, f) for f in fields)


def remove_object(obj) -> None:
    """Drop a deleted paper's or record's documents (a deleted link: its record is re-indexed)."""
    model, pk = _target(obj)
    if isinstance(obj, ProgressUpdate):  # its own document only
        delete_where(key=f"{Kind.UPDATE}:{obj.pk}")
    elif model is not type(obj):  # a link: the record shows one name fewer
        index_pks(model, [pk])
    elif model is StoredPaper:
        delete_where(paper_id=pk, kind__in=[Kind.PAPER, Kind.PARAGRAPH])
    elif model in documents.BUILDERS:
        # A commitment's updates are deleted with it, each dropping its own document.
        get_engine().delete([f"{documents.BUILDERS[model][0]}:{pk}"])


def sync_model(model) -> int:
    """Index the rows of `model` whose documents are missing or older than the row (its version):
    what a bulk write (bulk_create, QuerySet.update) changed without model signals. Returns how
    many. A constant number of queries, whatever the size of the write."""
    if model not in documents.BUILDERS or model is StoredPaper:
        return 0
    kind = documents.BUILDERS[model][0]
    docs = SearchDoc.objects.filter(kind=kind, object_id=OuterRef("pk"))
    stale = list(
        model.objects.filter(~Exists(docs.filter(version=OuterRef("version"))))
        .annotate(indexed=Exists(docs))
        .values_list("pk", "indexed", *(["source_paper"] if model is Activity else []))
    )
    n = index_pks(model, [row[0] for row in stale])
    # New activities give the paragraphs they were read from their themes.
    papers = {row[2] for row in stale if not row[1] and row[2]} if model is Activity else set()
    index_pks(StoredPaper, sorted(papers))
    return n


def reindex(out=None) -> dict[str, int]:
    """Rebuild the whole index from the records: every document is made again (`boardwork reindex`)."""
    engine = get_engine()
    counts: dict[str, int] = {}
    with transaction.atomic():
        delete_where()
        for model, (_kind, build) in documents.BUILDERS.items():
            pks = list(model.objects.order_by("pk").values_list("pk", flat=True))
            for i in range(0, len(pks), 500):
                docs = build(model.objects.filter(pk__in=pks[i : i + 500]))
                engine.prepare(docs)
                SearchDoc.objects.bulk_create(docs, batch_size=500)
            if out:
                out(f"{model._meta.verbose_name_plural}: indexed")
        engine.rebuild()
    # Committed: what every search reads is brought into the database's cache now, not by the
    # first searches after the rebuild (Engine.warm).
    engine.warm()
    for kind, n in _kind_counts().items():
        counts[kind] = n
    return counts


def _kind_counts() -> dict[str, int]:
    from django.db.models import Count

    return dict(SearchDoc.objects.values_list("kind").annotate(n=Count("id")).order_by("kind"))


# -- answering queries ----------------------------------------------------------------------------


@dataclass
class Filters:
    """What a search is narrowed to (validated by the form or the API schema before it gets here)."""

    boards: list[int] = field(default_factory=list)
    cycles: list[int] = field(default_factory=list)
    year_from: int | None = None
    year_to: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    paper_kinds: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    themes: list[int] = field(default_factory=list)  # each with its lineage
    to_review: bool = False  # only what is still to review


def lineage_ids(theme: Theme) -> list[int]:
    """The theme and every theme it continues or is continued by, across the board's years."""
    seen, todo = set(), [theme.pk]
    while todo:
        batch = [t for t in todo if t not in seen]
        seen.update(batch)
        if not batch:
            break
        ups = Theme.objects.filter(pk__in=batch, continues__isnull=False).values_list("continues", flat=True)
        downs = Theme.objects.filter(continues__in=batch).values_list("pk", flat=True)
        # (`continues` is never None among ups: the filter; its column's type allows it.)
        todo = [t for t in [*ups, *downs] if t is not None and t not in seen]
    return sorted(seen)


def tag_groups(scope: Scope, filters: Filters) -> list[list[str]]:
    """The audience group, then one group per filter: a hit carries a tag of every group."""
    groups = [scope.tags()]
    f = filters
    if f.boards:
        groups.append([tag("board", b) for b in f.boards])
    if f.cycles:
        groups.append([tag("cycle", c) for c in f.cycles])
    if f.year_from or f.year_to:
        lo, hi = f.year_from or 1990, f.year_to or dt.date.today().year + 5
        groups.append([tag("year", y) for y in range(lo, hi + 1)][:60])
    if f.paper_kinds:
        groups.append([tag("paperkind", k) for k in f.paper_kinds])
    if f.types:
        groups.append([tag("type", t) for t in f.types])
    if f.themes:
        ids = set()
        for theme in Theme.objects.filter(pk__in=f.themes):
            ids.update(lineage_ids(theme))
        groups.append([tag("theme", t) for t in sorted(ids)] or ["znone"])
    if f.to_review:
        groups.append([tag("review", "to_review")])
    return groups


def search(
    scope: Scope, q: str, filters: Filters | None = None, page: int = 1, per_page: int = PER_PAGE
) -> Result:
    """Search what `scope` may see: ranked hits with escaped, highlighted snippets, the total
    (counted up to CAP: `capped` says there are more) and facet counts, all within the scope."""
    filters = filters or Filters()
    clauses = parse(q)
    if not any(not c.negated for c in clauses) and not _narrowed(filters):
        # Nothing to look for (an empty query, or only words to leave out) and nothing chosen:
        # listing the whole archive is not a search.
        return Result([], 0, False, 1, per_page)
    engine = get_engine()
    result = engine.query(
        clauses,
        tag_groups(scope, filters),
        date_from=filters.date_from,
        date_to=filters.date_to,
        page=page,
        per_page=per_page,
    )
    # Asked only when nothing was found: one more statement on PostgreSQL, none on SQLite.
    result.too_common = not result.total and engine.too_common(q)
    place(scope, result.hits)
    return result


# What the search page and `boardwork search` say after "Nothing found" when Result.too_common.
TOO_COMMON = (
    "words as common as these are not searched for on their own. "
    "Add a less common word, such as a place, a topic or a name"
)


def place(scope: Scope, hits) -> None:
    """Point each paper and paragraph hit at its place for this user: the paper's review page
    (where officers review what was read from it, with the paper's text) for those who may read
    the paper's board, else the paper's text page; a paragraph at its block's anchor on either.
    Record hits keep their record's page. Two queries a page, whatever it holds."""
    papers = [h for h in hits if h.doc.kind in (Kind.PAPER, Kind.PARAGRAPH) and h.doc.paper_id]
    if not papers:
        return
    where = {
        pk: (uid, slug)
        for pk, uid, slug in StoredPaper.objects.filter(pk__in={h.doc.paper_id for h in papers}).values_list(
            "pk", "uid", "board__slug"
        )
    }
    for h in papers:
        if h.doc.paper_id not in where:
            continue
        uid, slug = where[h.doc.paper_id]
        if scope.admin or permissions.can_view_board(scope.roles.get(h.doc.board_id)):
            url = reverse("paper", args=[slug, uid])
        else:
            url = reverse("search-paper", args=[uid])
        h.url = url + (documents.block_anchor(h.doc.block) if h.doc.kind == Kind.PARAGRAPH else "")


def result_json(result: Result, more_of_hit=None) -> dict:
    """A page of results as the API and `boardwork search --json` give it: the counts, whether
    nothing was found because every word asked is too common to search on (Result.too_common), and,
    for each hit, its type, title, context, address, snippet, year and review state; `more_of_hit(hit)`
    adds (or replaces) fields of a hit."""
    return {
        "total": result.total,
        "more": result.capped,
        "page": result.page,
        "pages": result.pages,
        "too_common": result.too_common,
        "hits": [
            {
                "type": h.doc.kind,
                "title": h.doc.title,
                "context": h.doc.context,
                "url": h.url,
                "snippet_html": str(h.snippet),
                "year": h.doc.year,
                "to_review": h.doc.review == "to_review",
                **(more_of_hit(h) if more_of_hit else {}),
            }
            for h in result.hits
        ],
    }


def _narrowed(f: Filters) -> bool:
    return bool(f.themes or f.cycles or f.boards or f.to_review)


@dataclass
class TimelineYear:
    year: int | None
    label: str
    themes: list[Theme]
    result: Result


def timeline(
    scope: Scope,
    *,
    q: str = "",
    theme: Theme | None = None,
    filters: Filters | None = None,
    per_year: int = 5,
) -> list[TimelineYear]:
    """Year by year: the paragraphs and records about a theme (across its lineage) or a search.

    For a theme, each year is the lineage's theme of that cycle, with the documents tagged with
    it (activities and commitments under it, paragraphs its activities were read from), narrowed
    by `q` if given. For a search alone, the years are those the hits fall in."""
    base = filters or Filters()
    years: list[TimelineYear] = []
    if theme is not None:
        chain = (
            Theme.objects.filter(pk__in=lineage_ids(theme)).select_related("cycle").order_by("cycle__start")
        )
        for t in chain:
            f = Filters(**{**base.__dict__, "themes": [], "cycles": []})
            groups = tag_groups(scope, f) + [[tag("theme", t.pk)]]
            res = get_engine().query(
                parse(q), groups, date_from=f.date_from, date_to=f.date_to, per_page=per_year
            )
            place(scope, res.hits)
            years.append(TimelineYear(t.cycle.start.year, t.cycle.label, [t], res))
        return years
    overall = search(scope, q, base, per_page=1)
    for year in sorted(overall.facets.get("year", {}), reverse=True)[:25]:
        f = Filters(**{**base.__dict__, "year_from": year, "year_to": year})
        years.append(TimelineYear(year, str(year), [], search(scope, q, f, per_page=per_year)))
    return years


__all__ = [
    "CAP",
    "Filters",
    "RECORD_TYPES",
    "index_object",
    "reindex",
    "remove_object",
    "search",
    "sync_model",
    "timeline",
]
