"""The REST API of draft papers: save a composed paper as a draft, read it with its block keys,
edit a block, recompose, read a version and what changed, sign off, publish and withdraw.

Mounted by boardwork/api/__init__.py; the authentication, refusals and error shapes are the
API's (auth.py, access.py, errors.py). The workflows are papers/drafts.py's and the rules the policy's, exactly as on the web pages
(web/draftviews.py). Errors: 403 when the caller may read the paper but not act (a sign-off step
that needs someone else), 409 for a stale `version` or publishing a paper not signed off, 422 for
a change that cannot be made (an empty block, a table, a return without a comment).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from ninja import Path, Query, Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from boardwork.api.access import (
    get_board,
    refuse,
    role,
)
from boardwork.api.auth import user_of
from boardwork.api.errors import invalid
from boardwork.api.papers import get_paper
from boardwork.api.schemas import InSchema, PaperOut, paper_out
from boardwork.boards import permissions
from boardwork.boards.models import AgendaItem, Cycle, Meeting
from boardwork.papers import drafts, revise
from boardwork.papers.models import StoredPaper

router = Router(tags=["paper drafts"])


# -- schemas -------------------------------------------------------------------------------------


class DraftIn(InSchema):
    kind: Literal["end_of_year", "work_plan", "performance"]
    cycle: uuid.UUID
    quarter: int | None = Field(None, ge=1, le=4)
    meeting: uuid.UUID | None = None
    agenda_item: uuid.UUID | None = None


class BlockOut(Schema):
    key: str
    type: str
    text: str | None
    number: str | None
    refs: list[str]
    edited: bool
    editable: bool


class StepOut(Schema):
    role: str
    approved_by: str | None
    approved_at: dt.datetime | None


class ApprovalOut(Schema):
    round: int
    role: str
    decision: str
    comment: str
    version: int
    by: str | None
    at: dt.datetime


class VersionSummary(Schema):
    number: int
    reason: str
    by: str | None
    at: dt.datetime


class DraftOut(Schema):
    uid: uuid.UUID
    title: str
    kind: str
    status: str
    published: bool
    version: int
    signed_off: bool
    next_step: str | None
    steps: list[StepOut]
    trail: list[ApprovalOut]
    blocks: list[BlockOut]
    versions: list[VersionSummary]


class ChangeOut(Schema):
    status: str
    key: str
    type: str
    before: str | None
    after: str | None
    edited: bool


class VersionOut(Schema):
    number: int
    reason: str
    against: int | None
    changes: list[ChangeOut]


class BlockPatch(InSchema):
    version: int = Field(ge=1, le=1_000_000)
    text: str = Field(min_length=1, max_length=drafts.MAX_BLOCK_TEXT)


class VersionIn(InSchema):
    version: int = Field(ge=1, le=1_000_000)


class SignoffIn(InSchema):
    decision: Literal["approved", "returned"]
    comment: str = Field("", max_length=2000)
    version: int = Field(ge=1, le=1_000_000)


class PublishIn(InSchema):
    publish: bool


# -- helpers -------------------------------------------------------------------------------------


def _name(user) -> str | None:
    return user.get_username() if user is not None else None


def draft_out(p: StoredPaper) -> dict:
    v = drafts.latest(p)
    doc = v.document()
    state = drafts.signoff(p)
    return {
        "uid": p.uid,
        "title": p.title,
        "kind": p.kind,
        "status": p.status,
        "published": p.published,
        "version": p.version,
        "signed_off": p.status == StoredPaper.Status.SIGNED_OFF,
        "next_step": state.next_step.role if state.next_step else None,
        "steps": [
            {
                "role": s.role,
                "approved_by": _name(s.approval.user) if s.approval else None,
                "approved_at": s.approval.at if s.approval else None,
            }
            for s in state.steps
        ],
        "trail": [
            {
                "round": a.round,
                "role": a.role,
                "decision": a.decision,
                "comment": a.comment,
                "version": a.version,
                "by": _name(a.user),
                "at": a.at,
            }
            for a in state.trail
        ],
        "blocks": [
            {
                "key": k,
                "type": b.type,
                "text": getattr(b, "text", None),
                "number": getattr(b, "number", None),
                "refs": list(b.refs),
                "edited": k in v.edits,
                "editable": revise.is_editable(b),
            }
            for k, b in zip(v.keys, doc.blocks, strict=True)
        ],
        "versions": [
            {"number": x.number, "reason": x.reason, "by": _name(x.user), "at": x.at}
            for x in p.versions.select_related("user").order_by("-number")
        ],
    }


def _draft(request, uid, need=permissions.can_view_board) -> StoredPaper:
    """The draft `uid` if the caller may read it and `need` (a policy predicate) allows them."""
    p = get_paper(request, uid)
    r = role(request, p.board)
    if not p.is_draft_paper or not permissions.can_view_board(r):
        refuse(request, None, "such draft")
    if not need(r):
        refuse(request, r, "such draft", "Only the board's officers can change its draft papers.")
    return p


def _failed(e: drafts.DraftError, field: str = "text"):
    if isinstance(e, drafts.NotAllowed):
        raise HttpError(403, str(e))
    raise invalid(field, str(e))


# -- endpoints -----------------------------------------------------------------------------------


@router.post("/boards/{slug}/drafts", response={201: DraftOut})
def create_draft(request, slug: str, payload: DraftIn):
    """Compose a paper and save it as a draft of the board (version 1)."""
    board = get_board(request, slug, need="view")
    r = role(request, board)
    if not permissions.can_edit_draft(r):
        refuse(request, r, f"board {slug!r}", "Only the board's officers can save draft papers.")
    cycle = Cycle.objects.filter(board=board, uid=payload.cycle).first()
    if cycle is None:
        raise invalid("cycle", "There is no such cycle on this board.")
    meeting = item = None
    if payload.meeting:
        meeting = Meeting.objects.filter(board=board, uid=payload.meeting).first()
        if meeting is None:
            raise invalid("meeting", "There is no such meeting of this board.")
    if payload.agenda_item:
        item = AgendaItem.objects.filter(meeting__board=board, uid=payload.agenda_item).first()
        if item is None:
            raise invalid("agenda_item", "There is no such agenda item at this board's meetings.")
    try:
        p = drafts.save_draft(
            board,
            payload.kind,
            cycle,
            user_of(request),
            quarter=payload.quarter,
            meeting=meeting,
            agenda_item=item,
        )
    except drafts.DraftError as e:
        _failed(e, "kind")
    return Status(201, draft_out(p))


@router.get("/papers/{uid}/draft", response=DraftOut)
def draft_detail(request, uid: uuid.UUID):
    """A draft paper: its latest version's blocks (with keys, for editing), sign-off and versions."""
    return draft_out(_draft(request, uid))


