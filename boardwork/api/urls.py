"""URLs of the REST API and the downloads (exports): included from boardwork/urls.py."""

from django.urls import path, register_converter

from boardwork.api import api
from boardwork.web import exports


class ExportFormat:
    regex = "csv|xlsx"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(ExportFormat, "export_format")

urlpatterns = [
    path("api/", api.urls),
    path(
        "boards/<slug:slug>/export/activities.<export_format:fmt>",
        exports.export_activities,
        name="export-activities",
    ),
    path(
        "boards/<slug:slug>/export/commitments.<export_format:fmt>",
        exports.export_commitments,
        name="export-commitments",
    ),
    path("boards/<slug:slug>/export/meetings.ics", exports.export_meetings_ics, name="board-meetings-ics"),
    path("boards/<slug:slug>/export/popolo.json", exports.export_popolo, name="board-popolo"),
]
