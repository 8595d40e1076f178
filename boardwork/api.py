"""The REST API (django-ninja): OpenAPI 3 schema at /api/openapi.json, docs at /api/docs.

Authentication: `Authorization: Bearer <key>` with a personal ApiToken (a wrong key is a 401,
never a silent fall-back to anonymous), or the browser's session cookie, in which case unsafe
methods need the CSRF token (`X-CSRFToken` header). Without either the caller is anonymous.

Permissions are the web app's, from one policy (boards/permissions.py): an officer of a board (or
an admin) edits it and composes its reports; a member reads its accepted records, gives feedback
and reads their own feedback; everyone else, signed in or not, sees only published papers. A
board or record the caller may not read is answered exactly as one that does not exist: 401 when
anonymous, 404 when signed in. 403 means the caller can read it but their role does not allow
the change.

Errors are JSON `{"detail": …}`: 401/403/404, 409 for a stale edit (the `version` sent is not
the record's latest), 422 for invalid input, where `detail` is a list of
`{"loc": [...field path...], "msg": "..."}` like the framework's own validation errors.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import uuid
from typing import Any, Literal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Prefetch, Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.urls import reverse
from ninja import File, Form, NinjaAPI, Query, Router, Schema, Status
from ninja import Path as NinjaPath
from ninja.errors import AuthenticationError, HttpError
from ninja.files import UploadedFile
from ninja.security import HttpBearer
from ninja.utils import check_csrf
from pydantic import Field, field_validator

from boardwork.activities.filters import LOG_ORDER, FilterError, filter_activities
from boardwork.activities.models import (
    KINDS,
    NATIONS,
    Activity,
    ActivityOrganisation,
    Organisation,
    Policy,
    match_key,
)
from boardwork.activities.services import save_activity
from boardwork.boards import permissions
from boardwork.boards.models import ApiToken, Board, Change, Cycle, Person, StaleEdit
from boardwork.papers.models import Paper
from boardwork.plans.models import Commitment, Feedback, ProgressUpdate, Review, Theme
from boardwork.plans.services import QuarterTaken, record_update
from boardwork.web import pagecache
from boardwork.web.access import board_and_role

API_VERSION = "1.0.0"
logger = logging.getLogger(__name__)


# -- authentication ------------------------------------------------------------------------------


class Anonymous:
    """request.auth for a caller with neither token nor session (truthy so ninja lets it through)."""

    is_authenticated = False
    is_superuser = False
    pk = None

    def __bool__(self):
        return True


ANONYMOUS = Anonymous()


class BoardworkAuth(HttpBearer):
    """Bearer token, else session (with CSRF on unsafe methods), else anonymous.

    Documented in the schema as HTTP bearer; endpoints decide what an anonymous caller may see.
    """

    def __call__(self, request: HttpRequest):
        header = request.headers.get("Authorization")
        if header:
            scheme, _, key = header.partition(" ")
            if scheme.lower() != "bearer" or not key.strip():
                raise AuthenticationError(message="Use 'Authorization: Bearer <API token>'.")
            return self.authenticate(request, key.strip())
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            if request.method not in ("GET", "HEAD", "OPTIONS", "TRACE") and check_csrf(request):
                raise HttpError(403, "CSRF check failed: send the X-CSRFToken header with the session.")
            return user
        return ANONYMOUS

    def authenticate(self, request, token):
        from boardwork.web import throttle

        user = ApiToken.user_for(token)
        if user is None:
            # Counted only when a token is wrong, so a valid token costs no extra query; past the
            # allowance the address is told to wait instead of being told the token is wrong.
            if throttle.bad_token(throttle.client_address(request)):
                raise HttpError(429, "Too many invalid API tokens from this address: wait 15 minutes.")
            raise AuthenticationError(message="The API token is not valid.")
        return user


class Unprocessable(Exception):
    """Invalid input found after schema validation (a reference to a record that is not there…)."""

    def __init__(self, errors: list[dict]):
        super().__init__(errors)
        self.errors = errors


def invalid(field: str | list, msg: str) -> Unprocessable:
    loc = ["body", *([field] if isinstance(field, str) else field)]
    return Unprocessable([{"loc": loc, "msg": msg, "type": "value_error"}])


api = NinjaAPI(
    title="Boardwork API",
    version=API_VERSION,
    description=__doc__,
    auth=BoardworkAuth(),
    urls_namespace="api",
)


@api.exception_handler(StaleEdit)
def _stale(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=409)


@api.exception_handler(Unprocessable)
def _unprocessable(request, exc):
    return api.create_response(request, {"detail": exc.errors}, status=422)


@api.exception_handler(FilterError)
def _filter_error(request, exc):
    return api.create_response(
        request,
        {"detail": [{"loc": ["query", exc.field], "msg": exc.message, "type": "value_error"}]},
        status=422,
    )


@api.exception_handler(ValidationError)
def _model_validation(request, exc):
    errors = []
    if hasattr(exc, "error_dict"):
        for name, errs in exc.message_dict.items():
            for msg in errs:
                errors.append({"loc": ["body", name], "msg": msg, "type": "value_error"})
    else:
        errors = [{"loc": ["body"], "msg": m, "type": "value_error"} for m in exc.messages]
    return api.create_response(request, {"detail": errors}, status=422)


@api.exception_handler(IntegrityError)
def _integrity(request, exc):
    return api.create_response(
        request, {"detail": "That would duplicate a record that already exists."}, status=409
    )


# -- permissions ---------------------------------------------------------------------------------


def user_of(request):
    """The signed-in user (token or session), or None."""
    auth = getattr(request, "auth", None)
    return auth if auth is not None and getattr(auth, "is_authenticated", False) else None


def role(request, board: Board) -> str | None:
    """The caller's role on `board` (permissions.role_on), looked up once a request."""
    cache = request.__dict__.setdefault("_bw_roles", {})
    if board.pk not in cache:
        cache[board.pk] = permissions.role_on(user_of(request), board)
    return cache[board.pk]


