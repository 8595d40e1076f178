"""REST API for meetings and what hangs on them: cycles, meetings (attendance), agenda items,
minutes' actions (tracked until closed) and the board's people.

Mounted by boardwork/api/__init__.py; the authentication, permission checks and error shapes are
the API's (auth.py, access.py, errors.py)."""

from __future__ import annotations

import datetime as dt
import uuid

from django.db import transaction
from django.db.models import F
from ninja import Query, Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from boardwork.activities.models import Appointment
from boardwork.api.access import (
    get_board,
    get_record,
)
from boardwork.api.auth import user_of
from boardwork.api.boards import boards as board_router
from boardwork.api.errors import check_version, invalid
from boardwork.api.people import AppointmentOut, appointment_out
from boardwork.api.schemas import InSchema, unchanged
from boardwork.boards import services
from boardwork.boards.models import Action, AgendaItem, Change, Cycle, Meeting, Membership, Person
from boardwork.papers.models import StoredPaper

router = Router(tags=["meetings"])
# Writes on paths whose GET is on boardwork.api's `boards` router go on that router: django-ninja
# answers a path from one router only (another router's method on it would be a 405).


class CycleIn(InSchema):
    label: str = Field(min_length=1, max_length=20)
    start: dt.date
    end: dt.date


class CycleDetail(Schema):
    uid: uuid.UUID
    board: str
    label: str
    start: dt.date
    end: dt.date


class PersonRef(Schema):
    uid: uuid.UUID
    name: str


class AgendaItemOut(Schema):
    uid: uuid.UUID
    meeting: uuid.UUID
    number: str
    title: str
    order: int
    paper: uuid.UUID | None
    paper_title: str | None
    report_kind: str
    version: int


class ActionOut(Schema):
    uid: uuid.UUID
    meeting: uuid.UUID
    meeting_date: dt.date
    text: str
    owner: str
    due: dt.date | None
    status: str
    overdue: bool
    closed_on: dt.date | None
    closed_by: uuid.UUID | None
    note: str
    version: int


class MeetingDetail(Schema):
    uid: uuid.UUID
    board: str
    cycle: uuid.UUID | None
    date: dt.date
    start_time: dt.time | None
    place: str
    title: str
    attendees: list[PersonRef]
    apologies: list[PersonRef]
    agenda: list[AgendaItemOut]
    actions: list[ActionOut]
    version: int


class MeetingIn(InSchema):
    date: dt.date
    start_time: dt.time | None = None
    place: str = Field("", max_length=200)
    title: str = Field("", max_length=200)
    attendees: list[uuid.UUID] = Field(default_factory=list, max_length=500)
    apologies: list[uuid.UUID] = Field(default_factory=list, max_length=500)


class MeetingPatch(InSchema):
    version: int = Field(ge=1)
    date: dt.date = unchanged()
    start_time: dt.time | None = None
    place: str = unchanged(max_length=200)
    title: str = unchanged(max_length=200)
    attendees: list[uuid.UUID] | None = Field(None, max_length=500)
    apologies: list[uuid.UUID] | None = Field(None, max_length=500)


class AgendaItemIn(InSchema):
    title: str = Field(min_length=1, max_length=300)
    number: str = Field("", max_length=10)
    paper: uuid.UUID | None = None
    report_kind: str = Field("", pattern="^(|end_of_year|work_plan|performance)$")


class AgendaItemPatch(InSchema):
    version: int = Field(ge=1)
    title: str = unchanged(min_length=1, max_length=300)
    number: str = unchanged(min_length=1, max_length=10)
    order: int = unchanged(ge=0, le=10000)
    paper: uuid.UUID | None = None
    report_kind: str = unchanged(pattern="^(|end_of_year|work_plan|performance)$")


class ActionIn(InSchema):
    text: str = Field(min_length=1, max_length=5000)
    owner: str = Field("", max_length=200)
    due: dt.date | None = None


class ActionPatch(InSchema):
    version: int = Field(ge=1)
    text: str = unchanged(min_length=1, max_length=5000)
    owner: str = unchanged(max_length=200)
    due: dt.date | None = None


