from django.contrib.auth import views as auth_views
from django.urls import path

from . import draftviews, hygieneviews, meetingviews, orgviews, paperviews, peopleviews, planviews, views

B = "boards/<slug:slug>/"

urlpatterns = [
    path("", views.home, name="home"),
    path("sign-in/", views.SignInView.as_view(), name="login"),
    path("sign-out/", auth_views.LogoutView.as_view(), name="logout"),
    # Public: published papers only.
    path("papers/public/", paperviews.public_papers, name="public_papers"),
    path("papers/public/<uuid:uid>/", paperviews.public_paper, name="public_paper"),
    path(
        "papers/public/<uuid:uid>/download/", paperviews.public_paper_download, name="public_paper_download"
    ),
    # Papers written in the background (reports, composed papers): whoever may have the paper.
    path("papers/renders/<uuid:uid>/", paperviews.render_job, name="render_job"),
    path("papers/renders/<uuid:uid>/file/", paperviews.render_file, name="render_file"),
    # Organisations are shared by all boards.
    path("organisations/", orgviews.organisations, name="organisations"),
    path("organisations/<uuid:uid>/", orgviews.organisation, name="organisation"),
    path("organisations/<uuid:uid>/merge/", orgviews.organisation_merge, name="organisation_merge"),
    path("policies/<uuid:uid>/merge/", hygieneviews.policy_merge, name="policy_merge"),
    # One board.
    path(B, views.board, name="board"),
    # People and appointments to outside bodies (peopleviews); record hygiene (hygieneviews).
    path(B + "people/", peopleviews.people, name="people"),
    path(B + "people/<uuid:uid>/", peopleviews.person, name="person"),
    path(B + "people/<uuid:uid>/appointments/new/", peopleviews.appointment_add, name="appointment_add"),
    path(B + "people/<uuid:uid>/merge/", hygieneviews.person_merge, name="person_merge"),
    path(B + "appointments/<uuid:uid>/", peopleviews.appointment_edit, name="appointment_edit"),
    path(B + "changes/", hygieneviews.changes, name="changes"),
    path(B + "activities/withdrawn/", hygieneviews.withdrawn, name="activities_withdrawn"),
    path(B + "activities/<uuid:uid>/withdraw/", hygieneviews.activity_withdraw, name="activity_withdraw"),
    path(B + "activities/<uuid:uid>/reinstate/", hygieneviews.activity_reinstate, name="activity_reinstate"),
    path(B + "activities/<uuid:uid>/merge/", hygieneviews.activity_merge, name="activity_merge"),
    path(B + "papers/signoff-chain/", hygieneviews.signoff_chain, name="signoff_chain"),
    path(B + "themes/<uuid:uid>/", views.theme, name="theme"),
    path(B + "commitments/<uuid:uid>/", views.commitment, name="commitment"),
    path(B + "commitments/<uuid:uid>/edit/", views.commitment_edit, name="commitment_edit"),
    # The plan, the quarter grid and drafting (planviews); meetings and actions (meetingviews).
    path(B + "plan/", planviews.plan, name="plan"),
    path(B + "plan/cycles/new/", planviews.cycle_add, name="cycle_add"),
    path(B + "plan/themes/new/", planviews.theme_add, name="theme_add"),
    path(B + "plan/quarter/<int:quarter>/", planviews.quarter, name="quarter"),
    path(B + "plan/draft/", planviews.draft, name="plan_draft"),
    path(B + "themes/<uuid:uid>/edit/", planviews.theme_edit, name="theme_edit"),
    path(B + "themes/<uuid:uid>/move/", planviews.theme_move, name="theme_move"),
    path(B + "themes/<uuid:uid>/retire/", planviews.theme_retire, name="theme_retire"),
    path(B + "themes/<uuid:uid>/merge/", planviews.theme_merge, name="theme_merge"),
    path(B + "themes/<uuid:uid>/commitments/new/", planviews.commitment_add, name="commitment_add"),
    path(B + "commitments/<uuid:uid>/carry-forward/", planviews.carry_forward, name="carry_forward"),
    path(B + "feedback/<uuid:uid>/answer/", planviews.feedback_answer, name="feedback_answer"),
    path(B + "meetings/", meetingviews.meetings, name="meetings"),
    path(B + "meetings/new/", meetingviews.meeting_add, name="meeting_add"),
    path(B + "meetings/<uuid:uid>/", meetingviews.meeting, name="meeting"),
    path(B + "meetings/<uuid:uid>/edit/", meetingviews.meeting_edit, name="meeting_edit"),
    path(B + "meetings/<uuid:uid>/agenda/new/", meetingviews.agenda_item_add, name="agenda_item_add"),
    path(B + "meetings/<uuid:uid>/actions/new/", meetingviews.action_add, name="action_add"),
    path(B + "agenda/<uuid:uid>/", meetingviews.agenda_item_edit, name="agenda_item_edit"),
    path(B + "actions/", meetingviews.actions, name="actions"),
    path(B + "actions/<uuid:uid>/", meetingviews.action_edit, name="action_edit"),
    path(B + "activities/", views.activities, name="activities"),
    path(B + "activities/new/", views.activity_add, name="activity_add"),
    path(B + "activities/quick/", views.activity_quick_add, name="activity_quick_add"),
    path(B + "activities/<uuid:uid>/", views.activity, name="activity"),
    path(B + "activities/<uuid:uid>/edit/", views.activity_edit, name="activity_edit"),
    path(B + "activities/themes/", views.activity_themes, name="activity_themes"),
    path(B + "suggest/<str:what>/", views.suggest, name="suggest"),
    path(B + "feedback/", views.feedback, name="feedback"),
    path(B + "rollover/", views.cycle_rollover, name="rollover"),
    path(B + "papers/", paperviews.papers, name="papers"),
    path(B + "papers/upload/", paperviews.upload, name="upload"),
    path(B + "papers/upload/jobs/", paperviews.upload_jobs, name="upload_jobs"),
    path(B + "papers/compose/", paperviews.compose, name="compose"),
    path(B + "papers/<uuid:uid>/", paperviews.paper, name="paper"),
    path(B + "papers/<uuid:uid>/download/", paperviews.paper_download, name="paper_download"),
    path(B + "papers/<uuid:uid>/publish/", paperviews.paper_publish, name="paper_publish"),
    path(B + "papers/<uuid:uid>/publish/confirm/", draftviews.publish_confirm, name="publish_confirm"),
    path(B + "papers/drafts/new/", draftviews.draft_save, name="draft_save"),
    path(B + "papers/<uuid:uid>/draft/", draftviews.draft, name="draft"),
    path(B + "papers/<uuid:uid>/draft/blocks/<str:key>/", draftviews.draft_block, name="draft_block"),
    path(B + "papers/<uuid:uid>/draft/recompose/", draftviews.draft_recompose, name="draft_recompose"),
    path(
        B + "papers/<uuid:uid>/draft/versions/<int:number>/", draftviews.draft_version, name="draft_version"
    ),
    path(B + "papers/<uuid:uid>/draft/signoff/", draftviews.draft_signoff, name="draft_signoff"),
    path(B + "papers/<uuid:uid>/accept-all/", paperviews.accept_all, name="accept_all"),
    path(
        B + "papers/<uuid:uid>/<str:model>/<uuid:record_uid>/<str:action>/",
        paperviews.review_record,
        name="review_record",
    ),
]
