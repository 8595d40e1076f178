"""The activity log: list it (filtered like the web log, cached per role), read, record and edit
an activity with its links (activities/services.save_activity)."""

from __future__ import annotations

import uuid
from typing import Any

from django.http import HttpResponse
from ninja import Query, Router, Status

from boardwork.activities.filters import LOG_ORDER, filter_activities
from boardwork.activities.models import (
    Activity,
    Organisation,
    Policy,
)
from boardwork.activities.services import save_activity
from boardwork.api.access import (
    get_board,
    get_record,
    role,
)
from boardwork.api.app import api
from boardwork.api.auth import user_of
from boardwork.api.errors import check_version, invalid
from boardwork.api.schemas import (
    ActivityIn,
    ActivityOut,
    ActivityPage,
    ActivityPatch,
    ActivityQuery,
    activities_out,
    activity_out,
    activity_qs,
)
from boardwork.boards import permissions
from boardwork.boards.models import Board, Cycle, Person
from boardwork.plans.models import Commitment, Theme
from boardwork.web import pagecache

# -- activities ----------------------------------------------------------------------------------

activities = Router(tags=["activities"])


def board_activities(request, board: Board):
    return permissions.filter_records(Activity.objects.filter(board=board), role(request, board))


@activities.get("/boards/{slug}/activities", response=ActivityPage)
def list_activities(request, slug: str, filters: Query[ActivityQuery]):
    """The activity log, newest first, filtered like the web log (repeat a parameter for 'any of')."""
    board = get_board(request, slug)

    def build() -> bytes:
        page = ActivityPage.model_validate(_activity_page(request, board, filters))
        return api.renderer.render(request, page.model_dump(by_alias=True), response_status=200)

    # Shared by everyone with the same role until the records change (web/pagecache.py): the
    # serialised page, so that a hit costs neither the queries nor the validation.
    body = pagecache.shared("api", request, pagecache.board_scope(board, role(request, board)), build)
    return HttpResponse(body, content_type=api.get_content_type())


def _activity_page(request, board: Board, filters: ActivityQuery) -> dict:
    qs = filter_activities(board_activities(request, board), request.GET)
    count = qs.count()
    size = filters.page_size
    pages = max(1, -(-count // size))
    start = (filters.page - 1) * size
    # A deferred join: sort and cut the narrow id column first, then fetch the page's wide rows
    # (with their joins) by id. Sorting 100,000 full rows for 50 of them is what makes the page slow.
    ids = list(qs.order_by(*LOG_ORDER).values_list("pk", flat=True)[start : start + size])
    by_id = {a.pk: a for a in activity_qs().filter(pk__in=ids)}
    page_qs = [by_id[pk] for pk in ids if pk in by_id]
    return {
        "count": count,
        "page": filters.page,
        "page_size": size,
        "pages": pages,
        "results": activities_out(page_qs),
    }


def get_activity(request, uid, need="view") -> Activity:
    return get_record(request, activity_qs(), "activity", lambda a: a.board, need, uid=uid)


@activities.get("/activities/{uuid:uid}", response=ActivityOut)
def activity_detail(request, uid: uuid.UUID):
    return activity_out(get_activity(request, uid))


def _resolve_links(board: Board, data: dict) -> dict:
    """Turn the uids a client sent into records of the right board; 422 naming the field if not."""
    out: dict[str, Any] = {}
    if data.get("cycle") is not None:
        out["cycle"] = Cycle.objects.filter(board=board, uid=data["cycle"]).first()
        if out["cycle"] is None:
            raise invalid("cycle", "There is no such cycle on this board.")
    elif "cycle" in data:
        out["cycle"] = None
    if data.get("commitment") is not None:
        out["commitment"] = Commitment.objects.filter(
            theme__cycle__board=board, uid=data["commitment"]
        ).first()
        if out["commitment"] is None:
            raise invalid("commitment", "There is no such commitment on this board.")
    elif "commitment" in data:
        out["commitment"] = None
    for field, qs in (
        ("themes", Theme.objects.filter(cycle__board=board)),
        ("policies", Policy.objects.all()),
        ("people", Person.objects.all()),
    ):
        if data.get(field) is not None:
            wanted = list(dict.fromkeys(data[field]))
            found = {o.uid: o for o in qs.filter(uid__in=wanted)}
            missing = [str(u) for u in wanted if u not in found]
            if missing:
                raise invalid(
                    field, f"Not found{' on this board' if field == 'themes' else ''}: {', '.join(missing)}"
                )
            out[field] = [found[u] for u in wanted]
    if data.get("organisations") is not None:
        links = data["organisations"]
        orgs = {
            o.uid: o for o in Organisation.objects.filter(uid__in=[link["organisation"] for link in links])
        }
        missing = [str(link["organisation"]) for link in links if link["organisation"] not in orgs]
        if missing:
            raise invalid("organisations", f"Not found: {', '.join(missing)}")
        out["organisations"] = list(
            dict.fromkeys((orgs[link["organisation"]], link["role"]) for link in links)
        )
    return out


ACTIVITY_FIELDS = ["text", "title", "outcome", "reach", "review", "date", "kinds", "nations"]


@activities.post("/boards/{slug}/activities", response={201: ActivityOut})
def create_activity(request, slug: str, payload: ActivityIn):
    """Record an activity. Its date decides its cycle (`cycle` is for an undated one) and its themes
    must be themes of that cycle."""
    board = get_board(request, slug, "edit")
    data = payload.model_dump()
    changes = {f: data[f] for f in ACTIVITY_FIELDS} | _resolve_links(board, data)
    a = save_activity(None, changes, board=board, user=user_of(request))
    # The saved instance holds what was stored (its links are read afresh by activity_out).
    return Status(201, activity_out(a))


@activities.patch("/activities/{uuid:uid}", response=ActivityOut)
def update_activity(request, uid: uuid.UUID, payload: ActivityPatch):
    """Change some fields of an activity. Send the `version` you read: if someone saved the
    activity since, nothing is changed and the answer is 409. A new date moves the activity to
    that date's cycle; its themes must be themes of its cycle."""
    a = get_activity(request, uid, "edit")
    check_version(a, payload.version)
    sent = payload.model_dump(exclude_unset=True)
    changes = {f: sent[f] for f in ACTIVITY_FIELDS if f in sent} | _resolve_links(a.board, sent)
    a = save_activity(a, changes, user=user_of(request), base_version=payload.version)
    return activity_out(a)