# What each `need` of check() asks of the policy.
NEEDS = {
    "view": permissions.can_view_board,
    "edit": permissions.can_edit_board,
    "compose": permissions.can_compose,
    "feedback": permissions.can_give_feedback,
}


# What a member is told when their role does not allow `need` (edit: refuse's default).
REFUSED = {"compose": "Only the board's officers can compose its reports and extract its papers."}


def refuse(request, board_role: str | None, what: str, message: str | None = None):
    """Raise the API's answer to a refused request (permissions.refusal): 401 to an anonymous
    caller, 404 ("There is no <what>") when the caller cannot read it — the same words as for one
    that does not exist — and 403 when they can read it but not do this."""
    kind = permissions.refusal(user_of(request), board_role)
    if kind is permissions.Refusal.SIGN_IN:
        raise HttpError(401, f"Sign in (or send an API token) to see {what}.")
    if kind is permissions.Refusal.NOT_FOUND:
        raise HttpError(404, f"There is no {what}.")
    raise HttpError(403, message or "Only the board's officers can change its records.")


def check(request, board: Board, need: str = "view", what: str = "such board") -> str:
    """The caller's role on `board`, or a refusal when it does not allow `need` (see NEEDS)."""
    r = role(request, board)
    if not permissions.can_view_board(r):
        refuse(request, None, what)
    if not NEEDS[need](r):
        refuse(request, r, what, REFUSED.get(need))
    return r


def get_board(request, slug: str, need: str = "view") -> Board:
    """The board `slug` names, if the caller may `need` it; a board they cannot read is answered
    as a missing one."""
    what = f"board {slug!r}"
    board, board_role = board_and_role(request, slug, user_of(request))
    if board is None:
        refuse(request, None, what)
    request.__dict__.setdefault("_bw_roles", {})[board.pk] = board_role
    check(request, board, need, what)
    return board


def get_or_404(qs, what: str, **kw):
    obj = qs.filter(**kw).first()
    if obj is None:
        raise HttpError(404, f"There is no such {what}.")
    return obj


def get_record(request, qs, what: str, board_of, need: str = "view", **kw):
    """The record `qs` finds with `kw` if the caller may `need` its board and see its review
    state; else the answer for a record that does not exist (see refuse)."""
    obj = qs.filter(**kw).first()
    if obj is None:
        refuse(request, None, f"such {what}")
    r = check(request, board_of(obj), need, f"such {what}")
    if hasattr(obj, "review") and not permissions.can_view_record(r, obj.review):
        refuse(request, None, f"such {what}")
    return obj


def need_shared(request, edit: bool = False) -> None:
    """Organisations and policies: readable by anyone on some board, changed by officers of any
    board (permissions.can_view_shared / can_edit_shared)."""
    user = user_of(request)
    if user is None:
        raise HttpError(401, "Sign in (or send an API token) to see organisations and policies.")
    if not permissions.can_view_shared(user):
        raise HttpError(403, "You do not have access to organisations and policies.")
    if edit and not permissions.can_edit_shared(user):
        raise HttpError(403, "Only officers can change organisations and policies.")


def visible_boards(request):
    """The boards the caller may read (permissions.visible_boards)."""
    return permissions.visible_boards(user_of(request))


def edit_fields(obj, payload, fields) -> dict:
    """Apply the fields the client sent; return the 'before' snapshot for the history."""
    sent = payload.model_dump(exclude_unset=True)
    changed = [f for f in fields if f in sent]
    before = obj.snapshot(changed)
    for f in changed:
        setattr(obj, f, sent[f])
    return before


def check_version(obj, version: int) -> None:
    if obj.version != version:
        raise StaleEdit(
            f"This {obj._meta.verbose_name} was changed by someone else (you sent version {version}; "
            f"the latest is {obj.version}). Reload it and apply your change again."
        )


# -- schemas -------------------------------------------------------------------------------------


def _refuse_nul(value):
    # PostgreSQL cannot store NUL characters in text; refuse them at the boundary (422), not as a 500.
    if isinstance(value, str) and "\x00" in value:
        raise ValueError("must not contain NUL characters")
    if isinstance(value, list | tuple):
        for item in value:
            _refuse_nul(item)
    return value


class InSchema(Schema):
    """Base of every input schema: text may not carry NUL characters."""

    @field_validator("*", mode="before")
    @classmethod
    def _no_nul(cls, value):
        return _refuse_nul(value)


class Message(Schema):
    detail: str


class Ref(Schema):
    uid: uuid.UUID
    name: str


class MeOut(Schema):
    username: str | None
    authenticated: bool
    admin: bool
    boards: list[dict]


