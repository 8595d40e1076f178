"""REST API for making and running a cycle's plan: the plan at a glance, theme lineage and the
meeting that agreed it, reorder / merge / retire, commitments' lead officer and carried-from, the
quarter grid (every commitment's rating for a quarter at once), answering members' feedback and
carrying slipped work forward. The writes are plans/services.py functions (history kept).

Mounted by boardwork/api/__init__.py; the authentication, permission checks and error shapes are
the API's (auth.py, access.py, errors.py)."""

from __future__ import annotations

import datetime as dt
import uuid

from django.db.models import Prefetch
from ninja import Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from boardwork.api.access import (
    get_record,
    role,
)
from boardwork.api.auth import user_of
from boardwork.api.errors import check_version, invalid
from boardwork.api.schemas import CommitmentOut, InSchema, RagValue, commitment_out
from boardwork.api.themes import get_commitment, get_cycle_by_uid
from boardwork.boards import permissions
from boardwork.boards.models import Meeting, Person
from boardwork.plans import services
from boardwork.plans.models import Commitment, Feedback, Review, Theme

router = Router(tags=["plans"])


class PlanCommitment(Schema):
    uid: uuid.UUID
    title: str
    owner_display: str
    lead_officer: uuid.UUID | None
    due: dt.date | None
    state: str
    carried_from: uuid.UUID | None
    delay_reason: str
    answers: list[uuid.UUID]


class PlanTheme(Schema):
    uid: uuid.UUID
    title: str
    order: int
    description: str
    continues: uuid.UUID | None
    agreed_at: uuid.UUID | None
    retired_on: dt.date | None
    version: int
    commitments: list[PlanCommitment]


class PlanOut(Schema):
    cycle: uuid.UUID
    label: str
    themes: list[PlanTheme]


class ThemePlanPatch(InSchema):
    version: int = Field(ge=1)
    continues: uuid.UUID | None = Field(None, description="The earlier cycle's theme this one carries on.")
    agreed_at: uuid.UUID | None = Field(None, description="The meeting that agreed the theme.")


class ThemeOrder(InSchema):
    themes: list[uuid.UUID] = Field(max_length=500, description="Every theme of the cycle, in the new order.")


class MergeIn(InSchema):
    into: uuid.UUID


class RetireIn(InSchema):
    undo: bool = False
    on: dt.date | None = None


class CommitmentPlanPatch(InSchema):
    version: int = Field(ge=1)
    owner: uuid.UUID | None = None
    lead_officer: uuid.UUID | None = None
    carried_from: uuid.UUID | None = None


class QuarterRow(Schema):
    commitment: uuid.UUID
    title: str
    theme: str
    rag: str | None
    commentary: str
    previous_quarter: int | None
    previous_rag: str | None
    previous_commentary: str | None


class QuarterEntry(InSchema):
    commitment: uuid.UUID
    rag: RagValue
    commentary: str = Field("", max_length=10000)


class QuarterIn(InSchema):
    updates: list[QuarterEntry] = Field(max_length=2000)


class QuarterSaved(Schema):
    saved: int


class CarryIn(InSchema):
    theme: uuid.UUID = Field(description="The later cycle's theme to carry the work into.")
    reason: str = Field("", max_length=5000)


class AnswersIn(InSchema):
    commitments: list[uuid.UUID] = Field(max_length=200)


class AnswersOut(Schema):
    feedback: uuid.UUID
    commitments: list[uuid.UUID]


def plan_theme_out(t: Theme, commitments=None) -> dict:
    cs = t.commitments.all() if commitments is None else commitments
    return {
        "uid": t.uid, "title": t.title, "order": t.order, "description": t.description,
        "continues": t.continues.uid if t.continues is not None else None,
        "agreed_at": t.agreed_at.uid if t.agreed_at is not None else None,
        "retired_on": t.retired_on, "version": t.version,
        "commitments": [
            {"uid": c.uid, "title": c.title, "owner_display": c.owner_display,
             "lead_officer": c.lead_officer.uid if c.lead_officer is not None else None, "due": c.due, "state": c.state,
             "carried_from": c.carried_from.uid if c.carried_from is not None else None, "delay_reason": c.delay_reason,
             "answers": [f.uid for f in c.answers_feedback.all()]}
            for c in cs
        ],
    }  # fmt: skip


def _theme(request, uid, need="view") -> Theme:
    qs = Theme.objects.select_related("cycle__board", "continues", "agreed_at")
    return get_record(request, qs, "theme", lambda t: t.cycle.board, need, uid=uid)


