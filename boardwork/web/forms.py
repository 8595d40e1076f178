"""Forms for every input the web pages take. Names (organisations, policies, people) are entered one
per box and submitted as one value each, never split on commas (many names contain them: "Police,
Crime, Sentencing and Courts Bill"); without JavaScript there are spare boxes, with it an "Add
another" button, and htmx adds suggestions. Dates in <input type=date> are always written ISO."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.forms.utils import ErrorDict, flatatt
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from boardwork.activities.models import KINDS, NATIONS
from boardwork.activities.services import cycle_for_date
from boardwork.boards.models import Cycle
from boardwork.lib.dates import PartialDate
from boardwork.papers.models import StoredPaper
from boardwork.papers.services import READABLE_EXTENSIONS as EXTENSIONS
from boardwork.plans.models import Commitment, ProgressUpdate, Theme

MAX_FILES = 10


def parse_fuzzy_date(text: str) -> tuple[dt.date, str] | None:
    """'2021', '2021-03', 'March 2021', '2021-03-17', '17/3/2021', '17 March 2021' → (date, precision).

    Raises ValueError for text that looks like none of them (the rule is `lib.dates.PartialDate`)."""
    if not text.strip():
        return None
    d = PartialDate.parse(text)
    return d.first_day(), d.precision


def unique_names(values) -> list[str]:
    """Whole names, whitespace tidied, blanks and repeats (any case) dropped, in order."""
    seen, out = set(), []
    for value in values or []:
        name = " ".join(str(value).split())
        if name and name.lower() not in seen:
            seen.add(name.lower())
            out.append(name)
    return out


class NameListInput(forms.Widget):
    """One text box per name (rendered by _field.html's "names" case), submitted as repeated values
    of one parameter. A plain string (an old bookmark, a script) is taken as one name."""

    def value_from_datadict(self, data, files, name):
        if hasattr(data, "getlist"):
            return data.getlist(name)
        value = data.get(name)
        return list(value) if isinstance(value, list | tuple) else ([] if value is None else [value])

    def value_omitted_from_data(self, data, files, name):
        return name not in data

    def format_value(self, value):
        return list(value) if isinstance(value, list | tuple) else ([] if not value else [str(value)])


class NamesField(forms.Field):
    """A list of whole names, one per box; cleans to a list of strings."""

    widget = NameListInput

    def __init__(self, *, max_names=30, max_length=300, **kwargs):
        kwargs.setdefault("required", False)
        self.max_names, self.max_length = max_names, max_length
        super().__init__(**kwargs)

    def to_python(self, value):
        return unique_names(value if isinstance(value, list | tuple) else [value] if value else [])

    def validate(self, value):
        super().validate(value)
        if len(value) > self.max_names:
            raise ValidationError(f"Enter at most {self.max_names} names")
        if any(len(n) > self.max_length for n in value):
            raise ValidationError(f"Each name must be {self.max_length} characters or fewer")


class DateInput(forms.DateInput):
    """<input type=date>: the browser accepts only an ISO value (2022-03-31); a locale-formatted one
    ("31/03/2022") is shown as empty and saving the form would clear the date."""

    input_type = "date"
    ISO = "%Y-%m-%d"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format=self.ISO)


def model_choices(form: forms.BaseForm, name: str) -> forms.ModelChoiceField:
    """The form's field `name`, declared as a ModelChoiceField (or ModelMultipleChoiceField), whose
    queryset and labels the form sets for the request; TypeError if the form declares another kind."""
    field = form.fields[name]
    if not isinstance(field, forms.ModelChoiceField):
        raise TypeError(f"{type(form).__name__}.{name} is a {type(field).__name__}, not a ModelChoiceField")
    return field


def offered(form: forms.BaseForm, name: str) -> QuerySet:
    """The records the form's model choice field `name` offers (the queryset the form sets)."""
    queryset = model_choices(form, name).queryset
    if queryset is None:
        raise TypeError(f"{type(form).__name__}.{name} offers no queryset")
    return queryset


def label_choices(field: forms.ModelChoiceField, label: Callable[[Any], str]) -> None:
    """Label the field's choices `label(record)` rather than str(record)."""
    # Django calls self.label_from_instance(record): a function set on this field replaces the
    # method for it alone, where a subclass would be needed per labelling.
    field.label_from_instance = label  # type: ignore[method-assign, assignment]


def choices_of(form: forms.BaseForm, name: str) -> forms.ChoiceField:
    """The form's field `name`, declared as a ChoiceField, whose choices the form sets for the
    request; TypeError if the form declares another kind."""
    field = form.fields[name]
    if not isinstance(field, forms.ChoiceField):
        raise TypeError(f"{type(form).__name__}.{name} is a {type(field).__name__}, not a ChoiceField")
    return field


class _Form(Protocol):
    """What GovukMixin needs of the form it is mixed into."""

    fields: dict[str, forms.Field]

    @property
    def errors(self) -> ErrorDict: ...


# The GOV.UK Frontend class of each kind of widget (exactly this class, not a subclass); others take
# govuk-input.
GOVUK_CLASSES: dict[type[forms.Widget], str] = {
    forms.Textarea: "govuk-textarea",
    forms.Select: "govuk-select",
    forms.CheckboxSelectMultiple: "",
    forms.RadioSelect: "",
    forms.HiddenInput: "",
    NameListInput: "",
}


class GovukMixin:
    """Adds GOV.UK Frontend classes to widgets so templates can render fields generically."""

    def govukify(self: _Form) -> None:
        for name, field in self.fields.items():
            w = field.widget
            css = GOVUK_CLASSES.get(type(w), "govuk-input")
            if isinstance(w, forms.ClearableFileInput | forms.FileInput):
                css = "govuk-file-upload"
            if isinstance(w, forms.DateInput) and w.input_type == "date":
                w.format = DateInput.ISO  # whichever widget a ModelForm chose
            if css:
                if name in self.errors:
                    css += f" {css}--error"
                w.attrs["class"] = (w.attrs.get("class", "") + " " + css).strip()
            if name in self.errors:
                w.attrs["aria-describedby"] = f"{name}-error"


class VersionedForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class ActivityForm(GovukMixin, forms.Form):
    title = forms.CharField(max_length=300, required=False, help_text="A short name, if it has one.")
    text = forms.CharField(
        label="What happened",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=20000,
        error_messages={"required": "Enter what happened"},
    )
    date = forms.CharField(
        max_length=40,
        required=False,
        help_text="As precisely as you know it: 2021, March 2021 or 17/03/2021.",
    )
    kinds = forms.MultipleChoiceField(
        label="Kind of activity",
        choices=list(KINDS.items()),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    themes = forms.ModelMultipleChoiceField(
        queryset=Theme.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    organisations = NamesField(
        label="Organisations", help_text="One name per box. Names not yet in Boardwork are added."
    )
    policies = NamesField(
        label="Policies, Bills and Acts",
        max_length=400,
        help_text="One title per box. Titles not yet in Boardwork are added.",
    )
    people = NamesField(
        label="People", max_length=200, help_text="One name per box, for example Cllr Ann Smith."
    )
    outcome = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False, max_length=5000)
    reach = forms.CharField(max_length=200, required=False, help_text="For example, 300 delegates.")
    nations = forms.MultipleChoiceField(
        choices=list(NATIONS.items()), required=False, widget=forms.CheckboxSelectMultiple
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)

    def __init__(self, *args, board, cycle=None, keep_themes=(), **kwargs):
        """`cycle`: the activity's cycle if its date says none (the current one for a new activity);
        `keep_themes`: ids of the themes the activity has (they stay on offer even once retired)."""
        super().__init__(*args, **kwargs)
        self.board = board
        # The date decides the cycle (activities.services): the themes offered are those of the
        # cycle the date entered (or shown) falls in, so an activity of an earlier year can take
        # that year's themes. A decade of themes in one list of checkboxes would be unusable.
        raw = self.data.get("date") if self.is_bound else self.initial.get("date")
        try:
            day = (parse_fuzzy_date(raw or "") or (None,))[0]
        except ValueError:
            day = None
        if day is not None and cycle is not None and cycle.start <= day <= cycle.end:
            self.cycle = cycle  # the usual case, without a query
        else:
            self.cycle = cycle_for_date(board, day) or cycle
        themes = Theme.objects.filter(cycle__board=board).select_related("cycle")
        # A retired theme takes no new work, but an activity already on it keeps it.
        themes = themes.filter(Q(retired_on__isnull=True) | Q(pk__in=keep_themes))
        field = model_choices(self, "themes")
        field.queryset = themes.filter(cycle=self.cycle) if self.cycle else themes.none()
        label_choices(field, lambda t: t.title)
        # With JavaScript, the themes offered follow the date as it is typed (views.activity_themes).
        self.fields["date"].widget.attrs.update(
            {
                "hx-get": reverse("activity_themes", args=[board.slug])
                + (f"?fallback={cycle.uid}" if cycle else ""),
                "hx-trigger": "input changed delay:500ms",
                "hx-target": "#activity-themes",
                "hx-include": "[name=themes]",
                "hx-sync": "this:replace",
            }
        )
        if self.cycle:
            themes_field = self.fields["themes"]
            themes_field.help_text = (
                f"Themes of {self.cycle.label}. An activity takes the themes of the year its date falls in."
            )
            themes_field.error_messages["invalid_choice"] = (
                f"Choose themes of {self.cycle.label}, the year the activity's date falls in"
            )
        self.govukify()

    def clean_date(self):
        try:
            return parse_fuzzy_date(self.cleaned_data["date"])
        except ValueError as e:
            raise ValidationError(str(e)) from None

    def clean_kinds(self):
        return [k for k in KINDS if k in self.cleaned_data["kinds"]]


class QuickActivityForm(GovukMixin, forms.Form):
    """The one-line add on the activity log."""

    text = forms.CharField(
        label="What happened", max_length=20000, error_messages={"required": "Enter what happened"}
    )
    date = forms.CharField(max_length=40, required=False)
    kind = forms.ChoiceField(choices=[("", "Choose a kind")] + list(KINDS.items()), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.govukify()

    def clean_date(self):
        try:
            return parse_fuzzy_date(self.cleaned_data["date"])
        except ValueError as e:
            raise ValidationError(str(e)) from None


class PlainSelect(forms.Select):
    """A single-choice <select> written in Python rather than with a template per option.

    The log's theme filter lists every theme of every cycle (160 after twenty years); Django's
    per-option templates made rendering it the slowest part of the activity log. Same markup,
    no optgroups (the filters use none)."""

    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, attrs)
        selected = {str(v) for v in self.format_value(value)}
        options, chosen = [], False
        for option_value, label in self.choices:
            option_value = "" if option_value is None else str(option_value)
            sel = not chosen and option_value in selected
            chosen |= sel
            options.append(
                format_html(
                    '<option value="{}"{}>{}</option>',
                    option_value,
                    mark_safe(" selected") if sel else "",
                    label,
                )
            )
        return format_html(
            "<select{}{}>\n  {}\n</select>",
            format_html(' name="{}"', name),
            flatatt(attrs),
            mark_safe("\n  ".join(options)),
        )


class ActivityFilterForm(forms.Form):
    """The activity log's filters. Every field is optional; bad values are reported, not ignored."""

    q = forms.CharField(label="Words", max_length=200, required=False)
    theme = forms.ChoiceField(required=False, widget=PlainSelect)
    kind = forms.ChoiceField(
        choices=[("", "Any kind")] + list(KINDS.items()), required=False, widget=PlainSelect
    )
    organisation = forms.CharField(max_length=300, required=False)
    policy = forms.CharField(max_length=400, required=False)
    person = forms.CharField(max_length=200, required=False)
    date_from = forms.DateField(label="From", required=False, widget=DateInput)
    date_to = forms.DateField(label="To", required=False, widget=DateInput)
    review = forms.ChoiceField(
        label="Status",
        choices=[
            ("", "Accepted and to review"),
            ("accepted", "Accepted"),
            ("to_review", "To review"),
            ("rejected", "Rejected"),
        ],
        required=False,
        widget=PlainSelect,
    )

    def __init__(self, *args, board, **kwargs):
        super().__init__(*args, **kwargs)
        # Every theme of the board, newest cycle first; uids as strings (the shared filters take
        # the parameters as given), read as plain rows: twenty years make 160 choices.
        themes = (
            Theme.objects.filter(cycle__board=board)
            .order_by("-cycle__start", "order")
            .values_list("uid", "cycle__label", "title")
        )
        choices_of(self, "theme").choices = [("", "Any theme")] + [
            (str(uid), f"{label}: {title}") for uid, label, title in themes
        ]
        for name, f in self.fields.items():
            f.widget.attrs["class"] = "govuk-select" if isinstance(f.widget, forms.Select) else "govuk-input"
            if name in self.errors:
                f.widget.attrs["class"] += " govuk-input--error"

    def clean(self):
        super().clean()
        data = self.cleaned_data
        if data.get("date_from") and data.get("date_to") and data["date_to"] < data["date_from"]:
            self.add_error("date_to", "The end date must be the same as or after the start date")
        return data


class CommitmentFields:
    """The Meta of a commitment's forms, new (web/cycleforms.py) and edited."""

    model = Commitment
    fields = ["title", "owner", "owner_name", "lead_officer", "due", "state", "delay_reason", "carried_from"]
    widgets = {
        "title": forms.Textarea(attrs={"rows": 3}),
        "delay_reason": forms.Textarea(attrs={"rows": 2}),
        "due": DateInput,
    }
    labels = {
        "owner": "Owner",
        "owner_name": "Or owning team",
        "lead_officer": "Lead officer",
        "carried_from": "Carries forward",
    }


class CommitmentForm(GovukMixin, forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    class Meta(CommitmentFields):
        pass

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from .cycleforms import limit_commitment_choices  # cycleforms builds on this module

        limit_commitment_choices(self, self.instance.theme)
        self.govukify()


class ProgressUpdateForm(GovukMixin, forms.Form):
    """A quarter's RAG rating and commentary. Entering a quarter that already has an update changes
    that update (plans.services.record_update keeps the earlier rating in its history)."""

    quarter = forms.TypedChoiceField(
        choices=[(q, f"Quarter {q}") for q in (1, 2, 3, 4)],
        coerce=int,
        help_text="A quarter that already has an update: its rating and commentary are replaced (the "
        "earlier ones are kept in the history).",
    )
    # A required choice with nothing chosen in advance: no "---------" option to submit by accident.
    rag = forms.ChoiceField(
        label="RAG rating",
        choices=ProgressUpdate.Rag.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a RAG rating"},
    )
    commentary = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=10000)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.govukify()


class FeedbackForm(GovukMixin, forms.Form):
    theme = forms.ModelChoiceField(
        queryset=Theme.objects.none(),
        required=False,
        to_field_name="uid",
        empty_label="The priorities in general",
    )
    text = forms.CharField(
        label="Your feedback",
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=5000,
        error_messages={"required": "Enter your feedback"},
    )

    def __init__(self, *args, cycle, **kwargs):
        super().__init__(*args, **kwargs)
        theme = model_choices(self, "theme")
        theme.queryset = Theme.objects.filter(cycle=cycle, retired_on__isnull=True)
        label_choices(theme, lambda t: t.title)
        self.govukify()


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        if not files:
            raise ValidationError("Choose one or more files to upload")
        if len(files) > MAX_FILES:
            raise ValidationError(f"Upload at most {MAX_FILES} files at a time")
        return list(files)


def check_upload(f) -> str | None:
    """Why an uploaded file is refused before reading it, or None. Content is checked later by the
    readers (a .pdf that is not a PDF is refused there, with the reason)."""
    ext = Path(f.name or "").suffix.lower()
    limit = settings.MAX_UPLOAD_MB * 1024 * 1024
    if f.size > limit:
        return f"it is {f.size / 1048576:.1f} MB; the limit is {settings.MAX_UPLOAD_MB} MB"
    if f.size == 0:
        return "the file is empty"
    if ext not in EXTENSIONS:
        allowed = ", ".join(sorted({e for e in EXTENSIONS}))
        return f"files of type {ext or '(no extension)'} cannot be read; Boardwork reads {allowed}"
    return None


class UploadForm(GovukMixin, forms.Form):
    # A declared field: the form's metaclass moves it into base_fields, so it never hides
    # BaseForm.files (the request's uploads), which mypy cannot know.
    files = MultipleFileField(  # type: ignore[assignment]
        label="Board papers",
        help_text="Word (.docx), PDF, HTML, Markdown or plain text. Up to 10 files.",
    )
    cycle = forms.ModelChoiceField(
        queryset=Cycle.objects.none(),
        required=False,
        to_field_name="uid",
        empty_label="Work it out from the paper",
    )

    def __init__(self, *args, board, **kwargs):
        super().__init__(*args, **kwargs)
        cycle = model_choices(self, "cycle")
        cycle.queryset = Cycle.objects.filter(board=board).order_by("-start")
        label_choices(cycle, lambda c: c.label)
        self.fields["files"].widget.attrs["accept"] = ",".join(sorted(EXTENSIONS))
        self.govukify()


FORMATS: list[tuple[str, str]] = [
    ("docx", "Word (.docx)"),
    ("pdf", "PDF"),
    ("html", "Web page (HTML)"),
    ("md", "Markdown"),
]
REPORT_KINDS: list[tuple[str, str]] = [
    (StoredPaper.Kind.END_OF_YEAR, "End of year report"),
    (StoredPaper.Kind.WORK_PLAN, "Work plan"),
    (StoredPaper.Kind.PERFORMANCE, "Performance report"),
]


class ComposeForm(GovukMixin, forms.Form):
    kind = forms.ChoiceField(
        label="Kind of paper", choices=REPORT_KINDS, widget=forms.RadioSelect, initial="end_of_year"
    )
    cycle = forms.ModelChoiceField(queryset=Cycle.objects.none(), to_field_name="uid", empty_label=None)
    quarter = forms.TypedChoiceField(
        label="Quarter (performance reports)",
        choices=[("", "Whole year")] + [(str(q), f"Quarter {q}") for q in (1, 2, 3, 4)],
        coerce=int,
        empty_value=None,
        required=False,
    )
    fmt = forms.ChoiceField(label="Format", choices=FORMATS, widget=forms.RadioSelect, initial="docx")
    with_sources = forms.BooleanField(label="Show where each statement comes from", required=False)

    def __init__(self, *args, board, **kwargs):
        super().__init__(*args, **kwargs)
        cycle = model_choices(self, "cycle")
        cycle.queryset = Cycle.objects.filter(board=board).order_by("-start")
        label_choices(cycle, lambda c: c.label)
        self.govukify()


class RolloverForm(GovukMixin, forms.Form):
    label = forms.CharField(max_length=20, help_text="As papers write it, for example 2022/23.")
    start = forms.DateField(widget=DateInput)
    end = forms.DateField(widget=DateInput)
    themes = forms.ModelMultipleChoiceField(
        label="Themes to continue",
        queryset=Theme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    carry = forms.ModelMultipleChoiceField(
        label="Commitments to carry forward",
        queryset=Commitment.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, cycle, **kwargs):
        super().__init__(*args, **kwargs)
        self.cycle = cycle
        # A retired theme does not continue into the next year.
        themes = model_choices(self, "themes")
        themes.queryset = Theme.objects.filter(cycle=cycle, retired_on__isnull=True)
        label_choices(themes, lambda t: t.title)
        carry = model_choices(self, "carry")
        carry.queryset = Commitment.objects.filter(
            theme__cycle=cycle, theme__retired_on__isnull=True
        ).exclude(state__in=[Commitment.State.COMPLETE, Commitment.State.DROPPED])
        label_choices(carry, lambda c: f"{c.title[:120]} ({c.get_state_display()})")
        self.govukify()

    def clean(self):
        super().clean()
        data = self.cleaned_data
        start, end = data.get("start"), data.get("end")
        if start and end and end <= start:
            self.add_error("end", "The cycle must end after it starts")
        if start and start <= self.cycle.start:
            self.add_error("start", f"The new cycle must start after {self.cycle.label} starts")
        label = data.get("label")
        if label and Cycle.objects.filter(board=self.cycle.board_id, label=label).exists():
            self.add_error("label", f"There is already a cycle called {label}")
        carried = data.get("carry") or []
        themes = set(data.get("themes") or [])
        orphans = [c for c in carried if c.theme not in themes]
        if orphans:
            self.add_error("carry", "Carry work forward only under themes that continue: tick its theme too")
        return data


class MergeForm(GovukMixin, forms.Form):
    into = forms.CharField(
        label="Merge into", max_length=300, help_text="The name of the organisation to keep."
    )
