from django.contrib import admin

from .models import Paper, SignoffChain


@admin.register(Paper)
class PaperAdmin(admin.ModelAdmin):
    list_display = ["title", "board", "cycle", "kind", "origin", "format", "published", "created"]
    list_filter = ["board", "kind", "origin", "published"]
    search_fields = ["title", "filename"]
    readonly_fields = ["sha256", "structure"]


@admin.register(SignoffChain)
class SignoffChainAdmin(admin.ModelAdmin):
    """Where an administrator sets the roles that approve a board's papers, e.g. ["officer", "chair"]."""

    list_display = ["board", "roles"]