class BoardOut(Schema):
    uid: uuid.UUID
    slug: str
    name: str
    remit: str
    organisation: str
    organisation_acronym: str
    parent: str | None
    role: str | None


class CycleOut(Schema):
    uid: uuid.UUID
    board: str
    label: str
    start: dt.date
    end: dt.date
    current: bool


class MeetingOut(Schema):
    uid: uuid.UUID
    date: dt.date
    start_time: dt.time | None
    place: str
    title: str
    cycle: uuid.UUID | None


class ThemeOut(Schema):
    uid: uuid.UUID
    cycle: uuid.UUID
    cycle_label: str
    title: str
    order: int
    description: str
    continues: uuid.UUID | None
    version: int


class ThemeIn(InSchema):
    cycle: uuid.UUID
    title: str = Field(min_length=1, max_length=300)
    order: int = Field(0, ge=0, le=100000)
    description: str = Field("", max_length=20000)
    continues: uuid.UUID | None = None


class ThemePatch(InSchema):
    version: int = Field(ge=1)
    title: str = Field(None, min_length=1, max_length=300)
    order: int = Field(None, ge=0, le=100000)
    description: str = Field(None, max_length=20000)


CommitmentState = Literal[tuple(Commitment.State.values)]  # type: ignore[valid-type]
RagValue = Literal[tuple(ProgressUpdate.Rag.values)]  # type: ignore[valid-type]
ReviewValue = Literal[tuple(Review.values)]  # type: ignore[valid-type]
KindValue = Literal[tuple(KINDS)]  # type: ignore[valid-type]
NationValue = Literal[tuple(NATIONS)]  # type: ignore[valid-type]
OrgRoleValue = Literal[tuple(ActivityOrganisation.Role.values)]  # type: ignore[valid-type]
OrgKindValue = Literal[tuple(Organisation.Kind.values)]  # type: ignore[valid-type]
PolicyKindValue = Literal[tuple(Policy.Kind.values)]  # type: ignore[valid-type]


class CommitmentOut(Schema):
    uid: uuid.UUID
    theme: uuid.UUID
    title: str
    order: int
    owner: uuid.UUID | None
    owner_name: str
    owner_display: str
    due: dt.date | None
    state: str
    carried_from: uuid.UUID | None
    delay_reason: str
    review: str
    version: int


class CommitmentIn(InSchema):
    title: str = Field(min_length=1, max_length=5000)
    order: int = Field(0, ge=0, le=100000)
    owner: uuid.UUID | None = None
    owner_name: str = Field("", max_length=200)
    due: dt.date | None = None
    state: CommitmentState = "planned"
    delay_reason: str = Field("", max_length=5000)


class CommitmentPatch(InSchema):
    version: int = Field(ge=1)
    title: str = Field(None, min_length=1, max_length=5000)
    order: int = Field(None, ge=0, le=100000)
    owner_name: str = Field(None, max_length=200)
    due: dt.date | None = None
    state: CommitmentState = None
    delay_reason: str = Field(None, max_length=5000)
    review: ReviewValue = None


class UpdateOut(Schema):
    uid: uuid.UUID
    commitment: uuid.UUID
    quarter: int
    rag: str
    commentary: str
    author_name: str
    created: dt.datetime


class UpdateIn(InSchema):
    quarter: int = Field(ge=1, le=4)
    rag: RagValue
    commentary: str = Field("", max_length=20000)


class FeedbackOut(Schema):
    uid: uuid.UUID
    cycle: uuid.UUID
    theme: uuid.UUID | None
    author: str | None
    text: str
    created: dt.datetime


class FeedbackIn(InSchema):
    text: str = Field(min_length=1, max_length=20000)
    theme: uuid.UUID | None = None


class OrgLinkOut(Schema):
    uid: uuid.UUID
    name: str
    role: str


class OrgLinkIn(InSchema):
    organisation: uuid.UUID
    role: OrgRoleValue = "named"


class ActivityOut(Schema):
    uid: uuid.UUID
    board: str
    cycle: uuid.UUID | None
    date: str | None = Field(description="'2020', '2020-12' or '2020-12-03' as precise as known")
    date_display: str
    kinds: list[str]
    title: str
    text: str
    outcome: str
    reach: str
    themes: list[uuid.UUID]
    commitment: uuid.UUID | None
    organisations: list[OrgLinkOut]
    policies: list[Ref]
    people: list[Ref]
    nations: list[str]
    review: str
    source_paper: uuid.UUID | None
    source_paragraph: str
    version: int
    created: dt.datetime
    updated: dt.datetime


DatePattern = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def _check_partial_date(value: str | None) -> str | None:
    if value:
        parts = [int(p) for p in value.split("-")]
        try:
            dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        except ValueError:
            raise ValueError(f"{value} is not a real date") from None
    return value


class ActivityIn(InSchema):
    text: str = Field(min_length=1, max_length=20000)
    title: str = Field("", max_length=300)
    date: str | None = Field(None, pattern=DatePattern, description="YYYY, YYYY-MM or YYYY-MM-DD")
    kinds: list[KindValue] = []
    outcome: str = Field("", max_length=20000)
    reach: str = Field("", max_length=200)
    cycle: uuid.UUID | None = None
    themes: list[uuid.UUID] = Field([], max_length=100)
    commitment: uuid.UUID | None = None
    organisations: list[OrgLinkIn] = Field([], max_length=200)
    policies: list[uuid.UUID] = Field([], max_length=200)
    people: list[uuid.UUID] = Field([], max_length=200)
    nations: list[NationValue] = []
    review: ReviewValue = "accepted"

    _date_ok = field_validator("date")(_check_partial_date)