class ActionClose(InSchema):
    version: int = Field(ge=1)
    status: str = Field(pattern="^(done|dropped)$")
    closed_on: dt.date | None = None
    closed_by: uuid.UUID | None = Field(None, description="The later meeting that closed it.")
    note: str = Field("", max_length=5000)


class MembershipOut(Schema):
    role: str
    start: dt.date | None
    end: dt.date | None
    current: bool


class PersonOut(Schema):
    uid: uuid.UUID
    name: str
    honorific: str
    kind: str
    role: str
    party: str
    council: str
    memberships: list[MembershipOut]


class PersonDetailOut(PersonOut):
    # The outside bodies they represent the board on, from–to (newest first).
    appointments: list[AppointmentOut]


# -- shaping -----------------------------------------------------------------------------------------


def person_ref(p: Person) -> dict:
    return {"uid": p.uid, "name": p.display_name}


def agenda_item_out(i: AgendaItem, meeting_uid=None) -> dict:
    return {
        "uid": i.uid,
        "meeting": meeting_uid or i.meeting.uid,
        "number": i.number,
        "title": i.title,
        "order": i.order,
        "paper": i.paper.uid if i.paper is not None else None,
        "paper_title": i.paper.title if i.paper is not None else None,
        "report_kind": i.report_kind,
        "version": i.version,
    }


def action_out(a: Action) -> dict:
    return {
        "uid": a.uid,
        "meeting": a.meeting.uid,
        "meeting_date": a.meeting.date,
        "text": a.text,
        "owner": a.owner,
        "due": a.due,
        "status": a.status,
        "overdue": a.is_overdue(),
        "closed_on": a.closed_on,
        "closed_by": a.closed_by.uid if a.closed_by is not None else None,
        "note": a.note,
        "version": a.version,
    }


def meeting_out(m: Meeting) -> dict:
    return {
        "uid": m.uid,
        "board": m.board.slug,
        "cycle": m.cycle.uid if m.cycle is not None else None,
        "date": m.date,
        "start_time": m.start_time,
        "place": m.place,
        "title": m.title,
        "attendees": [person_ref(p) for p in m.attendees.all()],
        "apologies": [person_ref(p) for p in m.apologies.all()],
        "agenda": [
            agenda_item_out(i, m.uid)
            for i in m.agenda.select_related("paper").defer("paper__structure").order_by("order", "id")
        ],
        "actions": [action_out(a) for a in m.actions.select_related("meeting", "closed_by")],
        "version": m.version,
    }


def get_meeting(request, uid, need="view") -> Meeting:
    return get_record(
        request, Meeting.objects.select_related("board", "cycle"), "meeting", lambda m: m.board, need, uid=uid
    )


def board_persons(board, uids, field: str) -> list[Person]:
    """The people `uids` name, each one the board knows (a member or officer)."""
    uids = list(dict.fromkeys(uids))
    found = list(Person.objects.filter(uid__in=uids, memberships__board=board).distinct())
    if len(found) != len(uids):
        raise invalid(field, "Name people who are members or officers of this board.")
    return found


# -- cycles --------------------------------------------------------------------------------------------


@board_router.post("/boards/{slug}/cycles", response={201: CycleDetail})
def create_cycle(request, slug: str, payload: CycleIn):
    """Start a cycle (a board year) from scratch; rolling one over from the last is the web's rollover."""
    board = get_board(request, slug, "edit")
    if Cycle.objects.filter(board=board, label=payload.label).exists():
        raise invalid("label", f"There is already a cycle called {payload.label}.")
    c = Cycle(board=board, label=payload.label, start=payload.start, end=payload.end)
    c.full_clean()
    c.save()
    Change.record(c, user=user_of(request), action="created")
    return Status(201, {"uid": c.uid, "board": board.slug, "label": c.label, "start": c.start, "end": c.end})


@router.get("/cycles/{uuid:uid}", response=CycleDetail)
def cycle_detail(request, uid: uuid.UUID):
    c = get_record(request, Cycle.objects.select_related("board"), "cycle", lambda c: c.board, uid=uid)
    return {"uid": c.uid, "board": c.board.slug, "label": c.label, "start": c.start, "end": c.end}


# -- meetings --------------------------------------------------------------------------------------------


