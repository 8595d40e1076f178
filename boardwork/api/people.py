"""REST API for people and engagement, and record hygiene: appointments to outside bodies, the
activities a person took part in, withdrawing / reinstating / merging activities, merging duplicate
organisations, policies and people, the board-wide change log, and the board's sign-off chain.

Mounted in boardwork/api/__init__.py; it uses the package's authentication, permission checks and
error shapes. Writes go through the services
(activities/services.py, boards/services.py), the same ones the web pages call."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from ninja import Query, Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from boardwork.activities import merging, services
from boardwork.activities.filters import LOG_ORDER
from boardwork.activities.models import Activity, Appointment, Organisation, Policy
from boardwork.api.access import check, get_board, get_record
from boardwork.api.auth import user_of
from boardwork.api.errors import check_version, invalid
from boardwork.api.schemas import InSchema
from boardwork.boards import permissions
from boardwork.boards import services as board_services
from boardwork.boards.models import Person
from boardwork.papers import drafts

router = Router(tags=["people and hygiene"])


# -- appointments --------------------------------------------------------------------------------


class AppointmentOut(Schema):
    uid: uuid.UUID
    board: str
    person: uuid.UUID
    person_name: str
    organisation: uuid.UUID
    organisation_name: str
    role: str
    start: dt.date | None
    end: dt.date | None
    current: bool
    note: str
    version: int


class AppointmentIn(InSchema):
    person: uuid.UUID
    organisation: uuid.UUID
    role: str = Field("", max_length=200)
    start: dt.date | None = None
    end: dt.date | None = None
    note: str = Field("", max_length=5000)


class AppointmentPatch(InSchema):
    version: int = Field(ge=1)
    organisation: uuid.UUID | None = None
    role: str | None = Field(None, max_length=200)
    start: dt.date | None = None
    end: dt.date | None = None
    note: str | None = Field(None, max_length=5000)


class AppointmentQuery(Schema):
    person: uuid.UUID | None = None
    organisation: uuid.UUID | None = None
    current: bool | None = None


def appointment_out(ap: Appointment) -> dict:
    return {
        "uid": ap.uid, "board": ap.board.slug, "person": ap.person.uid, "person_name": ap.person.display_name,
        "organisation": ap.organisation.uid, "organisation_name": ap.organisation.name, "role": ap.role,
        "start": ap.start, "end": ap.end, "current": ap.is_current(), "note": ap.note, "version": ap.version,
    }  # fmt: skip


def _person(uid: uuid.UUID, field: str) -> Person:
    p = Person.objects.filter(uid=uid).first()
    if p is None:
        raise invalid(field, "There is no such person.")
    return p


def _organisation(uid: uuid.UUID, field: str = "organisation") -> Organisation:
    org = Organisation.objects.filter(uid=uid).first()
    if org is None:
        raise invalid(field, "There is no such organisation.")
    return org


@router.get("/boards/{slug}/appointments", response=list[AppointmentOut])
def list_appointments(request, slug: str, q: Query[AppointmentQuery]):
    """Who represents the board on which outside bodies, from–to (filter by person, organisation,
    current)."""
    board = get_board(request, slug)
    qs = Appointment.objects.filter(board=board).select_related("board", "person", "organisation")
    if q.person:
        qs = qs.filter(person__uid=q.person)
    if q.organisation:
        qs = qs.filter(organisation__uid=q.organisation)
    out = [appointment_out(ap) for ap in qs]
    return [a for a in out if q.current is None or a["current"] == q.current]


@router.post("/boards/{slug}/appointments", response={201: AppointmentOut})
def create_appointment(request, slug: str, payload: AppointmentIn):
    board = get_board(request, slug, "edit")
    fields = {
        "person": _person(payload.person, "person"),
        "organisation": _organisation(payload.organisation),
        "role": payload.role, "start": payload.start, "end": payload.end, "note": payload.note,
    }  # fmt: skip
    ap = services.save_appointment(None, fields, board=board, user=user_of(request))
    return Status(201, appointment_out(ap))


@router.patch("/appointments/{uuid:uid}", response=AppointmentOut)
def update_appointment(request, uid: uuid.UUID, payload: AppointmentPatch):
    qs = Appointment.objects.select_related("board", "person", "organisation")
    ap = get_record(request, qs, "appointment", lambda a: a.board, "edit", uid=uid)
    check_version(ap, payload.version)
    sent = payload.model_dump(exclude_unset=True)
    fields: dict[str, Any] = {k: sent[k] for k in ("role", "start", "end", "note") if k in sent}
    if sent.get("organisation"):
        fields["organisation"] = _organisation(sent["organisation"])
    fields["version"] = payload.version
    services.save_appointment(ap, fields, user=user_of(request))
    return appointment_out(ap)


class ActivityRef(Schema):
    uid: uuid.UUID
    title: str
    date: str | None
    review: str


@router.get("/boards/{slug}/people/{uuid:uid}/activities", response=list[ActivityRef])
def person_activities(request, slug: str, uid: uuid.UUID):
    """The activities of the board a person took part in, newest first (members: accepted ones)."""
    board = get_board(request, slug)
    r = check(request, board)
    qs = permissions.filter_records(Activity.objects.filter(board=board, people__uid=uid), r)
    return [
        {"uid": a.uid, "title": a.title or a.text[:120], "date": a.date_iso, "review": a.review}
        for a in qs.order_by(*LOG_ORDER)[:500]
    ]


# -- withdrawing, reinstating, merging -----------------------------------------------------------


class WithdrawIn(InSchema):
    version: int = Field(ge=1)
    reason: str = Field("", max_length=300)


class VersionIn(InSchema):
    version: int = Field(ge=1)


class MergeIn(InSchema):
    into: uuid.UUID = Field(description="The uid of the record to keep")


class HygieneOut(Schema):
    uid: uuid.UUID
    withdrawn: bool
    withdrawn_reason: str
    version: int


def _activity(request, uid, qs=None) -> Activity:
    qs = qs if qs is not None else Activity.all_objects.select_related("board")
    return get_record(request, qs, "activity", lambda a: a.board, "edit", uid=uid)


def _hygiene_out(a: Activity) -> dict:
    return {
        "uid": a.uid, "withdrawn": a.withdrawn_on is not None, "withdrawn_reason": a.withdrawn_reason,
        "version": a.version,
    }  # fmt: skip


@router.post("/activities/{uuid:uid}/withdraw", response=HygieneOut)
def withdraw_activity(request, uid: uuid.UUID, payload: WithdrawIn):
    """Withdraw an activity: kept with its history, gone from papers, counts, search and exports."""
    a = _activity(request, uid)
    check_version(a, payload.version)
    if a.withdrawn_on is not None:
        raise HttpError(409, "This activity is already withdrawn.")
    services.withdraw_activity(a, reason=payload.reason, user=user_of(request), base_version=payload.version)
    return _hygiene_out(a)


@router.post("/activities/{uuid:uid}/reinstate", response=HygieneOut)
def reinstate_activity(request, uid: uuid.UUID, payload: VersionIn):
    a = _activity(request, uid)
    check_version(a, payload.version)
    if a.withdrawn_on is None:
        raise HttpError(409, "This activity is not withdrawn.")
    services.reinstate_activity(a, user=user_of(request), base_version=payload.version)
    return _hygiene_out(a)


@router.post("/activities/{uuid:uid}/merge", response=HygieneOut)
def merge_activity(request, uid: uuid.UUID, payload: MergeIn):
    """Merge this activity (a duplicate) into `into`, of the same board: its links move, it is
    removed, and its uid is recorded as merged. Answers with the activity kept."""
    a = _activity(request, uid, Activity.objects.select_related("board"))
    keep = Activity.objects.filter(board=a.board, uid=payload.into).first()
    if keep is None:
        raise invalid("into", "There is no such activity of this board.")
    merging.merge_activities(a, keep, user=user_of(request))
    return _hygiene_out(keep)


class MergedOut(Schema):
    uid: uuid.UUID
    name: str


def _need_merge(request) -> None:
    user = user_of(request)
    if user is None:
        raise HttpError(401, "Sign in (or send an API token) to merge records.")
    if not permissions.can_edit_shared(user):
        raise HttpError(403, "Only the boards' officers and administrators can merge records.")


def _pair(request, model, uid, into, what: str):
    """The duplicate and the record to keep, if the caller may merge them (the policy: an officer
    of every board that uses them, else an administrator)."""
    dup = model.objects.filter(uid=uid).first()
    if dup is None:
        raise HttpError(404, f"There is no such {what}.")
    keep = model.objects.filter(uid=into).first()
    if keep is None or keep.pk == dup.pk:
        raise invalid("into", f"Name another {what} to keep.")
    if not permissions.may_merge_shared(user_of(request), dup, keep):
        raise HttpError(403, permissions.MERGE_REFUSED)
    return dup, keep


@router.post("/organisations/{uuid:uid}/merge", response=MergedOut)
def merge_organisation(request, uid: uuid.UUID, payload: MergeIn):
    """Merge a duplicate organisation into another: links and appointments move. An officer of
    every board that uses either may (else an administrator)."""
    _need_merge(request)
    dup, keep = _pair(request, Organisation, uid, payload.into, "organisation")
    merging.merge_organisations(dup, keep, user=user_of(request))
    return {"uid": keep.uid, "name": keep.name}


@router.post("/policies/{uuid:uid}/merge", response=MergedOut)
def merge_policy(request, uid: uuid.UUID, payload: MergeIn):
    _need_merge(request)
    dup, keep = _pair(request, Policy, uid, payload.into, "policy")
    merging.merge_policies(dup, keep, user=user_of(request))
    return {"uid": keep.uid, "name": keep.title}


@router.post("/people/{uuid:uid}/merge", response=MergedOut)
def merge_person(request, uid: uuid.UUID, payload: MergeIn):
    _need_merge(request)
    dup, keep = _pair(request, Person, uid, payload.into, "person")
    merging.merge_people(dup, keep, user=user_of(request))
    return {"uid": keep.uid, "name": keep.display_name}


# -- the change log and the sign-off chain ---------------------------------------------------------


class ChangeOut(Schema):
    at: dt.datetime
    user: str | None
    record: str
    uid: uuid.UUID
    action: str
    changes: dict


class ChangeQuery(Schema):
    kind: str = Field("", max_length=30, description="activity, theme, commitment, meeting, …")
    user: str = Field("", max_length=150)
    action: str = Field("", max_length=20)
    page: int = Field(1, ge=1, le=10000)


class ChangePage(Schema):
    page: int
    has_next: bool
    changes: list[ChangeOut]


PAGE = 100


@router.get("/boards/{slug}/changes", response=ChangePage)
def list_changes(request, slug: str, q: Query[ChangeQuery]):
    """The board-wide change log, newest first, 100 a page (officers)."""
    board = get_board(request, slug, "edit")  # permissions.can_view_changes: the board's editors
    if q.kind and q.kind not in board_services.CHANGE_KINDS:
        raise invalid("kind", f"kind must be one of: {', '.join(board_services.CHANGE_KINDS)}")
    qs = board_services.board_changes(board, kind=q.kind, user=q.user, action=q.action)
    rows = list(qs[(q.page - 1) * PAGE : q.page * PAGE + 1])
    return {
        "page": q.page,
        "has_next": len(rows) > PAGE,
        "changes": [
            {"at": c.at, "user": c.user.get_username() if c.user_id else None, "record": c.content_type.model,
             "uid": c.object_uid, "action": c.action, "changes": c.changes}
            for c in rows[:PAGE]
        ],
    }  # fmt: skip


class ChainOut(Schema):
    board: str
    roles: list[str]
    configured: bool


class ChainIn(InSchema):
    roles: list[str] = Field(max_length=5, description="Membership roles, in order; [] for the default")


@router.get("/boards/{slug}/signoff-chain", response=ChainOut)
def get_signoff_chain(request, slug: str):
    """The roles that must approve the board's papers, in order."""
    from boardwork.papers.models import SignoffChain

    board = get_board(request, slug)
    configured = SignoffChain.objects.filter(board=board).exclude(roles=[]).exists()
    return {"board": board.slug, "roles": drafts.chain_for(board), "configured": configured}


@router.put("/boards/{slug}/signoff-chain", response=ChainOut)
def put_signoff_chain(request, slug: str, payload: ChainIn):
    board = get_board(request, slug, "edit")  # permissions.can_edit_signoff_chain: the board's editors
    board_services.set_signoff_chain(board, payload.roles, user=user_of(request))
    return {"board": board.slug, "roles": drafts.chain_for(board), "configured": bool(payload.roles)}