def _plan_themes(request, cycle):
    commitments = Commitment.objects.select_related("owner", "lead_officer", "carried_from").prefetch_related(
        "answers_feedback"
    )
    commitments = permissions.filter_records(commitments, role(request, cycle.board))
    return (
        Theme.objects.filter(cycle=cycle)
        .select_related("continues", "agreed_at")
        .prefetch_related(Prefetch("commitments", queryset=commitments.exclude(review=Review.REJECTED)))
        .order_by("order", "id")
    )


@router.get("/cycles/{uuid:uid}/plan", response=PlanOut)
def cycle_plan(request, uid: uuid.UUID):
    """The cycle's plan: its themes in order (lineage, agreeing meeting, retired) with their commitments."""
    cycle = get_cycle_by_uid(request, uid)
    return {
        "cycle": cycle.uid,
        "label": cycle.label,
        "themes": [plan_theme_out(t) for t in _plan_themes(request, cycle)],
    }


@router.patch("/themes/{uuid:uid}/plan", response=PlanTheme)
def update_theme_plan(request, uid: uuid.UUID, payload: ThemePlanPatch):
    """Set the theme it carries on from and the meeting that agreed it (null clears either)."""
    t = _theme(request, uid, "edit")
    check_version(t, payload.version)
    sent = payload.model_dump(exclude_unset=True)
    fields = [f for f in ("continues", "agreed_at") if f in sent]
    before = t.snapshot(fields)
    if "continues" in sent:
        t.continues = None
        if sent["continues"]:
            t.continues = Theme.objects.filter(uid=sent["continues"], cycle__board=t.cycle.board).first()
            if t.continues is None:
                raise invalid("continues", "There is no such theme on this board.")
    if "agreed_at" in sent:
        t.agreed_at = None
        if sent["agreed_at"]:
            t.agreed_at = Meeting.objects.filter(uid=sent["agreed_at"], board=t.cycle.board).first()
            if t.agreed_at is None:
                raise invalid("agreed_at", "There is no such meeting of this board.")
    t.clean()
    t.save_edit(user=user_of(request), base_version=payload.version, before=before)
    return plan_theme_out(t)


@router.post("/cycles/{uuid:uid}/theme-order", response=PlanOut)
def reorder_themes(request, uid: uuid.UUID, payload: ThemeOrder):
    """Put the cycle's themes in a new order: list every theme once."""
    cycle = get_cycle_by_uid(request, uid, "edit")
    by_uid = {t.uid: t for t in Theme.objects.filter(cycle=cycle)}
    if len(payload.themes) != len(set(payload.themes)) or set(payload.themes) != set(by_uid):
        raise invalid("themes", "List every theme of the cycle once.")
    services.reorder_themes(cycle, [by_uid[u] for u in payload.themes], user=user_of(request))
    return cycle_plan(request, uid)


@router.post("/themes/{uuid:uid}/merge", response=PlanTheme)
def merge_theme(request, uid: uuid.UUID, payload: MergeIn):
    """Merge this theme into another of the same cycle (commitments, activities and feedback move;
    this theme is removed)."""
    t = _theme(request, uid, "edit")
    target = Theme.objects.filter(uid=payload.into, cycle=t.cycle).first()
    if target is None:
        raise invalid("into", "Choose another theme of the same cycle.")
    target = services.merge_themes(t, target, user=user_of(request))
    return plan_theme_out(target)


@router.post("/themes/{uuid:uid}/retire", response=PlanTheme)
def retire_theme(request, uid: uuid.UUID, payload: RetireIn):
    """Retire the theme (kept with its records; takes no new work), or bring it back (undo)."""
    t = _theme(request, uid, "edit")
    services.retire_theme(t, on=payload.on, undo=payload.undo, user=user_of(request))
    return plan_theme_out(t)