@router.get("/meetings/{uuid:uid}", response=MeetingDetail)
def meeting_detail(request, uid: uuid.UUID):
    """A meeting with its agenda in order, attendance and the actions its minutes set."""
    return meeting_out(get_meeting(request, uid))


@board_router.post("/boards/{slug}/meetings", response={201: MeetingDetail})
def create_meeting(request, slug: str, payload: MeetingIn):
    board = get_board(request, slug, "edit")
    attendees = board_persons(board, payload.attendees, "attendees")
    apologies = board_persons(board, payload.apologies, "apologies")
    if {p.pk for p in attendees} & {p.pk for p in apologies}:
        raise invalid("apologies", "A person either attended or sent apologies, not both.")
    m = services.create_meeting(
        board,
        user=user_of(request),
        attendees=attendees,
        apologies=apologies,
        date=payload.date,
        start_time=payload.start_time,
        place=payload.place,
        title=payload.title,
    )
    return Status(201, meeting_out(m))


@router.patch("/meetings/{uuid:uid}", response=MeetingDetail)
def update_meeting(request, uid: uuid.UUID, payload: MeetingPatch):
    m = get_meeting(request, uid, "edit")
    check_version(m, payload.version)
    sent = payload.model_dump(exclude_unset=True)
    fields = [f for f in ("date", "start_time", "place", "title") if f in sent]
    if "date" in sent and sent["date"] is None:
        raise invalid("date", "A meeting needs a date.")
    with transaction.atomic():
        before = m.snapshot(fields)
        for f in fields:
            setattr(m, f, sent[f])
        if "date" in fields:
            m.cycle = m.board.cycles.filter(start__lte=m.date, end__gte=m.date).first()
        m.save_edit(user=user_of(request), base_version=payload.version, before=before)
        if "attendees" in sent or "apologies" in sent:
            att = (
                board_persons(m.board, sent["attendees"] or [], "attendees")
                if "attendees" in sent
                else list(m.attendees.all())
            )
            apo = (
                board_persons(m.board, sent["apologies"] or [], "apologies")
                if "apologies" in sent
                else list(m.apologies.all())
            )
            # A person in both lists is a ValidationError: 422 through the API's handler.
            services.set_attendance(m, attendees=att, apologies=apo, user=user_of(request))
    return meeting_out(m)


# -- agenda ------------------------------------------------------------------------------------------------


def _paper(board, uid):
    if uid is None:
        return None
    p = StoredPaper.objects.filter(board=board, uid=uid).first()
    if p is None:
        raise invalid("paper", "There is no such paper of this board.")
    return p


@router.post("/meetings/{uuid:uid}/agenda", response={201: AgendaItemOut})
def add_agenda_item(request, uid: uuid.UUID, payload: AgendaItemIn):
    """Add an item at the end of the agenda, with a stored paper or a composed one (report_kind)."""
    m = get_meeting(request, uid, "edit")
    paper = _paper(m.board, payload.paper)
    if paper and payload.report_kind:
        raise invalid("report_kind", "Give a stored paper or a composed one, not both.")
    item = services.add_agenda_item(
        m, user=user_of(request), number=payload.number, title=payload.title, paper=paper,
        report_kind=payload.report_kind,
    )  # fmt: skip
    return Status(201, agenda_item_out(item))


@router.patch("/agenda-items/{uuid:uid}", response=AgendaItemOut)
def update_agenda_item(request, uid: uuid.UUID, payload: AgendaItemPatch):
    qs = AgendaItem.objects.select_related("meeting__board", "paper").defer("paper__structure")
    item = get_record(request, qs, "agenda item", lambda i: i.meeting.board, "edit", uid=uid)
    check_version(item, payload.version)
    sent = payload.model_dump(exclude_unset=True)
    fields = [f for f in ("title", "number", "order", "paper", "report_kind") if f in sent]
    before = item.snapshot(fields)
    for f in fields:
        setattr(item, f, _paper(item.meeting.board, sent[f]) if f == "paper" else sent[f])
    if item.paper_id and item.report_kind:
        raise invalid("report_kind", "Give a stored paper or a composed one, not both.")
    item.save_edit(user=user_of(request), base_version=payload.version, before=before)
    return agenda_item_out(item)


# -- actions -------------------------------------------------------------------------------------------------


