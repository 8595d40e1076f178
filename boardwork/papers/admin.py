from django.contrib import admin

from boardwork.boards.admin import HistoryModelAdmin

from .models import Paper


@admin.register(Paper)
class PaperAdmin(HistoryModelAdmin):
    list_display = ["title", "board", "cycle", "kind", "origin", "format", "published", "created"]
    list_filter = ["board", "kind", "origin", "published"]
    search_fields = ["title", "filename"]
    readonly_fields = ["sha256", "structure"]
