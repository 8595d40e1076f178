"""Template helpers for GOV.UK Frontend markup."""

from django import forms, template

from boardwork.web.forms import NameListInput
from boardwork.web.records import RAG_CLASS, RAG_LABEL

register = template.Library()


@register.filter
def field_type(bound_field) -> str:
    """Which GOV.UK component renders this field."""
    w = bound_field.field.widget
    if isinstance(w, forms.HiddenInput):
        return "hidden"
    if isinstance(w, NameListInput):
        return "names"
    if isinstance(w, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(w, forms.RadioSelect):
        return "radios"
    if isinstance(w, forms.CheckboxInput):
        return "checkbox"
    if isinstance(w, forms.Select):
        return "select"
    if isinstance(w, forms.Textarea):
        return "textarea"
    if isinstance(w, forms.FileInput):
        return "file"
    return "input"


# Empty boxes after the names already given, for adding names without JavaScript (app.js keeps one
# and offers "Add another" instead).
SPARE_NAME_BOXES = 2


@register.filter
def name_boxes(bound_field) -> list[dict]:
    """The boxes of a names field: one per name given, then spare empty ones. Each has its id (the
    first the field's own, so the error summary's link lands on it), value and number."""
    values = [v for v in (bound_field.value() or []) if v and str(v).strip()]
    values += [""] * SPARE_NAME_BOXES
    base = bound_field.auto_id
    return [{"id": base if i == 0 else f"{base}_{i}", "value": v, "n": i + 1} for i, v in enumerate(values)]


@register.filter
def rag_class(key) -> str:
    return RAG_CLASS.get(key or "none", "govuk-tag--grey")


@register.filter
def rag_label(key) -> str:
    return RAG_LABEL.get(key or "none", "No update")


STATE_CLASS = {
    "planned": "govuk-tag--grey",
    "on_track": "govuk-tag--green",
    "at_risk": "govuk-tag--yellow",
    "off_track": "govuk-tag--red",
    "complete": "govuk-tag--blue",
    "deferred": "govuk-tag--orange",
    "dropped": "govuk-tag--grey",
}
REVIEW_CLASS = {
    "to_review": "govuk-tag--yellow",
    "accepted": "govuk-tag--green",
    "rejected": "govuk-tag--red",
}


@register.filter
def state_class(key) -> str:
    return STATE_CLASS.get(key, "govuk-tag--grey")


@register.filter
def review_class(key) -> str:
    return REVIEW_CLASS.get(key, "govuk-tag--grey")


@register.filter
def get(mapping, key):
    try:
        return mapping.get(key)
    except AttributeError:
        return None


SECTIONS = {
    "board": "overview",
    "theme": "overview",
    "commitment": "overview",
    "commitment_edit": "overview",
    "rollover": "overview",
    "activities": "activities",
    "activity": "activities",
    "activity_add": "activities",
    "activity_edit": "activities",
    "activity_quick_add": "activities",
    "papers": "papers",
    "paper": "papers",
    "upload": "papers",
    "compose": "compose",
    "render_job": "compose",  # a download asked for on the compose page, being written
    "organisations": "organisations",
    "organisation": "organisations",
    "organisation_merge": "organisations",
    "feedback": "feedback",
    **dict.fromkeys(["people", "person", "appointment_add", "appointment_edit", "person_merge"], "people"),
    **dict.fromkeys(["activities_withdrawn", "activity_merge"], "activities"),
    # The change log is under no tab: it is the whole board's, not the overview's.
    **dict.fromkeys(
        ["signoff_chain", "draft", "draft_block", "draft_version", "publish_confirm", "upload_jobs"], "papers"
    ),
    **dict.fromkeys(
        [
            "plan",
            "cycle_add",
            "theme_add",
            "theme_edit",
            "theme_merge",
            "commitment_add",
            "quarter",
            "plan_draft",
        ],
        "plan",
    ),
    **dict.fromkeys(
        [
            "meetings",
            "meeting",
            "meeting_add",
            "meeting_edit",
            "agenda_item_add",
            "agenda_item_edit",
            "action_add",
            "action_edit",
            "actions",
        ],
        "meetings",
    ),
}


@register.simple_tag(takes_context=True)
def nav_section(context) -> str:
    match = getattr(context.get("request"), "resolver_match", None)
    return SECTIONS.get(getattr(match, "url_name", ""), "")


@register.filter
def current_quarter(cycle) -> int:
    """The quarter of `cycle` today falls in (1–4; the first or last outside the cycle)."""
    import datetime as dt

    return cycle.quarter_of(dt.date.today())
