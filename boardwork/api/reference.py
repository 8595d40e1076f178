"""Organisations and policies, shared by all boards."""

from __future__ import annotations

import uuid

from django.db.models import Q
from ninja import Query, Router, Status

from boardwork.activities.models import (
    Organisation,
    Policy,
    match_key,
)
from boardwork.activities.services import add_organisation, add_policy
from boardwork.api.access import (
    edit_fields,
    get_or_404,
    need_shared,
)
from boardwork.api.auth import user_of
from boardwork.api.errors import check_version, invalid
from boardwork.api.schemas import (
    OrganisationExists,
    OrganisationIn,
    OrganisationOut,
    OrganisationPatch,
    PolicyExists,
    PolicyIn,
    PolicyOut,
    PolicyPatch,
)

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


@reference.post("/organisations", response={201: OrganisationOut, 409: OrganisationExists})
def create_organisation(request, payload: OrganisationIn):
    """Add an organisation. One record per body, as everywhere in Boardwork: a name already
    recorded (as a name, alias or acronym, or a form of it the gazetteer knows: "DHSC",
    "Dept of Health & Social Care") is not made again; the answer is 409 with the existing
    record in `existing`, and nothing is changed."""
    need_shared(request, edit=True)
    fields = payload.model_dump(exclude={"name"})
    org, created = add_organisation(payload.name, user=user_of(request), **fields)
    if not created:
        return Status(409, {"detail": f"{org.name} is already recorded.", "existing": org_out(org)})
    return Status(201, org_out(org))


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


@reference.post("/policies", response={201: PolicyOut, 409: PolicyExists})
def create_policy(request, payload: PolicyIn):
    """Add a policy, Bill or Act. One record per policy, as everywhere in Boardwork: a title
    already recorded (as a title or alias) is not made again, and an Act whose Bill is recorded is
    that record, renamed to the Act; the answer is then 409 with the record in `existing`."""
    need_shared(request, edit=True)
    pol, created = add_policy(
        payload.title, user=user_of(request), kind=payload.kind, stage=payload.stage, aliases=payload.aliases
    )
    if not created:
        return Status(409, {"detail": f"{pol.title} is already recorded.", "existing": policy_out(pol)})
    return Status(201, policy_out(pol))


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