@router.patch("/commitments/{uuid:uid}/plan", response=CommitmentOut)
def update_commitment_plan(request, uid: uuid.UUID, payload: CommitmentPlanPatch):
    """Set the owner, lead officer (people the board knows) and the commitment it carries forward."""
    c = get_commitment(request, uid, "edit")
    check_version(c, payload.version)
    board = c.theme.cycle.board
    sent = payload.model_dump(exclude_unset=True)
    fields = [f for f in ("owner", "lead_officer", "carried_from") if f in sent]
    before = c.snapshot(fields)
    for f in ("owner", "lead_officer"):
        if f in sent:
            value = None
            if sent[f]:
                value = Person.objects.filter(uid=sent[f], memberships__board=board).distinct().first()
                if value is None:
                    raise invalid(f, "Name a member or officer of this board.")
            setattr(c, f, value)
    if "carried_from" in sent:
        c.carried_from = None
        if sent["carried_from"]:
            c.carried_from = Commitment.objects.filter(
                uid=sent["carried_from"], theme__cycle__board=board
            ).first()
            if c.carried_from is None:
                raise invalid("carried_from", "There is no such commitment on this board.")
    c.clean()
    c.save_edit(user=user_of(request), base_version=payload.version, before=before)
    return commitment_out(c)


@router.get("/cycles/{uuid:uid}/quarters/{quarter}", response=list[QuarterRow])
def quarter_grid(request, uid: uuid.UUID, quarter: int):
    """Every commitment of the cycle with its rating for the quarter and the latest earlier one."""
    cycle = get_cycle_by_uid(request, uid)
    if quarter not in (1, 2, 3, 4):
        raise HttpError(404, "There are four quarters.")
    board_role = role(request, cycle.board)
    rows = [
        r
        for r in services.quarter_rows(cycle, quarter)
        if permissions.can_view_record(board_role, r["commitment"].review)
    ]
    return [
        {"commitment": r["commitment"].uid, "title": r["commitment"].title, "theme": r["commitment"].theme.title,
         "rag": r["update"].rag if r["update"] else None,
         "commentary": r["update"].commentary if r["update"] else "",
         "previous_quarter": r["previous"].quarter if r["previous"] else None,
         "previous_rag": r["previous"].rag if r["previous"] else None,
         "previous_commentary": r["previous"].commentary if r["previous"] else None}
        for r in rows
    ]  # fmt: skip


@router.put("/cycles/{uuid:uid}/quarters/{quarter}", response=QuarterSaved)
def save_quarter(request, uid: uuid.UUID, quarter: int, payload: QuarterIn):
    """Rate many commitments for the quarter at once (all or nothing). Each rating follows the
    one rule for updates: one per commitment per quarter, a second one edits it."""
    cycle = get_cycle_by_uid(request, uid, "edit")
    if quarter not in (1, 2, 3, 4):
        raise HttpError(404, "There are four quarters.")
    uids = [e.commitment for e in payload.updates]
    if len(uids) != len(set(uids)):
        raise invalid("updates", "Rate each commitment once.")
    found = {
        c.uid: c for c in Commitment.objects.filter(theme__cycle=cycle, uid__in=uids).select_related("theme")
    }
    for i, u in enumerate(uids):
        if u not in found:
            raise invalid(["updates", i, "commitment"], "There is no such commitment in this cycle.")
    entries = [
        {"commitment": found[e.commitment], "rag": e.rag, "commentary": e.commentary} for e in payload.updates
    ]
    return {"saved": services.save_quarter(cycle, quarter, entries, user=user_of(request))}


@router.post("/commitments/{uuid:uid}/carry-forward", response={201: CommitmentOut})
def carry_forward(request, uid: uuid.UUID, payload: CarryIn):
    """Carry unfinished work into a later cycle's theme (the old one becomes deferred)."""
    c = get_commitment(request, uid, "edit")
    theme = (
        Theme.objects.filter(uid=payload.theme, cycle__board=c.theme.cycle.board)
        .select_related("cycle")
        .first()
    )
    if theme is None:
        raise invalid("theme", "There is no such theme on this board.")
    new = services.carry_forward(c, theme, reason=payload.reason or c.delay_reason, user=user_of(request))
    return Status(201, commitment_out(new))


@router.put("/feedback/{uuid:uid}/answers", response=AnswersOut)
def answer_feedback(request, uid: uuid.UUID, payload: AnswersIn):
    """The commitments that answer a piece of members' feedback (an empty list: not answered)."""
    fb = get_record(
        request,
        Feedback.objects.select_related("cycle__board"),
        "feedback",
        lambda f: f.cycle.board,
        "edit",
        uid=uid,
    )
    found = list(
        Commitment.objects.filter(
            uid__in=payload.commitments, theme__cycle__board=fb.cycle.board
        ).select_related("theme__cycle")
    )
    if len(found) != len(set(payload.commitments)):
        raise invalid("commitments", "Answer with commitments of this board.")
    services.answer_feedback(fb, found, user=user_of(request))
    return {"feedback": fb.uid, "commitments": [c.uid for c in found]}
