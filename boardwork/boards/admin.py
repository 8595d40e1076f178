from django.contrib import admin
from django.db import router, transaction

from . import permissions
from .models import Action, AgendaItem, ApiToken, Board, Change, Cycle, Meeting, Membership, Person


def _text(value) -> str | None:
    if value is None:
        return None
    if hasattr(value, "all") and not isinstance(value, str):  # a queryset from a many-to-many field
        return ", ".join(str(v) for v in value.all())
    if isinstance(value, list | tuple | set):
        return ", ".join(str(v) for v in value)
    return str(value)


class HistoryAdminMixin(admin.ModelAdmin):
    """Records every add, edit and delete made in the Django admin in the history (`Change.record`),
    inside the admin's own transaction (the change and delete views run in `transaction.atomic`):
    an admin edit is kept exactly like an edit in the app, and it bumps the record's version so a
    form opened before it is refused as stale. Inline rows are recorded the same way."""

    def _record_form(self, request, obj, form, change: bool) -> None:
        if not hasattr(obj, "uid"):
            return
        fields = form.changed_data if change else [f for f in form.changed_data if f in form.cleaned_data]
        diff = {
            f: [_text(form.initial.get(f)) if change else None, _text(form.cleaned_data.get(f))]
            for f in fields
        }
        Change.record(obj, user=request.user, action="edit" if change else "created", changes=diff)

    def save_model(self, request, obj, form, change):
        if change and hasattr(obj, "version"):
            obj.version += 1
        super().save_model(request, obj, form, change)
        self._record_form(request, obj, form, change)

    def delete_model(self, request, obj):
        if hasattr(obj, "uid"):
            Change.record(obj, user=request.user, action="deleted", changes={"record": [str(obj), None]})
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        # The changelist's "delete selected" is not wrapped in a transaction by the admin.
        with transaction.atomic(using=router.db_for_write(self.model)):
            if hasattr(self.model, "uid"):
                for obj in queryset:
                    Change.record(
                        obj, user=request.user, action="deleted", changes={"record": [str(obj), None]}
                    )
            super().delete_queryset(request, queryset)

    def save_formset(self, request, form, formset, change):
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            if hasattr(obj, "uid"):
                Change.record(obj, user=request.user, action="deleted", changes={"record": [str(obj), None]})
            obj.delete()
        for inline_form in formset.forms:
            obj = inline_form.instance
            if obj in instances:
                existed = obj.pk is not None
                if existed and hasattr(obj, "version"):
                    obj.version += 1
                obj.save()
                self._record_form(request, obj, inline_form, existed)
        formset.save_m2m()


class HistoryModelAdmin(HistoryAdminMixin, admin.ModelAdmin):
    pass


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["person"]


@admin.register(Board)
class BoardAdmin(HistoryModelAdmin):
    list_display = ["name", "slug", "parent", "organisation"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline]


@admin.register(Person)
class PersonAdmin(HistoryModelAdmin):
    list_display = ["name", "honorific", "kind", "council", "party", "user"]
    list_filter = ["kind"]
    search_fields = ["name", "council", "email"]


@admin.register(Membership)
class MembershipAdmin(HistoryModelAdmin):
    list_display = ["person", "board", "role", "start", "end"]
    list_filter = ["board", "role"]
    autocomplete_fields = ["person"]


@admin.register(Cycle)
class CycleAdmin(HistoryModelAdmin):
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
class MeetingAdmin(HistoryModelAdmin):
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
class AgendaItemAdmin(HistoryModelAdmin):
    list_display = ["number", "title", "meeting", "paper"]
    list_filter = ["meeting__board"]
    search_fields = ["title"]


@admin.register(Action)
class ActionAdmin(HistoryModelAdmin):
    list_display = ["__str__", "meeting", "owner", "due", "status"]
    list_filter = ["status", "meeting__board"]
    search_fields = ["text", "owner"]


def _admin_site_permission(request) -> bool:
    # The Django admin edits every board's records and every membership: the policy's
    # administrators only (Django's default would also let in any is_staff account).
    return permissions.is_admin(request.user)


admin.site.has_permission = _admin_site_permission  # type: ignore[method-assign]