@router.get("/papers/{uid}/versions/{number}", response=VersionOut)
def draft_version(
    request,
    uid: uuid.UUID,
    number: int = Path(..., ge=1, le=1_000_000),
    against: int | None = Query(None, ge=1, le=1_000_000),
):
    """What changed in version `number` since version `against` (by default the one before)."""
    p = _draft(request, uid)
    if not p.versions.filter(number=number).exists() or (
        against is not None and not p.versions.filter(number=against).exists()
    ):
        raise HttpError(404, "There is no such version.")
    changes = drafts.version_diff(p, number, against)
    v = p.versions.get(number=number)
    return {
        "number": v.number,
        "reason": v.reason,
        "against": against or (number - 1 if number > 1 else None),
        "changes": [c.__dict__ for c in changes],
    }


@router.patch("/papers/{uid}/blocks/{key}", response=DraftOut)
def edit_block(request, uid: uuid.UUID, key: str, payload: BlockPatch):
    """Change one block's text (its refs are kept); `version` is the paper's version you read."""
    p = _draft(request, uid, permissions.can_edit_draft)
    try:
        drafts.edit_block(p, key, payload.text, user_of(request), payload.version)
    except drafts.DraftError as e:
        _failed(e)
    p.refresh_from_db()
    return draft_out(p)


@router.post("/papers/{uid}/recompose", response=VersionOut)
def recompose(request, uid: uuid.UUID, payload: VersionIn):
    """Compose the draft again from the records, keeping the edits; answers what changed."""
    p = _draft(request, uid, permissions.can_edit_draft)
    try:
        v = drafts.recompose(p, user_of(request), payload.version)
    except drafts.DraftError as e:
        _failed(e, "version")
    changes = drafts.version_diff(p, v.number)
    return {
        "number": v.number,
        "reason": v.reason,
        "against": v.number - 1,
        "changes": [c.__dict__ for c in changes],
    }


@router.post("/papers/{uid}/signoff", response=DraftOut)
def signoff(request, uid: uuid.UUID, payload: SignoffIn):
    """Approve or return the draft at its next sign-off step."""
    p = _draft(request, uid, permissions.can_approve)
    try:
        drafts.decide(p, user_of(request), payload.decision, payload.comment, payload.version)
    except drafts.DraftError as e:
        _failed(e, "comment")
    p.refresh_from_db()
    return draft_out(p)


@router.post("/papers/{uid}/publish", response=PaperOut)
def publish(request, uid: uuid.UUID, payload: PublishIn):
    """Publish (a signed-off draft, or a stored paper) or withdraw one of the board's papers."""
    p = get_paper(request, uid)
    r = role(request, p.board)
    if not permissions.can_publish(r):
        refuse(request, r, "such paper", "Only the board's officers can publish its papers.")
    try:
        drafts.set_published(p, user_of(request), payload.publish)
    except drafts.NotSignedOff as e:
        raise HttpError(409, str(e)) from None
    p.refresh_from_db()
    return paper_out(p)
