from django.contrib import admin, messages

from boardwork.boards.admin import HistoryModelAdmin

from .merging import merge_organisations as merge_organisation
from .models import Activity, ActivityOrganisation, Appointment, Organisation, Policy


class ActivityOrganisationInline(admin.TabularInline):
    model = ActivityOrganisation
    extra = 0
    autocomplete_fields = ["organisation"]


@admin.register(Activity)
class ActivityAdmin(HistoryModelAdmin):
    list_display = ["__str__", "board", "cycle", "date", "kinds", "review", "withdrawn_on"]
    list_filter = ["board", "cycle", "review"]
    search_fields = ["title", "text"]
    autocomplete_fields = ["themes", "policies", "people", "commitment"]
    inlines = [ActivityOrganisationInline]
    date_hierarchy = "date"
    readonly_fields = ["withdrawn_on", "withdrawn_reason"]

    def get_queryset(self, request):
        # Withdrawn activities too: the admin sees every record.
        return Activity.all_objects.all()


@admin.action(description="Merge the selected organisations into the first selected (by name)")
def merge_organisations(modeladmin, request, queryset):
    orgs = list(queryset.order_by("name"))
    if len(orgs) < 2:
        modeladmin.message_user(request, "Select two or more organisations to merge.", messages.WARNING)
        return
    keep = orgs[0]
    for dup in orgs[1:]:
        merge_organisation(dup, keep, user=request.user)
    modeladmin.message_user(request, f"Merged {len(orgs) - 1} into {keep}.", messages.SUCCESS)


@admin.register(Organisation)
class OrganisationAdmin(HistoryModelAdmin):
    list_display = ["name", "acronym", "kind"]
    list_filter = ["kind"]
    search_fields = ["name", "acronym", "match_keys"]
    actions = [merge_organisations]


@admin.register(Policy)
class PolicyAdmin(HistoryModelAdmin):
    list_display = ["title", "kind", "stage"]
    list_filter = ["kind"]
    search_fields = ["title"]


@admin.register(ActivityOrganisation)
class ActivityOrganisationAdmin(HistoryModelAdmin):
    list_display = ["organisation", "role", "activity"]
    list_filter = ["role"]
    autocomplete_fields = ["organisation", "activity"]


@admin.register(Appointment)
class AppointmentAdmin(HistoryModelAdmin):
    list_display = ["person", "organisation", "board", "role", "start", "end"]
    list_filter = ["board"]
    autocomplete_fields = ["person", "organisation"]
