from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("boardwork.api.urls")),
    path("", include("boardwork.search.urls")),
    path("", include("boardwork.web.urls")),
]

handler403 = "boardwork.web.views.permission_denied"
