"""A cycle's themes and commitments, their quarterly progress updates and members' feedback."""

from __future__ import annotations

import uuid

from django.db import transaction
from ninja import Path as NinjaPath
from ninja import Router, Status
from pydantic import Field

from boardwork.api.access import (
    edit_fields,
    get_board,
    get_record,
    role,
)
from boardwork.api.auth import user_of
from boardwork.api.errors import check_version, invalid
from boardwork.api.schemas import (
    COMMITMENT_RELATED,
    CommitmentIn,
    CommitmentOut,
    CommitmentPatch,
    CommitmentState,
    FeedbackIn,
    FeedbackOut,
    InSchema,
    Message,
    RagValue,
    ThemeIn,
    ThemeOut,
    ThemePatch,
    UpdateIn,
    UpdateOut,
    commitment_out,
    theme_out,
    update_out,
)
from boardwork.boards import permissions
from boardwork.boards.models import Board, Change, Cycle, Person
from boardwork.plans.models import Commitment, Feedback, Theme
from boardwork.plans.services import QuarterTaken, record_update

# -- themes, commitments, progress, feedback -----------------------------------------------------

plans = Router(tags=["plans"])


def get_cycle(request, board: Board, uid) -> Cycle:
    cycle = Cycle.objects.filter(board=board, uid=uid).first()
    if cycle is None:
        raise invalid("cycle", f"There is no cycle {uid} on this board.")
    return cycle


@plans.get("/boards/{slug}/themes", response=list[ThemeOut])
def list_themes(request, slug: str, cycle: uuid.UUID | None = None):
    """The board's themes, oldest cycle first; `cycle` narrows to one cycle."""
    board = get_board(request, slug)
    qs = Theme.objects.filter(cycle__board=board).select_related("cycle", "continues")
    if cycle:
        qs = qs.filter(cycle__uid=cycle)
    return [theme_out(t) for t in qs]


@plans.get("/themes/{uuid:uid}", response=ThemeOut)
def theme_detail(request, uid: uuid.UUID):
    t = get_record(
        request, Theme.objects.select_related("cycle__board", "continues"), "theme", _cycle_board, uid=uid
    )
    return theme_out(t)


@plans.post("/boards/{slug}/themes", response={201: ThemeOut})
def create_theme(request, slug: str, payload: ThemeIn):
    board = get_board(request, slug, "edit")
    cycle = get_cycle(request, board, payload.cycle)
    theme = Theme(cycle=cycle, title=payload.title, order=payload.order, description=payload.description)
    if payload.continues:
        theme.continues = Theme.objects.filter(uid=payload.continues, cycle__board=board).first()
        if theme.continues is None:
            raise invalid("continues", "There is no such theme on this board.")
    theme.clean()
    theme.save()
    Change.record(theme, user=user_of(request), action="created")
    return Status(201, theme_out(theme))


@plans.patch("/themes/{uuid:uid}", response=ThemeOut)
def update_theme(request, uid: uuid.UUID, payload: ThemePatch):
    t = get_record(
        request,
        Theme.objects.select_related("cycle__board", "continues"),
        "theme",
        _cycle_board,
        "edit",
        uid=uid,
    )
    check_version(t, payload.version)
    before = edit_fields(t, payload, ["title", "order", "description"])
    t.save_edit(user=user_of(request), base_version=payload.version, before=before)
    return theme_out(t)


def _cycle_board(obj) -> Board:
    return obj.cycle.board


def commitments_for(request, board: Board):
    qs = Commitment.objects.filter(theme__cycle__board=board).select_related(*COMMITMENT_RELATED)
    return permissions.filter_records(qs, role(request, board))


@plans.get("/boards/{slug}/commitments", response=list[CommitmentOut])
def list_commitments(
    request,
    slug: str,
    cycle: uuid.UUID | None = None,
    theme: uuid.UUID | None = None,
    state: CommitmentState | None = None,
):
    board = get_board(request, slug)
    qs = commitments_for(request, board)
    if cycle:
        qs = qs.filter(theme__cycle__uid=cycle)
    if theme:
        qs = qs.filter(theme__uid=theme)
    if state:
        qs = qs.filter(state=state)
    return [commitment_out(c) for c in qs]


def get_commitment(request, uid, need="view") -> Commitment:
    return get_record(
        request,
        Commitment.objects.select_related("theme__cycle__board", "owner", "carried_from"),
        "commitment",
        lambda c: c.theme.cycle.board,
        need,
        uid=uid,
    )


@plans.get("/commitments/{uuid:uid}", response=CommitmentOut)
def commitment_detail(request, uid: uuid.UUID):
    return commitment_out(get_commitment(request, uid))