class ActivityPatch(InSchema):
    version: int = Field(ge=1, description="The version you read; a newer one on the server gives 409")
    text: str = Field(None, min_length=1, max_length=20000)
    title: str = Field(None, max_length=300)
    date: str | None = Field(None, pattern=DatePattern)
    kinds: list[KindValue] = None
    outcome: str = Field(None, max_length=20000)
    reach: str = Field(None, max_length=200)
    cycle: uuid.UUID | None = None
    themes: list[uuid.UUID] = Field(None, max_length=100)
    commitment: uuid.UUID | None = None
    organisations: list[OrgLinkIn] = Field(None, max_length=200)
    policies: list[uuid.UUID] = Field(None, max_length=200)
    people: list[uuid.UUID] = Field(None, max_length=200)
    nations: list[NationValue] = None
    review: ReviewValue = None

    _date_ok = field_validator("date")(_check_partial_date)


class ActivityPage(Schema):
    count: int
    page: int
    page_size: int
    pages: int
    results: list[ActivityOut]


class ActivityQuery(InSchema):
    theme: uuid.UUID | None = Field(None, description="Theme uid (repeat the parameter for any of several)")
    kind: KindValue | None = None
    organisation: str | None = Field(
        None, max_length=300, description="Organisation uid, or its name/acronym"
    )
    policy: str | None = Field(None, max_length=400, description="Policy uid, or its title")
    person: str | None = Field(None, max_length=200, description="Person uid, or words of their name")
    cycle: uuid.UUID | None = None
    review: ReviewValue | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    q: str | None = Field(None, max_length=200)
    page: int = Field(1, ge=1, le=100000)
    page_size: int = Field(50, ge=1, le=200)


class OrganisationOut(Schema):
    uid: uuid.UUID
    name: str
    acronym: str
    aliases: list[str]
    kind: str
    website: str
    version: int


class OrganisationIn(InSchema):
    name: str = Field(min_length=1, max_length=300)
    acronym: str = Field("", max_length=30)
    aliases: list[str] = Field([], max_length=50)
    kind: OrgKindValue = "other"
    website: str = Field("", max_length=200, pattern=r"^(https?://\S+)?$")


class OrganisationPatch(InSchema):
    version: int = Field(ge=1)
    name: str = Field(None, min_length=1, max_length=300)
    acronym: str = Field(None, max_length=30)
    aliases: list[str] = Field(None, max_length=50)
    kind: OrgKindValue = None
    website: str = Field(None, max_length=200, pattern=r"^(https?://\S+)?$")


class PolicyOut(Schema):
    uid: uuid.UUID
    title: str
    kind: str
    stage: str
    aliases: list[str]
    version: int


class PolicyIn(InSchema):
    title: str = Field(min_length=1, max_length=400)
    kind: PolicyKindValue | None = Field(None, description="Guessed from the title when left out")
    stage: str = Field("", max_length=200)
    aliases: list[str] = Field([], max_length=50)


class PolicyPatch(InSchema):
    version: int = Field(ge=1)
    title: str = Field(None, min_length=1, max_length=400)
    kind: PolicyKindValue = None
    stage: str = Field(None, max_length=200)
    aliases: list[str] = Field(None, max_length=50)


class PaperOut(Schema):
    uid: uuid.UUID
    board: str
    cycle: uuid.UUID | None
    title: str
    kind: str
    origin: str
    filename: str
    format: str
    pages: int | None
    published: bool
    published_at: dt.datetime | None
    created: dt.datetime
    has_file: bool


class PaperDetail(PaperOut):
    structure: dict


class CalendarOut(Schema):
    url: str
    webcal: str


# -- serialisers (plain functions: explicit, and no lazy attribute can cost a query) -------------


def board_out(request, b: Board) -> dict:
    return {
        "uid": b.uid,
        "slug": b.slug,
        "name": b.name,
        "remit": b.remit,
        "organisation": b.organisation,
        "organisation_acronym": b.organisation_acronym,
        "parent": b.parent.slug if b.parent_id else None,
        "role": role(request, b),
    }


def theme_out(t: Theme) -> dict:
    return {
        "uid": t.uid,
        "cycle": t.cycle.uid,
        "cycle_label": t.cycle.label,
        "title": t.title,
        "order": t.order,
        "description": t.description,
        "continues": t.continues.uid if t.continues_id else None,
        "version": t.version,
    }


def commitment_out(c: Commitment) -> dict:
    return {
        "uid": c.uid,
        "theme": c.theme.uid,
        "title": c.title,
        "order": c.order,
        "owner": c.owner.uid if c.owner_id else None,
        "owner_name": c.owner_name,
        "owner_display": c.owner_display,
        "due": c.due,
        "state": c.state,
        "carried_from": c.carried_from.uid if c.carried_from_id else None,
        "delay_reason": c.delay_reason,
        "review": c.review,
        "version": c.version,
    }


COMMITMENT_RELATED = ("theme", "owner", "carried_from")