@router.get("/boards/{slug}/actions", response=list[ActionOut])
def list_actions(
    request,
    slug: str,
    owner: str = Query("", max_length=200),
    status: str = Query("", pattern="^(|open|done|dropped)$"),
    overdue: bool = False,
):
    """The board's minutes' actions, oldest meeting first; filter by owner (words of the name),
    status and overdue (open and past due)."""
    board = get_board(request, slug)
    return [action_out(a) for a in services.actions_for(board, owner=owner, status=status, overdue=overdue)]


@router.post("/meetings/{uuid:uid}/actions", response={201: ActionOut})
def add_action(request, uid: uuid.UUID, payload: ActionIn):
    m = get_meeting(request, uid, "edit")
    a = services.add_action(m, user=user_of(request), text=payload.text, owner=payload.owner, due=payload.due)
    return Status(201, action_out(a))


def get_action(request, uid, need="view") -> Action:
    qs = Action.objects.select_related("meeting__board", "closed_by")
    return get_record(request, qs, "action", lambda a: a.meeting.board, need, uid=uid)


@router.patch("/actions/{uuid:uid}", response=ActionOut)
def update_action(request, uid: uuid.UUID, payload: ActionPatch):
    a = get_action(request, uid, "edit")
    check_version(a, payload.version)
    sent = payload.model_dump(exclude_unset=True)
    fields = [f for f in ("text", "owner", "due") if f in sent]
    before = a.snapshot(fields)
    for f in fields:
        setattr(a, f, sent[f])
    a.save_edit(user=user_of(request), base_version=payload.version, before=before)
    return action_out(a)


@router.post("/actions/{uuid:uid}/close", response=ActionOut)
def close_action(request, uid: uuid.UUID, payload: ActionClose):
    """Close an open action as done or dropped, on a date or by a later meeting, with a note."""
    a = get_action(request, uid, "edit")
    check_version(a, payload.version)
    if not a.is_open:
        raise HttpError(409, "This action is already closed.")
    by = None
    if payload.closed_by:
        by = Meeting.objects.filter(board=a.meeting.board, uid=payload.closed_by).first()
        if by is None:
            raise invalid("closed_by", "There is no such meeting of this board.")
    services.close_action(
        a, status=payload.status, on=payload.closed_on, by=by, note=payload.note, user=user_of(request)
    )
    return action_out(a)


# -- people --------------------------------------------------------------------------------------------------


def person_out(p: Person, memberships) -> dict:
    today = dt.date.today()
    return {
        "uid": p.uid, "name": p.name, "honorific": p.honorific, "kind": p.kind, "role": p.role,
        "party": p.party, "council": p.council,
        "memberships": [
            {"role": m.role, "start": m.start, "end": m.end,
             "current": (m.start is None or m.start <= today) and (m.end is None or m.end >= today)}
            for m in memberships
        ],
    }  # fmt: skip


@router.get("/boards/{slug}/people", response=list[PersonOut])
def list_people(request, slug: str):
    """The board's members and officers, past and present, with their roles on it over time."""
    board = get_board(request, slug)
    memberships = (
        Membership.objects.filter(board=board).select_related("person").order_by("person__name", "start")
    )
    people: dict[int, tuple[Person, list]] = {}
    for m in memberships:
        people.setdefault(m.person_id, (m.person, []))[1].append(m)
    return [person_out(p, ms) for p, ms in people.values()]


@router.get("/boards/{slug}/people/{uuid:uid}", response=PersonDetailOut)
def person_detail(request, slug: str, uid: uuid.UUID):
    """A person of the board: their roles on it over time and the outside bodies they represent
    it on (appointments, from–to). Someone with an appointment but no membership is found too."""
    board = get_board(request, slug)
    ms = list(
        Membership.objects.filter(board=board, person__uid=uid).select_related("person").order_by("start")
    )
    appointments = list(
        Appointment.objects.filter(board=board, person__uid=uid)
        .select_related("board", "person", "organisation")
        .order_by(F("start").desc(nulls_last=True), "id")
    )
    if not ms and not appointments:
        raise HttpError(404, "There is no such person on this board.")
    person = ms[0].person if ms else appointments[0].person
    return {**person_out(person, ms), "appointments": [appointment_out(ap) for ap in appointments]}
