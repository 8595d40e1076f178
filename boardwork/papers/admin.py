from django.contrib import admin

from boardwork.boards.admin import HistoryModelAdmin

from .models import Approval, PaperVersion, ReadJob, RenderJob, SignoffChain, StoredPaper


@admin.register(StoredPaper)
class PaperAdmin(HistoryModelAdmin):
    list_display = ["title", "board", "cycle", "kind", "origin", "format", "published", "created"]
    list_filter = ["board", "kind", "origin", "published"]
    search_fields = ["title", "filename"]
    readonly_fields = ["sha256", "structure"]


@admin.register(SignoffChain)
class SignoffChainAdmin(admin.ModelAdmin):
    """Where an administrator sets the roles that approve a board's papers, e.g. ["officer", "chair"]."""

    list_display = ["board", "roles"]


@admin.register(ReadJob)
class ReadJobAdmin(admin.ModelAdmin):
    """Background reading jobs, to see what was refused and why; the work itself is not editable."""

    list_display = ["filename", "kind", "status", "board", "user", "created", "finished"]
    list_filter = ["kind", "status", "board"]
    search_fields = ["filename", "message"]
    exclude = ["data"]  # the uploaded bytes (kept only until the job runs)
    readonly_fields = ["uid", "kind", "status", "board", "cycle", "user", "filename", "paper", "result", "message",
                       "created", "finished"]  # fmt: skip

    def has_add_permission(self, request):
        return False


@admin.register(RenderJob)
class RenderJobAdmin(admin.ModelAdmin):
    """Papers written in the background, to see what failed and why; the files are not shown."""

    list_display = ["filename", "status", "board", "user", "version", "created", "finished"]
    list_filter = ["status", "board"]
    search_fields = ["filename", "message"]
    exclude = ["content"]
    readonly_fields = ["uid", "board", "paper", "user", "spec", "spec_key", "version", "status", "message",
                       "filename", "media_type", "created", "finished"]  # fmt: skip

    def has_add_permission(self, request):
        return False


@admin.register(PaperVersion)
class PaperVersionAdmin(admin.ModelAdmin):
    """A draft's versions: kept as made (never edited here)."""

    list_display = ["paper", "number", "reason", "user", "at"]
    readonly_fields = ["paper", "number", "reason", "structure", "composed", "keys", "edits", "user", "at"]

    def has_add_permission(self, request):
        return False


@admin.register(Approval)
class ApprovalAdmin(admin.ModelAdmin):
    """The sign-off trail: kept as recorded (never edited here)."""

    list_display = ["paper", "round", "role", "decision", "user", "at"]
    readonly_fields = ["paper", "round", "step", "role", "decision", "comment", "version", "user", "at"]

    def has_add_permission(self, request):
        return False