def update_out(u: ProgressUpdate) -> dict:
    return {
        "uid": u.uid,
        "commitment": u.commitment.uid,
        "quarter": u.quarter,
        "rag": u.rag,
        "commentary": u.commentary,
        "author_name": u.author_name or (u.author.get_username() if u.author_id else ""),
        "created": u.created,
    }


def activity_qs(qs=None):
    """Activities with everything activity_out reads: a fixed number of queries for any page."""
    return (
        (Activity.objects if qs is None else qs)
        .select_related("board", "cycle", "commitment", "source_paper")
        .prefetch_related(
            Prefetch("themes", queryset=Theme.objects.only("id", "uid")),
            Prefetch("policies", queryset=Policy.objects.only("id", "uid", "title")),
            Prefetch("people", queryset=Person.objects.only("id", "uid", "name", "honorific")),
            Prefetch(
                "organisation_links",
                queryset=ActivityOrganisation.objects.select_related("organisation").only(
                    "id", "activity_id", "role", "organisation__uid", "organisation__name"
                ),
            ),
        )
    )


def activity_out(a: Activity) -> dict:
    return {
        "uid": a.uid,
        "board": a.board.slug,
        "cycle": a.cycle.uid if a.cycle_id else None,
        "date": a.date_iso,
        "date_display": a.date_display,
        "kinds": a.kind_list,
        "title": a.title,
        "text": a.text,
        "outcome": a.outcome,
        "reach": a.reach,
        "themes": [t.uid for t in a.themes.all()],
        "commitment": a.commitment.uid if a.commitment_id else None,
        "organisations": [
            {"uid": link.organisation.uid, "name": link.organisation.name, "role": link.role}
            for link in a.organisation_links.all()
        ],
        "policies": [{"uid": p.uid, "name": p.title} for p in a.policies.all()],
        "people": [{"uid": p.uid, "name": p.display_name} for p in a.people.all()],
        "nations": a.nation_list,
        "review": a.review,
        "source_paper": a.source_paper.uid if a.source_paper_id else None,
        "source_paragraph": a.source_paragraph,
        "version": a.version,
        "created": a.created,
        "updated": a.updated,
    }


def paper_out(p: Paper, detail: bool = False) -> dict:
    out = {
        "uid": p.uid,
        "board": p.board.slug,
        "cycle": p.cycle.uid if p.cycle_id else None,
        "title": p.title,
        "kind": p.kind,
        "origin": p.origin,
        "filename": p.filename,
        "format": p.format,
        "pages": p.pages,
        "published": p.published,
        "published_at": p.published_at,
        "created": p.created,
        "has_file": bool(p.file),
    }
    if detail:
        out["structure"] = p.structure or {}
    return out


# -- me, boards, cycles, meetings ----------------------------------------------------------------

boards = Router(tags=["boards"])


@api.get("/me", response=MeOut, tags=["account"])
def me(request):
    """Who the API thinks you are, and your role on each board you can see."""
    user = user_of(request)
    return {
        "username": user.get_username() if user else None,
        "authenticated": user is not None,
        "admin": permissions.is_admin(user),
        "boards": [{"slug": b.slug, "role": role(request, b)} for b in visible_boards(request)],
    }


@boards.get("/boards", response=list[BoardOut])
def list_boards(request):
    """The boards you can read (all of them for an admin)."""
    if user_of(request) is None:
        refuse(request, None, "boards")
    return [board_out(request, b) for b in visible_boards(request).select_related("parent")]


@boards.get("/boards/{slug}", response=BoardOut)
def board_detail(request, slug: str):
    return board_out(request, get_board(request, slug))


@boards.get("/boards/{slug}/cycles", response=list[CycleOut])
def list_cycles(request, slug: str):
    board = get_board(request, slug)
    cycles = list(board.cycles.all())
    current = board.current_cycle()
    return [
        {"uid": c.uid, "board": board.slug, "label": c.label, "start": c.start, "end": c.end,
         "current": current is not None and c.pk == current.pk}
        for c in cycles
    ]  # fmt: skip


@boards.get("/boards/{slug}/meetings", response=list[MeetingOut])
def list_meetings(request, slug: str):
    board = get_board(request, slug)
    return [
        {"uid": m.uid, "date": m.date, "start_time": m.start_time, "place": m.place, "title": m.title,
         "cycle": m.cycle.uid if m.cycle_id else None}
        for m in board.meetings.select_related("cycle")
    ]  # fmt: skip


