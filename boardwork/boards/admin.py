from django.contrib import admin

from . import permissions
from .models import Action, AgendaItem, ApiToken, Board, Change, Cycle, Meeting, Membership, Person


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["person"]


@admin.register(Board)
class BoardAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "parent", "organisation"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "honorific", "kind", "council", "party", "user"]
    list_filter = ["kind"]
    search_fields = ["name", "council", "email"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["person", "board", "role", "start", "end"]
    list_filter = ["board", "role"]
    autocomplete_fields = ["person"]


@admin.register(Cycle)
class CycleAdmin(admin.ModelAdmin):
    list_display = ["label", "board", "start", "end"]
    list_filter = ["board"]


class AgendaItemInline(admin.TabularInline):
    model = AgendaItem
    extra = 0


class ActionInline(admin.TabularInline):
    model = Action
    fk_name = "meeting"  # not closed_by: the actions this meeting set
    extra = 0


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["date", "board", "cycle", "place"]
    list_filter = ["board"]
    date_hierarchy = "date"
    inlines = [AgendaItemInline, ActionInline]


@admin.register(Change)
class ChangeAdmin(admin.ModelAdmin):
    list_display = ["at", "content_type", "object_uid", "action", "user"]
    list_filter = ["action", "content_type"]
    readonly_fields = ["content_type", "object_uid", "user", "at", "action", "changes"]


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Tokens are issued with `boardwork token USERNAME`; here they can be seen and revoked."""

    list_display = ["name", "prefix", "user", "created", "last_used"]
    readonly_fields = ["user", "name", "prefix", "created", "last_used"]

    def has_add_permission(self, request):
        return False


@admin.register(AgendaItem)
class AgendaItemAdmin(admin.ModelAdmin):
    list_display = ["number", "title", "meeting", "paper"]
    list_filter = ["meeting__board"]
    search_fields = ["title"]


@admin.register(Action)
class ActionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "meeting", "owner", "due", "status"]
    list_filter = ["status", "meeting__board"]
    search_fields = ["text", "owner"]


def _admin_site_permission(request) -> bool:
    # The Django admin edits every board's records and every membership: the policy's
    # administrators only (Django's default would also let in any is_staff account).
    return permissions.is_admin(request.user)


admin.site.has_permission = _admin_site_permission
