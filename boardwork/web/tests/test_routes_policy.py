"""Every route, every persona, one policy (issue #12.4 and #13).

Walks every web URL pattern (Django's resolver, the downloads and the Django admin included) and
every API operation (the OpenAPI schema), on the same records, for admin, officer, member, outsider
(officer of another board) and anonymous. Each route is declared with the policy action it
performs, and EXPECT says — here, written out, not computed by the code under test — which personas
that action allows. A response is *allowed* unless it refuses: 401, 403, 404, or a redirect to a
sign-in page. So web and API answer each persona alike, twin routes (the same operation through
both doors) are also compared with each other directly, and a route with no declaration fails.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from boardwork.api import api
from boardwork.boards.models import ApiToken
from boardwork.papers import drafts
from boardwork.papers.services import rendering
from boardwork.plans.models import Commitment, Review

from .web_fixtures import build_world

PERSONAS = ["anonymous", "outsider", "member", "officer", "admin"]
ALL = set(PERSONAS)
BOARD_PEOPLE = {"admin", "officer", "member"}
EDITORS = {"admin", "officer"}

# The policy, as the issue states it (boards/permissions.py holds the code).
EXPECT: dict[str, set[str]] = {
    "public": ALL,
    "signed in": ALL - {"anonymous"},
    "view shared": {"admin", "officer", "member", "outsider"},
    "edit shared": {"admin", "officer", "outsider"},  # an officer of any board
    # An officer of every board that uses the records (in this world, the officer's board alone).
    "merge shared": {"admin", "officer"},
    "view board": BOARD_PEOPLE,
    "view record to review": EDITORS,
    "view unpublished paper": BOARD_PEOPLE,
    "view feedback": BOARD_PEOPLE,  # everyone's for editors, one's own for members
    "give feedback": BOARD_PEOPLE,
    "edit board": EDITORS,
    "compose": EDITORS,
    "publish": EDITORS,
    "edit draft": EDITORS,
    # The route world's draft is the admin's, on a board with no chair: its one sign-off step
    # needs an officer other than the author (or an admin). A member holds no step.
    "approve": EDITORS,
    "admin site": {"admin"},
    "nobody": set(),
}


@dataclass(frozen=True)
class Case:
    door: str  # "web" (URL name; "admin" for the Django admin) or "api" ("METHOD /path/{template}")
    key: str
    action: str
    method: str
    url: Callable
    body: Callable | None = None
    label: str = ""

    @property
    def id(self) -> str:
        return f"{self.door}:{self.key}{':' + self.label if self.label else ''}"


def upload(w):
    text = b"Safer and Stronger Communities Board\n\n1. Purpose\n\nTo note the report.\n"
    return {"file": SimpleUploadedFile("paper.txt", text, content_type="text/plain")}


S = "/boards/sscb"

WEB = [
    Case("web", "home", "public", "get", lambda w: "/"),
    Case("web", "login", "public", "get", lambda w: "/sign-in/"),
    Case("web", "logout", "public", "post", lambda w: "/sign-out/", lambda w: {}),
    Case("web", "public_papers", "public", "get", lambda w: "/papers/public/"),
    Case("web", "public_paper", "public", "get", lambda w: f"/papers/public/{w.published.uid}/"),
    Case("web", "public_paper", "nobody", "get", lambda w: f"/papers/public/{w.paper.uid}/", label="unpublished"),
    Case("web", "public_paper_download", "public", "get", lambda w: f"/papers/public/{w.published.uid}/download/"),
    Case("web", "search", "public", "get", lambda w: "/search/?q=board"),  # results within the caller's scope
    Case("web", "search-timeline", "public", "get", lambda w: "/search/timeline/?q=board"),
    Case("web", "search-paper", "public", "get", lambda w: f"/search/papers/{w.published.uid}/"),
    Case("web", "search-paper", "view unpublished paper", "get", lambda w: f"/search/papers/{w.paper.uid}/", label="unpublished"),
    Case("web", "organisations", "view shared", "get", lambda w: "/organisations/"),
    Case("web", "organisation", "view shared", "get", lambda w: f"/organisations/{w.org.uid}/"),
    Case("web", "organisation_merge", "merge shared", "post",
         lambda w: f"/organisations/{_fresh(w, type(w.org), name=f'Home Office twin {_n()}').uid}/merge/",
         lambda w: {"into": "Home Office"}),
    Case("web", "board", "view board", "get", lambda w: f"{S}/"),
    Case("web", "theme", "view board", "get", lambda w: f"{S}/themes/{w.theme.uid}/"),
    Case("web", "commitment", "view board", "get", lambda w: f"{S}/commitments/{w.commitment.uid}/"),
    Case("web", "commitment", "view record to review", "get",
         lambda w: f"{S}/commitments/{w.pending_commitment.uid}/", label="to review"),
    Case("web", "commitment", "edit board", "post", lambda w: f"{S}/commitments/{w.commitment.uid}/",
         lambda w: {"quarter": "2", "rag": "green", "commentary": "Back on track"}, label="progress"),
    Case("web", "commitment_edit", "edit board", "get", lambda w: f"{S}/commitments/{w.commitment.uid}/edit/"),
    Case("web", "commitment_edit", "edit board", "post", lambda w: f"{S}/commitments/{w.commitment.uid}/edit/",
         lambda w: {"title": "Changed", "state": "on_track", "version": "1"}, label="post"),
    Case("web", "activities", "view board", "get", lambda w: f"{S}/activities/"),
    Case("web", "activity_add", "edit board", "get", lambda w: f"{S}/activities/new/"),
    Case("web", "activity_add", "edit board", "post", lambda w: f"{S}/activities/new/",
         lambda w: {"text": "Met the minister", "date": "2021-10", "kinds": ["lobbying"]}, label="post"),
    Case("web", "activity_quick_add", "edit board", "post", lambda w: f"{S}/activities/quick/",
         lambda w: {"text": "Spoke at a conference", "date": "2021", "kind": "event"}),
    Case("web", "activity", "view board", "get", lambda w: f"{S}/activities/{w.activity.uid}/"),
    Case("web", "activity", "view record to review", "get", lambda w: f"{S}/activities/{w.pending.uid}/",
         label="to review"),
    Case("web", "activity_edit", "edit board", "get", lambda w: f"{S}/activities/{w.activity.uid}/edit/"),
    Case("web", "activity_edit", "edit board", "post", lambda w: f"{S}/activities/{w.activity.uid}/edit/",
         lambda w: {"text": "Edited", "version": "1"}, label="post"),
    Case("web", "suggest", "view board", "get", lambda w: f"{S}/suggest/organisations/?organisations=Hom"),
    Case("web", "activity_themes", "edit board", "get", lambda w: f"{S}/activities/themes/?date=2021-10"),
    Case("web", "feedback", "view feedback", "get", lambda w: f"{S}/feedback/"),
    Case("web", "feedback", "give feedback", "post", lambda w: f"{S}/feedback/",
         lambda w: {"text": "More on fire safety"}, label="post"),
    Case("web", "rollover", "edit board", "get", lambda w: f"{S}/rollover/"),
    Case("web", "rollover", "edit board", "post", lambda w: f"{S}/rollover/", lambda w: {}, label="post"),
    Case("web", "papers", "view board", "get", lambda w: f"{S}/papers/"),
    Case("web", "upload", "edit board", "get", lambda w: f"{S}/papers/upload/"),
    Case("web", "upload", "edit board", "post", lambda w: f"{S}/papers/upload/", upload, label="post"),
    # Progress of one's own upload jobs (a link to none of one's own goes to the papers list).
    Case("web", "upload_jobs", "edit board", "get",
         lambda w: f"{S}/papers/upload/jobs/?job=00000000-0000-4000-8000-000000000000"),
    Case("web", "compose", "compose", "get", lambda w: f"{S}/papers/compose/"),
    Case("web", "paper", "view unpublished paper", "get", lambda w: f"{S}/papers/{w.paper.uid}/"),
    Case("web", "paper_download", "view unpublished paper", "get", lambda w: f"{S}/papers/{w.paper.uid}/download/"),
    # Papers written in the background: whoever may have the paper (a report: who may compose).
    Case("web", "render_job", "compose", "get", lambda w: f"/papers/renders/{w.report_render.uid}/"),
    Case("web", "render_job", "view unpublished paper", "get", lambda w: f"/papers/renders/{w.draft_render.uid}/",
         label="paper"),
    Case("web", "render_job", "public", "get", lambda w: f"/papers/renders/{w.published_render.uid}/",
         label="published"),
    Case("web", "render_file", "compose", "get", lambda w: f"/papers/renders/{w.report_render.uid}/file/"),
    Case("web", "render_file", "view unpublished paper", "get",
         lambda w: f"/papers/renders/{w.draft_render.uid}/file/", label="paper"),
    Case("web", "paper_publish", "publish", "post", lambda w: f"{S}/papers/{w.paper.uid}/publish/", lambda w: {}),
    Case("web", "publish_confirm", "publish", "get", lambda w: f"{S}/papers/{w.paper.uid}/publish/confirm/"),
    Case("web", "draft_save", "edit draft", "post", lambda w: f"{S}/papers/drafts/new/",
         lambda w: {"kind": "work_plan", "cycle": str(w.cycle.uid)}),
    Case("web", "draft", "view unpublished paper", "get", lambda w: f"{S}/papers/{w.draft.uid}/draft/"),
    Case("web", "draft_block", "edit draft", "get", lambda w: f"{S}/papers/{w.draft.uid}/draft/blocks/{w.draft_key}/"),
    Case("web", "draft_block", "edit draft", "post", lambda w: f"{S}/papers/{w.draft.uid}/draft/blocks/{w.draft_key}/",
         lambda w: {"text": "Reworded", "version": "1"}, label="post"),
    Case("web", "draft_recompose", "edit draft", "post", lambda w: f"{S}/papers/{w.draft.uid}/draft/recompose/",
         lambda w: {"version": "1"}),
    Case("web", "draft_version", "view unpublished paper", "get", lambda w: f"{S}/papers/{w.draft.uid}/draft/versions/1/"),
    Case("web", "draft_signoff", "approve", "post", lambda w: f"{S}/papers/{w.draft.uid}/draft/signoff/",
         lambda w: {"decision": "approved", "version": "1"}),
    Case("web", "accept_all", "edit board", "post", lambda w: f"{S}/papers/{w.paper.uid}/accept-all/", lambda w: {}),
    Case("web", "review_record", "edit board", "post",
         lambda w: f"{S}/papers/{w.paper.uid}/activity/{w.pending.uid}/accept/", lambda w: {"version": "1"}),
    Case("web", "export-activities", "view board", "get", lambda w: f"{S}/export/activities.csv"),
    Case("web", "export-commitments", "view board", "get", lambda w: f"{S}/export/commitments.xlsx"),
    Case("web", "board-meetings-ics", "view board", "get", lambda w: f"{S}/export/meetings.ics"),
    Case("web", "board-popolo", "view board", "get", lambda w: f"{S}/export/popolo.json"),
    Case("web", "api:openapi-json", "public", "get", lambda w: "/api/openapi.json"),
    Case("web", "api:openapi-view", "public", "get", lambda w: "/api/docs"),
    Case("web", "api:api-root", "nobody", "get", lambda w: "/api/"),
    Case("web", "admin", "admin site", "get", lambda w: "/admin/"),
    Case("web", "admin", "admin site", "get", lambda w: "/admin/boards/membership/", label="memberships"),
]  # fmt: skip


# Running the cycle (web/planviews.py, web/meetingviews.py).
def _meeting(w):
    from boardwork.boards.models import Meeting

    return Meeting.objects.filter(board=w.board).order_by("date").first()


def _item(w):
    return _meeting(w).agenda.get_or_create(number="1", defaults={"title": "Welcome"})[0]


def _action(w):
    return _meeting(w).actions.get_or_create(text="Write to the Home Office")[0]


def _feedback(w):
    return w.cycle.feedback.first()


Q = "?cycle=2021/22"
WEB += [
    Case("web", "plan", "view board", "get", lambda w: f"{S}/plan/"),
    Case("web", "cycle_add", "edit board", "get", lambda w: f"{S}/plan/cycles/new/"),
    Case("web", "cycle_add", "edit board", "post", lambda w: f"{S}/plan/cycles/new/",
         lambda w: {"label": "2022/23", "start": "2022-09-01", "end": "2023-08-31"}, label="post"),
    Case("web", "theme_add", "edit board", "get", lambda w: f"{S}/plan/themes/new/"),
    Case("web", "theme_add", "edit board", "post", lambda w: f"{S}/plan/themes/new/",
         lambda w: {"cycle": "2021/22", "title": "Fire safety"}, label="post"),
    Case("web", "theme_edit", "edit board", "get", lambda w: f"{S}/themes/{w.theme.uid}/edit/"),
    Case("web", "theme_move", "edit board", "post", lambda w: f"{S}/themes/{w.theme2.uid}/move/",
         lambda w: {"direction": "up"}),
    Case("web", "theme_retire", "edit board", "post", lambda w: f"{S}/themes/{w.theme2.uid}/retire/", lambda w: {}),
    Case("web", "theme_merge", "edit board", "get", lambda w: f"{S}/themes/{w.theme2.uid}/merge/"),
    Case("web", "commitment_add", "edit board", "get", lambda w: f"{S}/themes/{w.theme.uid}/commitments/new/"),
    Case("web", "commitment_add", "edit board", "post", lambda w: f"{S}/themes/{w.theme.uid}/commitments/new/",
         lambda w: {"title": "Publish guidance", "state": "planned"}, label="post"),
    Case("web", "quarter", "view board", "get", lambda w: f"{S}/plan/quarter/2/{Q}"),
    Case("web", "quarter", "edit board", "post", lambda w: f"{S}/plan/quarter/2/",
         lambda w: {"cycle": "2021/22", f"c{w.commitment.uid}-rag": "green"}, label="post"),
    Case("web", "plan_draft", "edit board", "get", lambda w: f"{S}/plan/draft/{Q}"),
    Case("web", "carry_forward", "edit board", "post", lambda w: f"{S}/commitments/{w.old_commitment.uid}/carry-forward/",
         lambda w: {"cycle": "2021/22", "theme": str(w.theme.uid)}),
    Case("web", "feedback_answer", "edit board", "post", lambda w: f"{S}/feedback/{_feedback(w).uid}/answer/",
         lambda w: {"commitments": [str(w.commitment.uid)]}),
    Case("web", "meetings", "view board", "get", lambda w: f"{S}/meetings/"),
    Case("web", "meeting_add", "edit board", "get", lambda w: f"{S}/meetings/new/"),
    Case("web", "meeting", "view board", "get", lambda w: f"{S}/meetings/{_meeting(w).uid}/"),
    Case("web", "meeting_edit", "edit board", "get", lambda w: f"{S}/meetings/{_meeting(w).uid}/edit/"),
    Case("web", "agenda_item_add", "edit board", "post", lambda w: f"{S}/meetings/{_meeting(w).uid}/agenda/new/",
         lambda w: {"title": "Work plan"}),
    Case("web", "action_add", "edit board", "post", lambda w: f"{S}/meetings/{_meeting(w).uid}/actions/new/",
         lambda w: {"text": "Brief members"}),
    Case("web", "agenda_item_edit", "edit board", "get", lambda w: f"{S}/agenda/{_item(w).uid}/"),
    Case("web", "actions", "view board", "get", lambda w: f"{S}/actions/?status=open"),
    Case("web", "action_edit", "edit board", "get", lambda w: f"{S}/actions/{_action(w).uid}/"),
    Case("web", "action_edit", "edit board", "post", lambda w: f"{S}/actions/{_action(w).uid}/",
         lambda w: {"what": "close", "status": "done"}, label="close"),
]  # fmt: skip


# People and engagement, record hygiene (web/peopleviews.py, web/hygieneviews.py).
def _person(w):
    return w.users["member"].person


def _appointment(w):
    from boardwork.activities.models import Appointment

    return Appointment.objects.get_or_create(board=w.board, person=_person(w), organisation=w.org2)[0]


def _withdrawn(w):
    from boardwork.activities import services
    from boardwork.activities.models import Activity

    a = Activity.all_objects.get(pk=w.activities[3].pk)
    if a.withdrawn_on is None:
        services.withdraw_activity(a)
    return a


def _fresh(w, model, **fields):
    """A new record each call: a merge removes the record merged, so each caller merges its own."""
    return model.objects.create(**fields)


def _version(w, pk):
    from boardwork.activities.models import Activity

    return Activity.all_objects.get(pk=pk).version


WEB += [
    Case("web", "people", "view board", "get", lambda w: f"{S}/people/"),
    Case("web", "person", "view board", "get", lambda w: f"{S}/people/{_person(w).uid}/"),
    Case("web", "appointment_add", "edit board", "get", lambda w: f"{S}/people/{_person(w).uid}/appointments/new/"),
    Case("web", "appointment_add", "edit board", "post", lambda w: f"{S}/people/{_person(w).uid}/appointments/new/",
         lambda w: {"organisation_name": "Home Office", "role": "Observer"}, label="post"),
    Case("web", "appointment_edit", "edit board", "get", lambda w: f"{S}/appointments/{_appointment(w).uid}/"),
    Case("web", "appointment_edit", "edit board", "post", lambda w: f"{S}/appointments/{_appointment(w).uid}/",
         lambda w: {"organisation_name": "NPCC", "role": "Observer", "version": _appointment(w).version},
         label="post"),
    Case("web", "person_merge", "merge shared", "get", lambda w: f"{S}/people/{_person(w).uid}/merge/"),
    Case("web", "policy_merge", "merge shared", "get", lambda w: f"/policies/{w.policy.uid}/merge/"),
    Case("web", "changes", "edit board", "get", lambda w: f"{S}/changes/?kind=activity"),  # can_view_changes
    Case("web", "activities_withdrawn", "edit board", "get", lambda w: f"{S}/activities/withdrawn/"),
    Case("web", "activity_withdraw", "edit board", "post", lambda w: f"{S}/activities/{w.activity.uid}/withdraw/",
         lambda w: {"version": _version(w, w.activity.pk), "reason": "Entered twice"}),
    Case("web", "activity_reinstate", "edit board", "post",
         lambda w: f"{S}/activities/{_withdrawn(w).uid}/reinstate/", lambda w: {}),
    Case("web", "activity_merge", "edit board", "get", lambda w: f"{S}/activities/{w.activity.uid}/merge/"),
    Case("web", "signoff_chain", "view board", "get", lambda w: f"{S}/papers/signoff-chain/"),
    Case("web", "signoff_chain", "edit board", "post", lambda w: f"{S}/papers/signoff-chain/",
         lambda w: {"step1": "officer"}, label="post"),  # can_edit_signoff_chain
]  # fmt: skip


B = "/api/boards/sscb"

API = [
    Case("api", "GET /api/me", "public", "get", lambda w: "/api/me"),
    Case("api", "GET /api/search", "public", "get", lambda w: "/api/search?q=board"),
    Case("api", "GET /api/boards", "signed in", "get", lambda w: "/api/boards"),
    Case("api", "GET /api/boards/{slug}", "view board", "get", lambda w: B),
    Case("api", "GET /api/boards/{slug}/cycles", "view board", "get", lambda w: f"{B}/cycles"),
    Case("api", "GET /api/boards/{slug}/meetings", "view board", "get", lambda w: f"{B}/meetings"),
    Case("api", "GET /api/boards/{slug}/calendar", "view board", "get", lambda w: f"{B}/calendar"),
    Case("api", "GET /api/boards/{slug}/themes", "view board", "get", lambda w: f"{B}/themes"),
    Case("api", "POST /api/boards/{slug}/themes", "edit board", "post", lambda w: f"{B}/themes",
         lambda w: {"cycle": str(w.cycle.uid), "title": "Cohesion"}),
    Case("api", "GET /api/themes/{uid}", "view board", "get", lambda w: f"/api/themes/{w.theme.uid}"),
    Case("api", "PATCH /api/themes/{uid}", "edit board", "patch", lambda w: f"/api/themes/{w.theme.uid}",
         lambda w: {"version": 1, "title": "Community safety and resilience"}),
    Case("api", "GET /api/boards/{slug}/commitments", "view board", "get", lambda w: f"{B}/commitments"),
    Case("api", "GET /api/commitments/{uid}", "view board", "get", lambda w: f"/api/commitments/{w.commitment.uid}"),
    Case("api", "GET /api/commitments/{uid}", "view record to review", "get",
         lambda w: f"/api/commitments/{w.pending_commitment.uid}", label="to review"),
    Case("api", "PATCH /api/commitments/{uid}", "edit board", "patch",
         lambda w: f"/api/commitments/{w.commitment.uid}", lambda w: {"version": 1, "state": "at_risk"}),
    Case("api", "POST /api/themes/{uid}/commitments", "edit board", "post",
         lambda w: f"/api/themes/{w.theme.uid}/commitments", lambda w: {"title": "Publish guidance"}),
    Case("api", "GET /api/commitments/{uid}/updates", "view board", "get",
         lambda w: f"/api/commitments/{w.commitment.uid}/updates"),
    Case("api", "POST /api/commitments/{uid}/updates", "edit board", "post",
         lambda w: f"/api/commitments/{w.commitment.uid}/updates",
         lambda w: {"quarter": 2, "rag": "green", "commentary": "Back on track"}),
    Case("api", "PUT /api/commitments/{uid}/updates/{quarter}", "edit board", "put",
         lambda w: f"/api/commitments/{w.commitment.uid}/updates/3", lambda w: {"rag": "amber", "commentary": "Slipping"}),
    Case("api", "GET /api/cycles/{uid}/feedback", "view feedback", "get", lambda w: f"/api/cycles/{w.cycle.uid}/feedback"),
    Case("api", "POST /api/cycles/{uid}/feedback", "give feedback", "post",
         lambda w: f"/api/cycles/{w.cycle.uid}/feedback", lambda w: {"text": "More on fire safety"}),
    Case("api", "GET /api/boards/{slug}/activities", "view board", "get", lambda w: f"{B}/activities"),
    Case("api", "POST /api/boards/{slug}/activities", "edit board", "post", lambda w: f"{B}/activities",
         lambda w: {"text": "Met the minister", "date": "2021-10", "kinds": ["lobbying"]}),
    Case("api", "GET /api/activities/{uid}", "view board", "get", lambda w: f"/api/activities/{w.activity.uid}"),
    Case("api", "GET /api/activities/{uid}", "view record to review", "get",
         lambda w: f"/api/activities/{w.pending.uid}", label="to review"),
    Case("api", "PATCH /api/activities/{uid}", "edit board", "patch", lambda w: f"/api/activities/{w.activity.uid}",
         lambda w: {"version": 1, "text": "Edited"}),
    Case("api", "GET /api/organisations", "view shared", "get", lambda w: "/api/organisations"),
    Case("api", "POST /api/organisations", "edit shared", "post", lambda w: "/api/organisations",
         lambda w: {"name": "College of Policing", "kind": "sector_body"}),
    Case("api", "GET /api/organisations/{uid}", "view shared", "get", lambda w: f"/api/organisations/{w.org.uid}"),
    Case("api", "PATCH /api/organisations/{uid}", "edit shared", "patch", lambda w: f"/api/organisations/{w.org.uid}",
         lambda w: {"version": 1, "aliases": ["The Home Office"]}),
    Case("api", "GET /api/policies", "view shared", "get", lambda w: "/api/policies"),
    Case("api", "POST /api/policies", "edit shared", "post", lambda w: "/api/policies",
         lambda w: {"title": "Fire Safety Act 2021"}),
    Case("api", "GET /api/policies/{uid}", "view shared", "get", lambda w: f"/api/policies/{w.policy.uid}"),
    Case("api", "PATCH /api/policies/{uid}", "edit shared", "patch", lambda w: f"/api/policies/{w.policy.uid}",
         lambda w: {"version": 1, "stage": "Report stage"}),
    # The board has a published paper, so its paper list is public (a board without is hidden).
    Case("api", "GET /api/boards/{slug}/papers", "public", "get", lambda w: f"{B}/papers"),
    Case("api", "POST /api/boards/{slug}/papers", "edit board", "post", lambda w: f"{B}/papers", upload),
    Case("api", "GET /api/papers/{uid}", "public", "get", lambda w: f"/api/papers/{w.published.uid}"),
    Case("api", "GET /api/papers/{uid}", "view unpublished paper", "get", lambda w: f"/api/papers/{w.paper.uid}",
         label="unpublished"),
    Case("api", "GET /api/papers/{uid}/file", "view unpublished paper", "get",
         lambda w: f"/api/papers/{w.paper.uid}/file"),
    Case("api", "POST /api/papers/parse", "signed in", "post", lambda w: "/api/papers/parse", upload),
    Case("api", "POST /api/papers/{uid}/extract", "compose", "post", lambda w: f"/api/papers/{w.paper.uid}/extract"),
    Case("api", "POST /api/boards/{slug}/drafts", "edit draft", "post", lambda w: f"{B}/drafts",
         lambda w: {"kind": "work_plan", "cycle": str(w.cycle.uid)}),
    Case("api", "GET /api/papers/{uid}/draft", "view unpublished paper", "get", lambda w: f"/api/papers/{w.draft.uid}/draft"),
    Case("api", "GET /api/papers/{uid}/versions/{number}", "view unpublished paper", "get",
         lambda w: f"/api/papers/{w.draft.uid}/versions/1"),
    Case("api", "PATCH /api/papers/{uid}/blocks/{key}", "edit draft", "patch",
         lambda w: f"/api/papers/{w.draft.uid}/blocks/{w.draft_key}", lambda w: {"text": "Reworded", "version": 1}),
    Case("api", "POST /api/papers/{uid}/recompose", "edit draft", "post", lambda w: f"/api/papers/{w.draft.uid}/recompose",
         lambda w: {"version": 1}),
    Case("api", "POST /api/papers/{uid}/signoff", "approve", "post", lambda w: f"/api/papers/{w.draft.uid}/signoff",
         lambda w: {"decision": "approved", "version": 1}),
    Case("api", "POST /api/papers/{uid}/publish", "publish", "post", lambda w: f"/api/papers/{w.paper.uid}/publish",
         lambda w: {"publish": True}),
    # A background job is its starter's alone: nobody else is told it exists.
    Case("api", "GET /api/jobs/{uid}", "nobody", "get", lambda w: "/api/jobs/00000000-0000-4000-8000-000000000000"),
    Case("api", "GET /api/boards/{slug}/report", "compose", "get", lambda w: f"{B}/report?kind=work_plan&fmt=md"),
    # A paper being written is not one person's: whoever may have the paper may follow it.
    Case("api", "GET /api/jobs/{uid}", "compose", "get", lambda w: f"/api/jobs/{w.report_render.uid}", label="render"),
    Case("api", "GET /api/jobs/{uid}/file", "compose", "get", lambda w: f"/api/jobs/{w.report_render.uid}/file"),
    Case("api", "GET /api/jobs/{uid}/file", "view unpublished paper", "get",
         lambda w: f"/api/jobs/{w.draft_render.uid}/file", label="paper"),
]  # fmt: skip


# Running the cycle (api/meetings.py, api/plan.py).
API += [
    Case("api", "POST /api/boards/{slug}/cycles", "edit board", "post", lambda w: f"{B}/cycles",
         lambda w: {"label": "2022/23", "start": "2022-09-01", "end": "2023-08-31"}),
    Case("api", "GET /api/cycles/{uid}", "view board", "get", lambda w: f"/api/cycles/{w.cycle.uid}"),
    Case("api", "POST /api/boards/{slug}/meetings", "edit board", "post", lambda w: f"{B}/meetings",
         lambda w: {"date": "2021-12-01", "place": "Online"}),
    Case("api", "GET /api/meetings/{uid}", "view board", "get", lambda w: f"/api/meetings/{_meeting(w).uid}"),
    Case("api", "PATCH /api/meetings/{uid}", "edit board", "patch", lambda w: f"/api/meetings/{_meeting(w).uid}",
         lambda w: {"version": _meeting(w).version, "place": "Online"}),
    Case("api", "POST /api/meetings/{uid}/agenda", "edit board", "post",
         lambda w: f"/api/meetings/{_meeting(w).uid}/agenda", lambda w: {"title": "Work plan"}),
    Case("api", "PATCH /api/agenda-items/{uid}", "edit board", "patch", lambda w: f"/api/agenda-items/{_item(w).uid}",
         lambda w: {"version": _item(w).version, "title": "Welcome and apologies"}),
    Case("api", "GET /api/boards/{slug}/actions", "view board", "get", lambda w: f"{B}/actions?status=open"),
    Case("api", "POST /api/meetings/{uid}/actions", "edit board", "post",
         lambda w: f"/api/meetings/{_meeting(w).uid}/actions", lambda w: {"text": "Brief members"}),
    Case("api", "PATCH /api/actions/{uid}", "edit board", "patch", lambda w: f"/api/actions/{_action(w).uid}",
         lambda w: {"version": _action(w).version, "owner": "Sam Taylor"}),
    Case("api", "POST /api/actions/{uid}/close", "edit board", "post", lambda w: f"/api/actions/{_action(w).uid}/close",
         lambda w: {"version": _action(w).version, "status": "done"}),
    Case("api", "GET /api/boards/{slug}/people", "view board", "get", lambda w: f"{B}/people"),
    Case("api", "GET /api/boards/{slug}/people/{uid}", "view board", "get",
         lambda w: f"{B}/people/{w.users['member'].person.uid}"),
    Case("api", "GET /api/cycles/{uid}/plan", "view board", "get", lambda w: f"/api/cycles/{w.cycle.uid}/plan"),
    Case("api", "PATCH /api/themes/{uid}/plan", "edit board", "patch", lambda w: f"/api/themes/{w.theme.uid}/plan",
         lambda w: {"version": 1, "agreed_at": str(_meeting(w).uid)}),
    Case("api", "POST /api/cycles/{uid}/theme-order", "edit board", "post",
         lambda w: f"/api/cycles/{w.cycle.uid}/theme-order", lambda w: {"themes": [str(w.theme2.uid), str(w.theme.uid)]}),
    # A merge removes the theme merged: each caller merges a theme of its own.
    Case("api", "POST /api/themes/{uid}/merge", "edit board", "post",
         lambda w: f"/api/themes/{w.cycle.themes.create(title='To merge').uid}/merge", lambda w: {"into": str(w.theme.uid)}),
    Case("api", "POST /api/themes/{uid}/retire", "edit board", "post", lambda w: f"/api/themes/{w.theme2.uid}/retire",
         lambda w: {}),
    Case("api", "PATCH /api/commitments/{uid}/plan", "edit board", "patch",
         lambda w: f"/api/commitments/{w.commitment.uid}/plan",
         lambda w: {"version": w.commitment.version, "lead_officer": str(w.users["officer"].person.uid)}),
    Case("api", "GET /api/cycles/{uid}/quarters/{quarter}", "view board", "get",
         lambda w: f"/api/cycles/{w.cycle.uid}/quarters/2"),
    Case("api", "PUT /api/cycles/{uid}/quarters/{quarter}", "edit board", "put",
         lambda w: f"/api/cycles/{w.cycle.uid}/quarters/2",
         lambda w: {"updates": [{"commitment": str(w.commitment.uid), "rag": "green"}]}),
    Case("api", "POST /api/commitments/{uid}/carry-forward", "edit board", "post",
         lambda w: f"/api/commitments/{w.old_commitment.uid}/carry-forward", lambda w: {"theme": str(w.theme.uid)}),
    Case("api", "PUT /api/feedback/{uid}/answers", "edit board", "put", lambda w: f"/api/feedback/{_feedback(w).uid}/answers",
         lambda w: {"commitments": [str(w.commitment.uid)]}),
]  # fmt: skip

# People and engagement, record hygiene (api/people.py).
API += [
    Case("api", "GET /api/boards/{slug}/appointments", "view board", "get", lambda w: f"{B}/appointments"),
    Case("api", "POST /api/boards/{slug}/appointments", "edit board", "post", lambda w: f"{B}/appointments",
         lambda w: {"person": str(_person(w).uid), "organisation": str(w.org.uid), "role": "Observer"}),
    Case("api", "PATCH /api/appointments/{uid}", "edit board", "patch", lambda w: f"/api/appointments/{_appointment(w).uid}",
         lambda w: {"version": _appointment(w).version, "role": "Observer"}),
    Case("api", "GET /api/boards/{slug}/people/{uid}/activities", "view board", "get",
         lambda w: f"{B}/people/{_person(w).uid}/activities"),
    Case("api", "POST /api/activities/{uid}/withdraw", "edit board", "post",
         lambda w: f"/api/activities/{w.activity.uid}/withdraw", lambda w: {"version": _version(w, w.activity.pk)}),
    Case("api", "POST /api/activities/{uid}/reinstate", "edit board", "post",
         lambda w: f"/api/activities/{_withdrawn(w).uid}/reinstate", lambda w: {"version": _withdrawn(w).version}),
    Case("api", "POST /api/activities/{uid}/merge", "edit board", "post",
         lambda w: f"/api/activities/{_fresh(w, type(w.activity), board=w.board, cycle=w.cycle, text='Twice').uid}/merge",
         lambda w: {"into": str(w.activity.uid)}),
    Case("api", "POST /api/organisations/{uid}/merge", "merge shared", "post",
         lambda w: f"/api/organisations/{_fresh(w, type(w.org), name=f'Home Office {w.org.pk}-{_n()}').uid}/merge",
         lambda w: {"into": str(w.org.uid)}),
    Case("api", "POST /api/policies/{uid}/merge", "merge shared", "post",
         lambda w: f"/api/policies/{_fresh(w, type(w.policy), title=f'Domestic Abuse Bill {_n()}').uid}/merge",
         lambda w: {"into": str(w.policy.uid)}),
    Case("api", "POST /api/people/{uid}/merge", "merge shared", "post",
         lambda w: f"/api/people/{_fresh(w, type(_person(w)), name='Member').uid}/merge",
         lambda w: {"into": str(_person(w).uid)}),
    Case("api", "GET /api/boards/{slug}/changes", "edit board", "get", lambda w: f"{B}/changes?kind=activity"),
    Case("api", "GET /api/boards/{slug}/signoff-chain", "view board", "get", lambda w: f"{B}/signoff-chain"),
    Case("api", "PUT /api/boards/{slug}/signoff-chain", "edit board", "put", lambda w: f"{B}/signoff-chain",
         lambda w: {"roles": ["officer"]}),
]  # fmt: skip

_counter = iter(range(1, 10**6))


def _n() -> int:
    return next(_counter)


CASES = WEB + API
BY_ID = {c.id: c for c in CASES}

# The same operation on the same records through both doors.
TWINS = [
    ("web:board", "api:GET /api/boards/{slug}"),
    ("web:theme", "api:GET /api/themes/{uid}"),
    ("web:commitment", "api:GET /api/commitments/{uid}"),
    ("web:commitment:to review", "api:GET /api/commitments/{uid}:to review"),
    ("web:commitment:progress", "api:POST /api/commitments/{uid}/updates"),
    ("web:commitment_edit:post", "api:PATCH /api/commitments/{uid}"),
    ("web:activities", "api:GET /api/boards/{slug}/activities"),
    ("web:activity", "api:GET /api/activities/{uid}"),
    ("web:activity:to review", "api:GET /api/activities/{uid}:to review"),
    ("web:activity_add:post", "api:POST /api/boards/{slug}/activities"),
    ("web:activity_edit:post", "api:PATCH /api/activities/{uid}"),
    ("web:feedback", "api:GET /api/cycles/{uid}/feedback"),
    ("web:feedback:post", "api:POST /api/cycles/{uid}/feedback"),
    ("web:upload:post", "api:POST /api/boards/{slug}/papers"),
    ("web:paper", "api:GET /api/papers/{uid}:unpublished"),
    ("web:paper_download", "api:GET /api/papers/{uid}/file"),
    ("web:compose", "api:GET /api/boards/{slug}/report"),
    ("web:render_file", "api:GET /api/jobs/{uid}/file"),
    ("web:render_file:paper", "api:GET /api/jobs/{uid}/file:paper"),
    ("web:render_job", "api:GET /api/jobs/{uid}:render"),
    ("web:organisations", "api:GET /api/organisations"),
    ("web:organisation", "api:GET /api/organisations/{uid}"),
    ("web:public_paper", "api:GET /api/papers/{uid}"),
    ("web:draft_save", "api:POST /api/boards/{slug}/drafts"),
    ("web:draft", "api:GET /api/papers/{uid}/draft"),
    ("web:draft_version", "api:GET /api/papers/{uid}/versions/{number}"),
    ("web:draft_block:post", "api:PATCH /api/papers/{uid}/blocks/{key}"),
    ("web:draft_recompose", "api:POST /api/papers/{uid}/recompose"),
    ("web:draft_signoff", "api:POST /api/papers/{uid}/signoff"),
    ("web:paper_publish", "api:POST /api/papers/{uid}/publish"),
    ("web:meeting", "api:GET /api/meetings/{uid}"),
    ("web:actions", "api:GET /api/boards/{slug}/actions"),
    ("web:quarter", "api:GET /api/cycles/{uid}/quarters/{quarter}"),
    ("web:quarter:post", "api:PUT /api/cycles/{uid}/quarters/{quarter}"),
    ("web:cycle_add:post", "api:POST /api/boards/{slug}/cycles"),
    ("web:carry_forward", "api:POST /api/commitments/{uid}/carry-forward"),
    ("web:feedback_answer", "api:PUT /api/feedback/{uid}/answers"),
    ("web:people", "api:GET /api/boards/{slug}/people"),
    ("web:changes", "api:GET /api/boards/{slug}/changes"),
    ("web:signoff_chain", "api:GET /api/boards/{slug}/signoff-chain"),
    ("web:signoff_chain:post", "api:PUT /api/boards/{slug}/signoff-chain"),
    ("web:activity_withdraw", "api:POST /api/activities/{uid}/withdraw"),
    ("web:appointment_add:post", "api:POST /api/boards/{slug}/appointments"),
]


# -- the world and the personas ------------------------------------------------------------------


@pytest.fixture(scope="module")
def _route_world(module_db):
    # Built once for the module (conftest.py's module_db); its file goes to the run's media folder.
    w = build_world()
    w.pending_commitment = Commitment.objects.create(
        theme=w.theme, title="Imported plan awaiting review", review=Review.TO_REVIEW
    )
    w.paper.file.save("draft.txt", ContentFile(b"Draft work plan\n"), save=True)
    w.draft = drafts.save_draft(w.board, "work_plan", w.cycle, w.users["admin"])
    w.draft_key = drafts.latest(w.draft).keys[1]
    w.tokens = {p: ApiToken.issue(u, "routes")[1] for p, u in w.users.items()}
    w.report_render = rendering.request(w.board, rendering.report_spec("work_plan", w.cycle, "md"))
    w.draft_render = rendering.request(w.board, paper=w.draft)
    w.published_render = rendering.request(w.board, paper=w.published)
    return w


@pytest.fixture
def route_world(_route_world, db):
    # A copy per test; each test's database changes are rolled back (files stay: side effects that
    # remove them run on commit, which a test never reaches).
    return copy.deepcopy(_route_world)


def client_for(w, door: str, persona: str) -> Client:
    if persona == "anonymous":
        return Client()
    if door == "api":
        return Client(headers={"Authorization": f"Bearer {w.tokens[persona]}"})
    c = Client()
    c.force_login(w.users[persona])
    return c


def send(w, case: Case, persona: str):
    c = client_for(w, case.door, persona)
    url = case.url(w)
    if case.body is None:
        return getattr(c, case.method)(url)
    body = case.body(w)
    if case.door == "web" or any(isinstance(v, SimpleUploadedFile) for v in body.values()):
        return getattr(c, case.method)(url, body)
    return getattr(c, case.method)(url, json.dumps(body), content_type="application/json")


def allowed(response) -> bool:
    """Not a refusal: a refusal is 401, 403, 404 or a redirect to a sign-in page (which carries
    ?next=). Anything else — done, redirected onward, or refused for bad input (400, 409, 422) —
    got past the permission check."""
    if response.status_code in (401, 403, 404):
        return False
    return not (response.status_code == 302 and "next=" in response.get("Location", ""))


def order(action: str) -> list[str]:
    # Refused personas first: a refusal changes nothing, so those allowed meet untouched records.
    return [p for p in PERSONAS if p not in EXPECT[action]] + [p for p in PERSONAS if p in EXPECT[action]]


# -- the tests -----------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_each_persona_gets_the_policys_answer(route_world, case):
    for persona in order(case.action):
        r = send(route_world, case, persona)
        assert allowed(r) == (persona in EXPECT[case.action]), (
            f"{case.id} as {persona} ({case.action}): {r.status_code} {r.content[:200]!r}"
        )


@pytest.mark.parametrize("web_id,api_id", TWINS, ids=[t[0] for t in TWINS])
def test_web_and_api_twins_answer_alike(route_world, web_id, api_id):
    web, api_case = BY_ID[web_id], BY_ID[api_id]
    assert web.action == api_case.action, "twins must be declared with one action"
    for persona in order(web.action):
        got_web = allowed(send(route_world, web, persona))
        got_api = allowed(send(route_world, api_case, persona))
        assert got_web == got_api, (web_id, api_id, persona, got_web, got_api)


def _web_routes() -> set[str]:
    names: set[str] = set()

    def walk(patterns, prefix="", namespace=None):
        for p in patterns:
            if isinstance(p, URLResolver):
                ns = p.namespace or namespace
                if ns == "admin":
                    names.add("admin")  # the Django admin, as one door (admin site)
                    continue
                walk(p.url_patterns, prefix + str(p.pattern), ns)
            elif isinstance(p, URLPattern):
                name = f"{namespace}:{p.name}" if namespace else str(p.name)
                names.add(name)

    walk(get_resolver().url_patterns)
    return names


def _api_operations() -> set[str]:
    return {f"{m.upper()} {path}" for path, ops in api.get_openapi_schema()["paths"].items() for m in ops}


def test_no_web_route_is_left_unclassified():
    # The API's operations are URL patterns too; they are classified by the schema (below).
    api_docs = {"api:openapi-json", "api:openapi-view", "api:api-root"}
    api_operations = {name for name in _web_routes() if name.startswith("api:")} - api_docs
    declared = {c.key for c in WEB}
    routes = _web_routes() - api_operations
    assert routes - declared == set(), "declare the new route's policy action in WEB"
    assert declared - routes == set(), "a declared route no longer exists"


def test_no_api_operation_is_left_unclassified():
    declared = {c.key for c in API}
    assert _api_operations() - declared == set(), "declare the new operation's policy action in API"
    assert declared - _api_operations() == set(), "a declared operation no longer exists"
    assert all(re.match(r"^(GET|POST|PATCH|PUT|DELETE) /api/", c.key) for c in API)


def test_every_declared_action_is_a_policy_action():
    assert {c.action for c in CASES} <= set(EXPECT)