@boards.get("/boards/{slug}/calendar", response=CalendarOut, tags=["exports"])
def calendar_url(request, slug: str):
    """A private subscription address for the board's meetings (iCalendar), for calendar apps.

    The address carries a signed token for you and this board; it stops working when you leave
    the board. Treat it like a password."""
    from boardwork.web.exports import feed_token

    board = get_board(request, slug)
    user = user_of(request)
    path = reverse("board-meetings-ics", args=[board.slug]) + f"?token={feed_token(user, board)}"
    url = request.build_absolute_uri(path)
    return {"url": url, "webcal": "webcal://" + url.split("://", 1)[1]}


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
    owner = None
    if data.pop("owner"):
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
        "results": [activity_out(a) for a in page_qs],
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
        found = {
            o.uid: o for o in Organisation.objects.filter(uid__in=[link["organisation"] for link in links])
        }
        missing = [str(link["organisation"]) for link in links if link["organisation"] not in found]
        if missing:
            raise invalid("organisations", f"Not found: {', '.join(missing)}")
        out["organisations"] = list(
            dict.fromkeys((found[link["organisation"]], link["role"]) for link in links)
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
    return Status(201, activity_out(get_or_404(activity_qs(), "activity", pk=a.pk)))


@activities.patch("/activities/{uuid:uid}", response=ActivityOut)
def update_activity(request, uid: uuid.UUID, payload: ActivityPatch):
    """Change some fields of an activity. Send the `version` you read: if someone saved the
    activity since, nothing is changed and the answer is 409. A new date moves the activity to
    that date's cycle; its themes must be themes of its cycle."""
    a = get_activity(request, uid, "edit")
    check_version(a, payload.version)
    sent = payload.model_dump(exclude_unset=True)
    changes = {f: sent[f] for f in ACTIVITY_FIELDS if f in sent} | _resolve_links(a.board, sent)
    save_activity(a, changes, user=user_of(request), base_version=payload.version)
    return activity_out(get_or_404(activity_qs(), "activity", pk=a.pk))


# -- organisations and policies (shared by all boards) -------------------------------------------

reference = Router(tags=["organisations and policies"])


def org_out(o: Organisation) -> dict:
    return {
        "uid": o.uid, "name": o.name, "acronym": o.acronym, "aliases": o.aliases or [], "kind": o.kind,
        "website": o.website, "version": o.version,
    }  # fmt: skip


def policy_out(p: Policy) -> dict:
    return {"uid": p.uid, "title": p.title, "kind": p.kind, "stage": p.stage, "aliases": p.aliases or [],
            "version": p.version}  # fmt: skip


@reference.get("/organisations", response=list[OrganisationOut])
def list_organisations(request, q: str | None = Query(None, max_length=200)):
    """Organisations (any board member can read them); `q` matches name, acronym and aliases."""
    need_shared(request)
    qs = Organisation.objects.all()
    if q:
        qs = qs.filter(Q(name__icontains=q) | Q(acronym__iexact=q) | Q(match_keys__contains=match_key(q)))
    return [org_out(o) for o in qs[:1000]]


@reference.get("/organisations/{uuid:uid}", response=OrganisationOut)
def organisation_detail(request, uid: uuid.UUID):
    need_shared(request)
    return org_out(get_or_404(Organisation.objects, "organisation", uid=uid))


@reference.post("/organisations", response={201: OrganisationOut})
def create_organisation(request, payload: OrganisationIn):
    need_shared(request, edit=True)
    if Organisation.objects.filter(name__iexact=payload.name).exists():
        raise invalid("name", "There is already an organisation with this name.")
    o = Organisation.objects.create(**payload.model_dump())
    Change.record(o, user=user_of(request), action="created")
    return Status(201, org_out(o))


@reference.patch("/organisations/{uuid:uid}", response=OrganisationOut)
def update_organisation(request, uid: uuid.UUID, payload: OrganisationPatch):
    need_shared(request, edit=True)
    o = get_or_404(Organisation.objects, "organisation", uid=uid)
    check_version(o, payload.version)
    if payload.name and Organisation.objects.filter(name__iexact=payload.name).exclude(pk=o.pk).exists():
        raise invalid("name", "There is already an organisation with this name.")
    before = edit_fields(o, payload, ["name", "acronym", "aliases", "kind", "website"])
    o.save_edit(user=user_of(request), base_version=payload.version, before=before)
    return org_out(o)


@reference.get("/policies", response=list[PolicyOut])
def list_policies(request, q: str | None = Query(None, max_length=200)):
    need_shared(request)
    qs = Policy.objects.all()
    if q:
        qs = qs.filter(title__icontains=q)
    return [policy_out(p) for p in qs[:1000]]


@reference.get("/policies/{uuid:uid}", response=PolicyOut)
def policy_detail(request, uid: uuid.UUID):
    need_shared(request)
    return policy_out(get_or_404(Policy.objects, "policy", uid=uid))


@reference.post("/policies", response={201: PolicyOut})
def create_policy(request, payload: PolicyIn):
    need_shared(request, edit=True)
    if Policy.objects.filter(title__iexact=payload.title).exists():
        raise invalid("title", "There is already a policy with this title.")
    data = payload.model_dump()
    data["kind"] = data["kind"] or Policy.guess_kind(payload.title)
    p = Policy.objects.create(**data)
    Change.record(p, user=user_of(request), action="created")
    return Status(201, policy_out(p))


@reference.patch("/policies/{uuid:uid}", response=PolicyOut)
def update_policy(request, uid: uuid.UUID, payload: PolicyPatch):
    need_shared(request, edit=True)
    p = get_or_404(Policy.objects, "policy", uid=uid)
    check_version(p, payload.version)
    if payload.title and Policy.objects.filter(title__iexact=payload.title).exclude(pk=p.pk).exists():
        raise invalid("title", "There is already a policy with this title.")
    before = edit_fields(p, payload, ["title", "kind", "stage", "aliases"])
    p.save_edit(user=user_of(request), base_version=payload.version, before=before)
    return policy_out(p)


# -- papers --------------------------------------------------------------------------------------

papers = Router(tags=["papers"])


def visible_papers(request, board: Board):
    qs = Paper.objects.filter(board=board).select_related("board", "cycle").defer("structure")
    return permissions.filter_papers(qs, role(request, board))


def get_paper(request, uid) -> Paper:
    """A paper the caller may read: published ones for anybody, others for the board's people.
    An unpublished paper is not acknowledged to anyone else (answered as a missing one)."""
    p = Paper.objects.select_related("board", "cycle").filter(uid=uid).first()
    if p is None or not permissions.can_view_paper(role(request, p.board), p.published):
        refuse(request, None, "such paper")
    return p


def _read_upload(file: UploadedFile) -> bytes:
    limit = settings.MAX_UPLOAD_MB * 1024 * 1024
    if file.size is not None and file.size > limit:
        raise invalid("file", f"The file is larger than the {settings.MAX_UPLOAD_MB} MB limit.")
    data = file.read()
    if not data:
        raise invalid("file", "The file is empty.")
    return data


def _reader_failed(filename: str) -> Unprocessable:
    """A reader bug met by an uploaded file: logged in full, answered as a refusal of that file
    (uploads are untrusted input, and one odd file must not look like the server is down)."""
    logger.exception("reading %s failed", filename)
    return invalid("file", f"{filename}: Boardwork could not read this file (the error has been logged).")


def _jsonable(value, depth: int = 0):
    """Service results (dataclasses holding model instances) as JSON: records become refs."""
    if depth > 6:
        return str(value)
    if hasattr(value, "_meta") and hasattr(value, "pk"):
        out = {"model": value._meta.model_name, "id": value.pk, "name": str(value)}
        if hasattr(value, "uid"):
            out["uid"] = str(value.uid)
        return out
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return _jsonable(value.to_dict(), depth + 1)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name), depth + 1) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _jsonable(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable(v, depth + 1) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, dt.date | dt.datetime | dt.time | uuid.UUID):
        return str(value)
    return str(value)


