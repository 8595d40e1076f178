"""The shapes the API takes and gives (typed ninja schemas validate every input), and the plain
functions that fill the output shapes from records."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from ninja import Schema
from pydantic import Field, field_validator

from boardwork.activities.models import (
    KINDS,
    NATIONS,
    Activity,
    ActivityOrganisation,
    Organisation,
    Policy,
)
from boardwork.api.access import role
from boardwork.boards.models import Board, Person
from boardwork.papers.models import StoredPaper
from boardwork.plans.models import Commitment, ProgressUpdate, Review, Theme

# -- schemas -------------------------------------------------------------------------------------


def _refuse_nul(value):
    # PostgreSQL cannot store NUL characters in text; refuse them at the boundary (422), not as a 500.
    if isinstance(value, str) and "\x00" in value:
        raise ValueError("must not contain NUL characters")
    if isinstance(value, list | tuple):
        for item in value:
            _refuse_nul(item)
    return value


def unchanged(**constraints: Any) -> Any:
    """The default of a PATCH field whose annotation has no None: left out, the field stays unset
    (model_dump(exclude_unset=True) leaves it out) and the record keeps its value; sent, it is
    validated as annotated, so an explicit null is refused (422). Field(None) itself, typed as
    None, would not fit the annotation; pydantic reads the two alike."""
    return Field(None, **constraints)


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
    title: str = unchanged(min_length=1, max_length=300)
    order: int = unchanged(ge=0, le=100000)
    description: str = unchanged(max_length=20000)


# The values each field accepts, read from the models' choices when the schemas are built (so a
# new choice needs no edit here): pydantic validates them and the OpenAPI schema lists them. A
# Literal built at run time is no type to mypy, which sees plain strings.
if TYPE_CHECKING:
    CommitmentState: TypeAlias = str
    RagValue: TypeAlias = str
    ReviewValue: TypeAlias = str
    KindValue: TypeAlias = str
    NationValue: TypeAlias = str
    OrgRoleValue: TypeAlias = str
    OrgKindValue: TypeAlias = str
    PolicyKindValue: TypeAlias = str
else:
    CommitmentState = Literal[tuple(Commitment.State.values)]
    RagValue = Literal[tuple(ProgressUpdate.Rag.values)]
    ReviewValue = Literal[tuple(Review.values)]
    KindValue = Literal[tuple(KINDS)]
    NationValue = Literal[tuple(NATIONS)]
    OrgRoleValue = Literal[tuple(ActivityOrganisation.Role.values)]
    OrgKindValue = Literal[tuple(Organisation.Kind.values)]
    PolicyKindValue = Literal[tuple(Policy.Kind.values)]


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
    title: str = unchanged(min_length=1, max_length=5000)
    order: int = unchanged(ge=0, le=100000)
    owner_name: str = unchanged(max_length=200)
    due: dt.date | None = None
    state: CommitmentState = unchanged()
    delay_reason: str = unchanged(max_length=5000)
    review: ReviewValue = unchanged()


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
    text: str = unchanged(min_length=1, max_length=20000)
    title: str = unchanged(max_length=300)
    date: str | None = Field(None, pattern=DatePattern)
    kinds: list[KindValue] = unchanged()
    outcome: str = unchanged(max_length=20000)
    reach: str = unchanged(max_length=200)
    cycle: uuid.UUID | None = None
    themes: list[uuid.UUID] = unchanged(max_length=100)
    commitment: uuid.UUID | None = None
    organisations: list[OrgLinkIn] = unchanged(max_length=200)
    policies: list[uuid.UUID] = unchanged(max_length=200)
    people: list[uuid.UUID] = unchanged(max_length=200)
    nations: list[NationValue] = unchanged()
    review: ReviewValue = unchanged()

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
    name: str = Field(
        min_length=1,
        max_length=300,
        description="A body the shipped gazetteer knows is recorded under its usual name, with its "
        "acronym and kind, and the name sent kept as an alias",
    )
    acronym: str = Field("", max_length=30)
    aliases: list[str] = Field([], max_length=50)
    kind: OrgKindValue | None = Field(None, description="From the gazetteer when left out, else other")
    website: str = Field("", max_length=200, pattern=r"^(https?://\S+)?$")


class OrganisationExists(Schema):
    """409 from POST /organisations: the body is already recorded (by name, alias, acronym or a
    form the gazetteer knows); nothing was changed. Use `existing` (or PATCH it)."""

    detail: str
    existing: OrganisationOut


class OrganisationPatch(InSchema):
    version: int = Field(ge=1)
    name: str = unchanged(min_length=1, max_length=300)
    acronym: str = unchanged(max_length=30)
    aliases: list[str] = unchanged(max_length=50)
    kind: OrgKindValue = unchanged()
    website: str = unchanged(max_length=200, pattern=r"^(https?://\S+)?$")


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


class PolicyExists(Schema):
    """409 from POST /policies: the policy is already recorded (by title or alias; an Act whose
    Bill was recorded is that record, renamed to the Act). Use `existing` (or PATCH it)."""

    detail: str
    existing: PolicyOut


class PolicyPatch(InSchema):
    version: int = Field(ge=1)
    title: str = unchanged(min_length=1, max_length=400)
    kind: PolicyKindValue = unchanged()
    stage: str = unchanged(max_length=200)
    aliases: list[str] = unchanged(max_length=50)


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
        "parent": b.parent.slug if b.parent is not None else None,
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
        "continues": t.continues.uid if t.continues is not None else None,
        "version": t.version,
    }


def commitment_out(c: Commitment) -> dict:
    return {
        "uid": c.uid,
        "theme": c.theme.uid,
        "title": c.title,
        "order": c.order,
        "owner": c.owner.uid if c.owner is not None else None,
        "owner_name": c.owner_name,
        "owner_display": c.owner_display,
        "due": c.due,
        "state": c.state,
        "carried_from": c.carried_from.uid if c.carried_from is not None else None,
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
        "author_name": u.author_name or (u.author.get_username() if u.author is not None else ""),
        "created": u.created,
    }


def activity_qs(qs=None):
    """Activities with the records activity_out reads beside their links (which activities_out loads)."""
    return (Activity.objects if qs is None else qs).select_related(
        "board", "cycle", "commitment", "source_paper"
    )


def _links(ids: list[int]) -> dict[str, dict[int, list]]:
    """The themes, organisations, policies and people of the activities `ids`, by activity, each in
    its model's order, read as plain values: loading them as model instances cost more than the
    rest of an API page of 50."""
    out: dict[str, dict[int, list]] = {k: defaultdict(list) for k in ("themes", "orgs", "policies", "people")}
    if not ids:
        return out
    for aid, uid in (
        Activity.themes.through.objects.filter(activity_id__in=ids)
        .order_by("theme__cycle__start", "theme__order", "theme_id")
        .values_list("activity_id", "theme__uid")
    ):
        out["themes"][aid].append(uid)
    for aid, uid, name, org_role in (
        ActivityOrganisation.objects.filter(activity_id__in=ids)
        .order_by("id")
        .values_list("activity_id", "organisation__uid", "organisation__name", "role")
    ):
        out["orgs"][aid].append({"uid": uid, "name": name, "role": org_role})
    for aid, uid, title in (
        Activity.policies.through.objects.filter(activity_id__in=ids)
        .order_by("policy__title", "policy_id")
        .values_list("activity_id", "policy__uid", "policy__title")
    ):
        out["policies"][aid].append({"uid": uid, "name": title})
    for aid, uid, name, honorific in (
        Activity.people.through.objects.filter(activity_id__in=ids)
        .order_by("person__name", "person_id")
        .values_list("activity_id", "person__uid", "person__name", "person__honorific")
    ):
        out["people"][aid].append({"uid": uid, "name": Person(name=name, honorific=honorific).display_name})
    return out


def activities_out(activities: list[Activity]) -> list[dict]:
    """activity_out of each activity (from activity_qs, or just saved), their links read together."""
    links = _links([a.pk for a in activities])
    return [
        {
            "uid": a.uid,
            "board": a.board.slug,
            "cycle": a.cycle.uid if a.cycle is not None else None,
            "date": a.date_iso,
            "date_display": a.date_display,
            "kinds": a.kind_list,
            "title": a.title,
            "text": a.text,
            "outcome": a.outcome,
            "reach": a.reach,
            "themes": links["themes"].get(a.pk, []),
            "commitment": a.commitment.uid if a.commitment is not None else None,
            "organisations": links["orgs"].get(a.pk, []),
            "policies": links["policies"].get(a.pk, []),
            "people": links["people"].get(a.pk, []),
            "nations": a.nation_list,
            "review": a.review,
            "source_paper": a.source_paper.uid if a.source_paper is not None else None,
            "source_paragraph": a.source_paragraph,
            "version": a.version,
            "created": a.created,
            "updated": a.updated,
        }
        for a in activities
    ]


def activity_out(a: Activity) -> dict:
    return activities_out([a])[0]


def paper_out(p: StoredPaper, detail: bool = False) -> dict:
    out = {
        "uid": p.uid,
        "board": p.board.slug,
        "cycle": p.cycle.uid if p.cycle is not None else None,
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
