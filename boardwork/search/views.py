"""Search pages: /search/ (results with filters and facets), /search/timeline/ (year by year) and
/search/papers/<uid>/ (a paper's text, one anchor a block, where paragraph hits link to).
They work without JavaScript: every filter and facet is a link or a GET form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from boardwork.boards.models import Board
from boardwork.papers.models import StoredPaper

from . import services
from .engine import BUSY, BUSY_RETRY_AFTER, CAP, Busy, parse
from .forms import SearchForm
from .models import SearchDoc
from .scope import scope_for

TYPE_LABELS = dict(SearchDoc.Kind.choices)
PAPER_KIND_LABELS = dict(StoredPaper.Kind.choices)


def _with(request, **changes) -> str:
    """This page's query string with some parameters set (None removes them) and page reset."""
    params = request.GET.copy()
    params.pop("page", None)
    for k, v in changes.items():
        params.pop(k, None)
        if v is not None:
            params[k] = v
    return "?" + params.urlencode()


def _facets(request, result, boards_by_id) -> list[dict]:
    """Facet groups for the template: each value with its count and the link that applies it."""
    out = []
    # (facet, its label, a value's label, a value's parameter: None leaves the value out)
    spec: list[tuple[str, str, Callable[[Any], str], Callable[[Any], str | None]]] = [
        ("type", "What", lambda v: TYPE_LABELS.get(v, v), lambda v: v),
        (
            "board_id",
            "Board",
            lambda v: boards_by_id[v].name if v in boards_by_id else "",
            lambda v: boards_by_id[v].slug if v in boards_by_id else None,
        ),
        ("year", "Year", str, str),
        ("paper_kind", "Paper", lambda v: PAPER_KIND_LABELS.get(v, v), lambda v: v),
    ]
    for name, label, show, param in spec:
        counts = result.facets.get("kind" if name == "type" else name) or {}
        items = []
        for value, n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            p = param(value)
            if p is None or not show(value):
                continue
            key = {"board_id": "board", "paper_kind": "kind"}.get(name, name)
            if name == "year":
                link = _with(request, year_from=p, year_to=p)
            else:
                link = _with(request, **{key: p})
            items.append({"label": show(value), "count": n, "url": link})
        if name == "year":
            items.sort(key=lambda i: i["label"], reverse=True)
        if items:
            out.append({"label": label, "items": items[:12], "note": _outside(name, result, counts)})
    return out


# What the results a group does not count are, so that counts that fall short of the total do not
# look like a mistake (organisations and policies belong to no board, year or paper).
_OUTSIDE = {
    "board_id": ("belongs to no board", "belong to no board"),
    "year": ("has no date", "have no date"),
    "paper_kind": ("is not from a paper", "are not from a paper"),
}


def _outside(name: str, result, counts: dict) -> str:
    n = result.total - sum(counts.values())
    if result.capped or n <= 0 or name not in _OUTSIDE:
        return ""
    one, many = _OUTSIDE[name]
    return f"1 result {one}" if n == 1 else f"{n} results {many}"


@require_GET
def search(request):
    scope = scope_for(request.user)
    form = SearchForm(request.GET or None, scope=scope)
    result = None
    facets = []
    theme = None
    busy = ""
    if form.is_bound and form.is_valid():
        theme = form.cleaned_data.get("theme_obj")
        try:
            result = services.search(
                scope,
                form.cleaned_data.get("q") or "",
                form.filters(),
                page=form.cleaned_data.get("page") or 1,
            )
        except Busy:
            busy = BUSY
    if result is not None:
        # (keyed by int | None: a hit's board_id, None for records of no board, is looked up in it)
        boards_by_id: dict[int | None, Board] = {
            b.pk: b for b in Board.objects.filter(pk__in=list(result.facets.get("board_id", {})))
        }
        facets = _facets(request, result, boards_by_id)
        for hit in result.hits:
            hit.board = boards_by_id.get(hit.doc.board_id)
            hit.to_review = hit.doc.review == "to_review"
            hit.type_label = TYPE_LABELS.get(hit.doc.kind, hit.doc.kind)
    q = form.data.get("q", "") if form.is_bound else ""
    only_negative = bool(q) and parse(q) and all(c.negated for c in parse(q))
    # (services.search decides it; the words are services.TOO_COMMON, as `boardwork search` says them)
    too_common = services.TOO_COMMON if result is not None and result.too_common else ""
    pages = None
    if result and result.pages > 1:
        pages = {
            "prev": _with(request, page=str(result.page - 1)) if result.page > 1 else None,
            "next": _with(request, page=str(result.page + 1)) if result.page < result.pages else None,
        }
    response = render(
        request,
        "search/search.html",
        {
            "busy": busy,
            "form": form,
            "result": result,
            "facets": facets,
            "cap": CAP,
            "q": q,
            "theme": theme,
            "pages": pages,
            "only_negative": only_negative,
            "too_common": too_common,
            "timeline_url": reverse("search-timeline") + _with(request),
            "clear_url": reverse("search") + ("?" + urlencode({"q": q}) if q else ""),
        },
    )
    return _busy(response) if busy else response


def _busy(response):
    """The answer when every search of this process was taken for SEARCH_WAIT_MS (engine.Busy):
    503 with Retry-After, as the API's."""
    response.status_code = 503
    response["Retry-After"] = str(BUSY_RETRY_AFTER)
    return response


@require_GET
def timeline(request):
    scope = scope_for(request.user)
    form = SearchForm(request.GET or None, scope=scope)
    years, theme, busy = [], None, ""
    if form.is_bound and form.is_valid():
        theme = form.cleaned_data.get("theme_obj")
        q = form.cleaned_data.get("q") or ""
        if theme is not None or q:
            filters = form.filters()
            filters.themes = []
            try:
                years = services.timeline(scope, q=q, theme=theme, filters=filters)
            except Busy:
                busy = BUSY
    response = render(
        request,
        "search/timeline.html",
        {
            "form": form,
            "years": years,
            "theme": theme,
            "busy": busy,
            "search_url": reverse("search") + _with(request),
        },
    )
    return _busy(response) if busy else response


@require_GET
def paper_text(request, uid):
    """The paper's text with an anchor per block (#p-N): for anyone who may find it."""
    paper = get_object_or_404(StoredPaper.objects.select_related("board", "cycle", "meeting"), uid=uid)
    scope = scope_for(request.user)
    visible = scope.boards()
    on_board = visible is None or paper.board_id in visible
    if not (paper.published or on_board):
        raise Http404("No such paper")
    blocks = []
    for i, b in enumerate((paper.structure or {}).get("blocks") or []):
        if not isinstance(b, dict):
            continue
        blocks.append(
            {
                "index": i,
                "type": b.get("type"),
                "level": b.get("level") or 2,
                "text": b.get("text") or "",
                "number": b.get("number"),
                "rows": ([b["header"]] if b.get("header") else []) + list(b.get("rows") or []),
            }
        )
    if on_board:
        page_url = reverse("paper", args=[paper.board.slug, paper.uid])
    else:
        page_url = reverse("public_paper", args=[paper.uid])
    return render(
        request,
        "search/paper_text.html",
        {"paper": paper, "blocks": blocks, "page_url": page_url, "q": request.GET.get("q", "")},
    )