@papers.get("/boards/{slug}/papers", response=list[PaperOut])
def list_papers(request, slug: str):
    """The board's papers: all of them for its members and officers, published ones for everyone else."""
    board, board_role = board_and_role(request, slug, user_of(request))
    if board is not None:
        request.__dict__.setdefault("_bw_roles", {})[board.pk] = board_role
    papers = list(visible_papers(request, board)) if board is not None else []
    # A board with published papers is public knowledge; one without is not disclosed to those who
    # cannot read it (answered as a missing board).
    if board is None or (not papers and not permissions.can_view_board(board_role)):
        refuse(request, None, f"board {slug!r}")
    return [paper_out(p) for p in papers]


@papers.get("/papers/{uuid:uid}", response=PaperDetail)
def paper_detail(request, uid: uuid.UUID):
    """A paper with its parsed structure (boardwork.paper/1)."""
    return paper_out(get_paper(request, uid), detail=True)


@papers.get("/papers/{uuid:uid}/file", response={200: None})
def paper_file(request, uid: uuid.UUID):
    """The paper's original file."""
    p = get_paper(request, uid)
    if not p.file:
        raise HttpError(404, "This paper has no stored file.")
    try:
        handle = p.file.open("rb")
    except (FileNotFoundError, OSError):
        raise HttpError(404, "The stored file is missing.") from None
    return FileResponse(handle, as_attachment=True, filename=p.filename or p.file.name.rsplit("/", 1)[-1])


def _throttle_reads(request, files: int = 1) -> None:
    """429 once this person or address has read its hour's allowance of files (web/throttle.py)."""
    from boardwork.web import throttle

    user = user_of(request)
    if not throttle.reads_allowed(user.pk if user else None, throttle.client_address(request), files):
        raise HttpError(429, "Too many files read in the last hour: wait a while and try again.")


class JobOut(Schema):
    job: uuid.UUID
    kind: str = Field(description="'import', 'parse' or 'extract'")
    status: str = Field(description="'queued', 'running', 'done' or 'refused'")
    message: str = Field(description="why the file was refused, when it was")
    url: str = Field(description="where to ask again (GET) for the outcome")
    result: dict | None = Field(
        None, description="the outcome once done: the paper, extraction or import counts"
    )


def job_out(request, job) -> dict:
    return {
        "job": job.uid,
        "kind": job.kind,
        "status": job.status,
        "message": job.message,
        "url": reverse("api:read_job", args=[job.uid]),
        "result": None if job.pending else job.result,
    }


def _refused(job):
    return invalid("file", f"{job.filename}: {job.message}")


@papers.post("/papers/parse", response={200: dict, 202: JobOut})
def parse_paper(request, file: File[UploadedFile]):
    """Read a file and return its structure (boardwork.paper/1) without storing anything. The file
    is read by a background job in a worker process with hard time and memory limits: 200 with
    the structure when it is done within the request, else 202 with the job to ask about;
    422 names what went wrong."""
    if user_of(request) is None:
        raise HttpError(401, "Sign in (or send an API token) to parse papers.")
    from boardwork.papers import jobs

    _throttle_reads(request)
    data = _read_upload(file)
    job = jobs.start("parse", user=user_of(request), filename=file.name, data=data)
    if job.pending:
        return Status(202, job_out(request, job))
    if job.status != job.Status.DONE:
        raise _refused(job)
    return job.result


