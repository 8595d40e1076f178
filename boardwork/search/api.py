"""GET /api/search: the same search as the web page, paged, under the same permission rules.

Mounted on the project's API with one line in boardwork/api/__init__.py. Anonymous callers search
published papers; signed-in callers (token or session) what search/scope.py allows them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from ninja import Query, Router, Schema
from pydantic import Field, model_validator

from boardwork.boards.models import Board
from boardwork.plans.models import Theme

from . import services
from .engine import CAP
from .scope import scope_for

router = Router(tags=["search"])

TypeValue = Literal[
    "paragraph", "paper", "activity", "commitment", "update", "feedback", "organisation", "policy", "person"
]
PaperKindValue = Literal["end_of_year", "work_plan", "performance", "minutes", "other"]


class SearchQuery(Schema):
    q: str = Field("", max_length=500, description='Words (stemmed), "exact phrases", -excluded words')
    board: list[str] = Field([], max_length=50, description="Board slug (repeat for any of several)")
    type: list[TypeValue] = Field([], description="What to find (repeat for several)")
    kind: list[PaperKindValue] = Field([], description="Kind of paper (repeat for several)")
    year_from: int | None = Field(
        None, ge=1990, le=2100, description="First board year (a cycle's first year)"
    )
    year_to: int | None = Field(None, ge=1990, le=2100)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    theme: uuid.UUID | None = Field(None, description="Theme uid: that theme and its lineage across years")
    to_review: bool = Field(False, description="Only records still to review (officers)")
    page: int = Field(1, ge=1, le=CAP)
    page_size: int = Field(20, ge=1, le=50)

    @model_validator(mode="after")
    def _ranges(self):
        if self.year_from and self.year_to and self.year_from > self.year_to:
            raise ValueError("year_to must not be before year_from")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("date_to must not be before date_from")
        return self


class HitOut(Schema):
    type: str
    title: str
    context: str
    url: str
    snippet_html: str = Field(description="Escaped text; matches in <mark>")
    board: str | None
    year: int | None
    date: dt.date | None
    paper_kind: str | None
    block: int | None = Field(description="The paper block a paragraph is (its #p-N anchor)")
    to_review: bool
    score: float


class SearchOut(Schema):
    total: int = Field(description=f"Matches, counted up to {CAP}")
    more: bool = Field(description=f"There are more than {CAP}: only the newest {CAP} are ranked")
    page: int
    pages: int
    too_common: bool = Field(
        description="Nothing was found because every word asked is one the database's search leaves "
        "out as too common to search on its own (PostgreSQL's English stop words, such as 'himself' "
        "or 'whom'); add a less common word. Always false on SQLite, which searches every word"
    )
    hits: list[HitOut]
    facets: dict[str, dict[str, int]]


@router.get("/search", response=SearchOut, summary="Search papers and records")
def search(request, query: Query[SearchQuery]):
    from boardwork.api.auth import user_of
    from boardwork.api.errors import invalid

    scope = scope_for(user_of(request))
    visible = scope.boards()
    boards = {b.slug: b for b in Board.objects.filter(slug__in=query.board)}
    for slug in query.board:
        # A board the caller may not read is "no such board", as if it did not exist.
        if slug not in boards:
            raise invalid(["query", "board"], f"No such board: {slug}")
    themes = []
    if query.theme:
        t = Theme.objects.select_related("cycle").filter(uid=query.theme).first()
        if t is None or (visible is not None and t.cycle.board_id not in visible):
            raise invalid(["query", "theme"], "No such theme")
        themes = [t.pk]
    filters = services.Filters(
        boards=[b.pk for b in boards.values()],
        year_from=query.year_from,
        year_to=query.year_to,
        date_from=query.date_from,
        date_to=query.date_to,
        paper_kinds=list(query.kind),
        types=list(query.type),
        themes=themes,
        to_review=query.to_review,
    )
    result = services.search(scope, query.q, filters, page=query.page, per_page=query.page_size)
    slugs = dict(
        Board.objects.filter(pk__in=list(result.facets.get("board_id", {}))).values_list("pk", "slug")
    )
    base = request.build_absolute_uri("/")[:-1]

    def more_of_hit(h) -> dict:
        return {
            "url": base + h.url if h.url.startswith("/") else h.url,
            "board": slugs.get(h.doc.board_id),
            "date": h.doc.date,
            "paper_kind": h.doc.paper_kind or None,
            "block": h.doc.block,
            "score": round(h.score, 6),
        }

    return {
        **services.result_json(result, more_of_hit),
        "facets": {
            "type": {str(k): v for k, v in result.facets.get("kind", {}).items()},
            "board": {slugs[k]: v for k, v in result.facets.get("board_id", {}).items() if k in slugs},
            "year": {str(k): v for k, v in result.facets.get("year", {}).items()},
            "paper_kind": {str(k): v for k, v in result.facets.get("paper_kind", {}).items()},
        },
    }