@plans.post("/themes/{uuid:uid}/commitments", response={201: CommitmentOut})
def create_commitment(request, uid: uuid.UUID, payload: CommitmentIn):
    theme = get_record(
        request, Theme.objects.select_related("cycle__board"), "theme", _cycle_board, "edit", uid=uid
    )
    data = payload.model_dump()
    del data["owner"]
    owner = None
    if payload.owner:
        owner = Person.objects.filter(uid=payload.owner).first()
        if owner is None:
            raise invalid("owner", "There is no such person.")
    c = Commitment(theme=theme, owner=owner, **data)
    c.save()
    Change.record(c, user=user_of(request), action="created")
    return Status(201, commitment_out(c))


@plans.patch("/commitments/{uuid:uid}", response=CommitmentOut)
def update_commitment(request, uid: uuid.UUID, payload: CommitmentPatch):
    c = get_commitment(request, uid, "edit")
    check_version(c, payload.version)
    before = edit_fields(
        c, payload, ["title", "order", "owner_name", "due", "state", "delay_reason", "review"]
    )
    c.clean()  # the state may not contradict the latest rating (422)
    c.save_edit(user=user_of(request), base_version=payload.version, before=before)
    return commitment_out(c)


@plans.get("/commitments/{uuid:uid}/updates", response=list[UpdateOut])
def list_updates(request, uid: uuid.UUID):
    c = get_commitment(request, uid)
    return [update_out(u) for u in c.updates.select_related("commitment", "author")]


@plans.post("/commitments/{uuid:uid}/updates", response={201: UpdateOut, 409: Message})
def create_update(request, uid: uuid.UUID, payload: UpdateIn):
    """Record a quarter's RAG rating and commentary (officers): one update per quarter, so a quarter
    that has one answers 409 (change it with PUT …/updates/{quarter}). The commitment's state
    follows its latest rating."""
    c = get_commitment(request, uid, "edit")
    try:
        u, _ = record_update(
            c,
            quarter=payload.quarter,
            rag=payload.rag,
            commentary=payload.commentary,
            user=user_of(request),
            replace=False,
        )
    except QuarterTaken as e:
        return Status(409, {"detail": e.messages[0]})
    return Status(201, update_out(u))


class QuarterUpdateIn(InSchema):
    rag: RagValue
    commentary: str = Field("", max_length=20000)


@plans.put("/commitments/{uuid:uid}/updates/{quarter}", response={200: UpdateOut, 201: UpdateOut})
def put_update(request, uid: uuid.UUID, payload: QuarterUpdateIn, quarter: int = NinjaPath(..., ge=1, le=4)):
    """Set a quarter's RAG rating and commentary: made if the quarter has none (201), else changed
    (200; the earlier rating stays in its history). The commitment's state follows its latest rating."""
    c = get_commitment(request, uid, "edit")
    u, created = record_update(
        c, quarter=quarter, rag=payload.rag, commentary=payload.commentary, user=user_of(request)
    )
    return Status(201 if created else 200, update_out(u))


def get_cycle_by_uid(request, uid, need: str = "view") -> Cycle:
    return get_record(
        request, Cycle.objects.select_related("board"), "cycle", lambda c: c.board, need, uid=uid
    )


@plans.get("/cycles/{uuid:uid}/feedback", response=list[FeedbackOut])
def list_feedback(request, uid: uuid.UUID):
    """The cycle's feedback: everyone's, with names, for officers; a member's own for a member."""
    cycle = get_cycle_by_uid(request, uid)
    items = permissions.filter_feedback(cycle.feedback.all(), role(request, cycle.board), user_of(request))
    return [
        {"uid": f.uid, "cycle": cycle.uid, "theme": f.theme.uid if f.theme_id else None,
         "author": str(f.person) if f.person_id else (f.author.get_username() if f.author_id else None),
         "text": f.text, "created": f.created}
        for f in items.select_related("theme", "person", "author")
    ]  # fmt: skip


@plans.post("/cycles/{uuid:uid}/feedback", response={201: FeedbackOut})
def give_feedback(request, uid: uuid.UUID, payload: FeedbackIn):
    """A member's (or officer's) comment on the cycle's priorities, on one theme or in general."""
    cycle = get_cycle_by_uid(request, uid, "feedback")
    user = user_of(request)
    theme = None
    if payload.theme:
        theme = Theme.objects.filter(uid=payload.theme, cycle=cycle).first()
        if theme is None:
            raise invalid("theme", "There is no such theme in this cycle.")
    person = Person.objects.filter(user=user).first()
    with transaction.atomic():
        f = Feedback.objects.create(cycle=cycle, theme=theme, person=person, author=user, text=payload.text)
        Change.record(f, user=user, action="created")
    return Status(201, {
        "uid": f.uid, "cycle": cycle.uid, "theme": theme.uid if theme else None,
        "author": str(person) if person else user.get_username(), "text": f.text, "created": f.created,
    })  # fmt: skip