@papers.get("/jobs/{uuid:uid}", response=JobOut, url_name="read_job")
def read_job(request, uid: uuid.UUID):
    """A background reading job (parse, import, extract) started by the caller."""
    from boardwork.papers.models import ReadJob

    user = user_of(request)
    if user is None:
        raise HttpError(401, "Sign in (or send an API token) to see your jobs.")
    job = get_or_404(ReadJob.objects, "job", uid=uid, user=user)
    return job_out(request, job)


class ImportOut(Schema):
    filename: str
    status: str = Field(description="'imported' or 'already imported'")
    paper: uuid.UUID | None
    themes: int
    activities: int
    commitments: int
    organisations_new: int
    policies_new: int
    people_new: int
    warnings: list[str]


@papers.post("/boards/{slug}/papers", response={200: ImportOut, 201: ImportOut, 202: JobOut})
def import_paper_endpoint(request, slug: str, file: File[UploadedFile], cycle: Form[uuid.UUID | None] = None):
    """Upload a paper to the board (officers): it is stored and read, and what it records is
    extracted for review. 201 when imported, 200 when this file was imported before, 422 (naming
    the reason) when it is refused, 202 with the job to ask about while it is still being read."""
    from boardwork.papers import jobs

    board = get_board(request, slug, "edit")
    cycle_obj = get_cycle(request, board, cycle) if cycle else None
    _throttle_reads(request)
    data = _read_upload(file)
    job = jobs.start(
        "import", user=user_of(request), board=board, cycle=cycle_obj, filename=file.name, data=data
    )
    if job.pending:
        return Status(202, job_out(request, job))
    if job.status != job.Status.DONE:
        raise _refused(job)
    result = job.result
    out = {
        "filename": result["filename"],
        "status": result["status"],
        "paper": job.paper.uid if job.paper else None,
        "warnings": list(result.get("warnings") or []),
        **{
            k: result.get(k, 0)
            for k in (
                "themes",
                "activities",
                "commitments",
                "organisations_new",
                "policies_new",
                "people_new",
            )
        },
    }
    return Status(201 if result["status"] == "imported" else 200, out)


@papers.post("/papers/{uuid:uid}/extract", response={200: dict, 202: JobOut})
def extract_paper(request, uid: uuid.UUID):
    """What Boardwork finds in a stored paper (themes, activities, plan), without saving it.
    Officers only (the policy's "compose"); one extraction of a paper at a time (409 while one is
    queued or running); 202 with the job to ask about when it has not finished within the request."""
    from boardwork.papers import jobs
    from boardwork.web import throttle

    p = get_paper(request, uid)
    check(request, p.board, "compose", "such paper")
    _throttle_reads(request)
    # The lock covers the check and the start (and, with immediate tasks, the whole run).
    if not throttle.start_exclusive("extract", p.pk, seconds=int(settings.MAX_PARSE_SECONDS) + 30):
        raise HttpError(409, "This paper is being extracted already: try again when that has finished.")
    try:
        if jobs.running_extraction(p) is not None:
            raise HttpError(409, "This paper is being extracted already: try again when that has finished.")
        job = jobs.start(
            "extract", user=user_of(request), board=p.board, paper=p, filename=p.filename or p.title
        )
    finally:
        throttle.finish_exclusive("extract", p.pk)
    if job.pending:
        return Status(202, job_out(request, job))
    if job.status != job.Status.DONE:
        raise invalid("paper", f"{job.filename}: {job.message}")
    return _jsonable(job.result)


ReportKind = Literal["end_of_year", "work_plan", "performance"]
ReportFormat = Literal["docx", "pdf", "html", "md"]


@papers.get("/boards/{slug}/report", response={200: None})
def compose_report(
    request,
    slug: str,
    kind: ReportKind,
    fmt: ReportFormat = "docx",
    cycle: uuid.UUID | None = None,
    quarter: int | None = Query(None, ge=1, le=4),
    with_sources: bool = False,
):
    """Compose a report from the board's records and download it (DOCX, PDF, HTML or Markdown):
    officers and admins (permissions.can_compose)."""
    board = get_board(request, slug, "compose")
    cycle_obj = (
        (Cycle.objects.filter(board=board, uid=cycle).first() if cycle else board.current_cycle())
        if board
        else None
    )
    if cycle_obj is None:
        raise Unprocessable(
            [{"loc": ["query", "cycle"], "msg": "No such cycle on this board.", "type": "value_error"}]
        )
    from boardwork.papers.services import render_report

    try:
        content, filename, media_type = render_report(
            board, kind, cycle_obj, fmt, quarter=quarter, with_sources=with_sources
        )
    except (ValueError, ValidationError) as e:
        raise Unprocessable([{"loc": ["query"], "msg": str(e), "type": "value_error"}]) from None
    response = HttpResponse(content, content_type=media_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


api.add_router("", boards)
api.add_router("", plans)
api.add_router("", activities)
api.add_router("", reference)
api.add_router("", papers)
api.add_router("", "boardwork.api_drafts.router")  # draft papers and their sign-off (issue #11)
api.add_router("", "boardwork.api_meetings.router")  # meetings, agenda, actions, people, cycles
api.add_router("", "boardwork.api_plan.router")  # the plan, quarter grid, drafting
api.add_router("", "boardwork.search.api.router")  # GET /api/search (search/api.py)


def _not_found(request, exc):
    return api.create_response(request, {"detail": str(exc) or "Not found."}, status=404)


api.add_exception_handler(Http404, _not_found)
