from django.contrib.auth import views as auth_views
from django.urls import path

from . import paperviews, views

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
    # Organisations are shared by all boards.
    path("organisations/", views.organisations, name="organisations"),
    path("organisations/<uuid:uid>/", views.organisation, name="organisation"),
    path("organisations/<uuid:uid>/merge/", views.organisation_merge, name="organisation_merge"),
    # One board.
    path(B, views.board, name="board"),
    path(B + "themes/<uuid:uid>/", views.theme, name="theme"),
    path(B + "commitments/<uuid:uid>/", views.commitment, name="commitment"),
    path(B + "commitments/<uuid:uid>/edit/", views.commitment_edit, name="commitment_edit"),
    path(B + "activities/", views.activities, name="activities"),
    path(B + "activities/new/", views.activity_add, name="activity_add"),
    path(B + "activities/quick/", views.activity_quick_add, name="activity_quick_add"),
    path(B + "activities/<uuid:uid>/", views.activity, name="activity"),
    path(B + "activities/<uuid:uid>/edit/", views.activity_edit, name="activity_edit"),
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
    path(B + "papers/<uuid:uid>/accept-all/", paperviews.accept_all, name="accept_all"),
    path(
        B + "papers/<uuid:uid>/<str:model>/<uuid:record_uid>/<str:action>/",
        paperviews.review_record,
        name="review_record",
    ),
]
