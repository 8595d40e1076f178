from django.urls import path

from . import views

urlpatterns = [
    path("search/", views.search, name="search"),
    path("search/timeline/", views.timeline, name="search-timeline"),
    path("search/papers/<uuid:uid>/", views.paper_text, name="search-paper"),
]
