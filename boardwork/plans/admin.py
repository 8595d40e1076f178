from django.contrib import admin

from boardwork.boards.admin import HistoryModelAdmin

from .models import Commitment, Feedback, ProgressUpdate, Theme


@admin.register(Theme)
class ThemeAdmin(HistoryModelAdmin):
    list_display = ["title", "cycle", "order", "continues"]
    list_filter = ["cycle__board", "cycle"]
    search_fields = ["title"]
    autocomplete_fields = ["continues"]


class ProgressUpdateInline(admin.TabularInline):
    model = ProgressUpdate
    extra = 0
    fields = ["quarter", "rag", "commentary", "author_name"]


@admin.register(Commitment)
class CommitmentAdmin(HistoryModelAdmin):
    list_display = ["__str__", "theme", "state", "review", "due"]
    list_filter = ["state", "review", "theme__cycle"]
    search_fields = ["title"]
    autocomplete_fields = ["theme", "carried_from", "owner"]
    inlines = [ProgressUpdateInline]


@admin.register(ProgressUpdate)
class ProgressUpdateAdmin(HistoryModelAdmin):
    list_display = ["commitment", "quarter", "rag", "created"]
    list_filter = ["rag", "quarter"]


@admin.register(Feedback)
class FeedbackAdmin(HistoryModelAdmin):
    list_display = ["__str__", "cycle", "theme", "person", "created"]
    list_filter = ["cycle"]
