"""Forms for running the cycle: the plan (themes, commitments), the quarter grid, meetings,
their agenda and attendance, and minutes' actions."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q

from boardwork.boards.models import Action, AgendaItem, Cycle, Meeting, Membership, Person
from boardwork.papers.models import StoredPaper
from boardwork.plans.models import Commitment, ProgressUpdate, Theme

from .forms import CommitmentFields, GovukMixin, choices_of, label_choices, model_choices


def date_input():
    # <input type=date> takes ISO dates only: a locale-formatted value shows as empty.
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def board_people(board):
    """The people a board knows: its members and officers, past and present."""
    return Person.objects.filter(memberships__board=board).distinct().order_by("name")


class CycleForm(GovukMixin, forms.ModelForm):
    class Meta:
        model = Cycle
        fields = ["label", "start", "end"]
        widgets = {"start": date_input(), "end": date_input()}

    def __init__(self, *args, board, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.board = board
        self.govukify()

    def validate_unique(self):
        # board is not a form field, so ModelForm leaves the (board, label) constraint unchecked.
        if (
            self.instance.label
            and Cycle.objects.filter(board=self.instance.board, label=self.instance.label).exists()
        ):
            self.add_error("label", f"There is already a cycle called {self.instance.label}")


class ThemeForm(GovukMixin, forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1, required=False)

    class Meta:
        model = Theme
        fields = ["title", "description", "continues", "agreed_at"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}
        labels = {"continues": "Carries on from", "agreed_at": "Agreed at"}
        help_texts = {"continues": "A theme of an earlier year that this one continues."}

    def __init__(self, *args, cycle, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.cycle = cycle
        earlier = Theme.objects.filter(cycle__board=cycle.board_id, cycle__start__lt=cycle.start)
        continues = model_choices(self, "continues")
        continues.queryset = earlier.select_related("cycle").order_by("-cycle__start", "order")
        continues.empty_label = "A new theme"
        agreed_at = model_choices(self, "agreed_at")
        agreed_at.queryset = Meeting.objects.filter(board=cycle.board_id).order_by("-date")
        agreed_at.empty_label = "Not recorded"
        label_choices(agreed_at, lambda m: f"{m.date:%-d %B %Y}{' – ' + m.title if m.title else ''}")
        self.govukify()


class ThemeMergeForm(GovukMixin, forms.Form):
    into = forms.ModelChoiceField(queryset=Theme.objects.none(), label="Merge into", to_field_name="uid")

    def __init__(self, *args, theme, **kwargs):
        super().__init__(*args, **kwargs)
        into = model_choices(self, "into")
        into.queryset = Theme.objects.filter(cycle=theme.cycle_id).exclude(pk=theme.pk)
        label_choices(into, lambda t: t.title)
        self.govukify()


class NewCommitmentForm(GovukMixin, forms.ModelForm):
    class Meta(CommitmentFields):
        pass

    def __init__(self, *args, theme, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.theme = theme
        limit_commitment_choices(self, theme)
        self.govukify()


def limit_commitment_choices(form, theme) -> None:
    """Offer a commitment form's people and earlier work from its own board: owner and lead officer
    among the board's people (its officers for lead), carried from a commitment of an earlier cycle.
    A person already chosen stays on offer, so saving the form never clears them silently."""
    board, cycle, c = theme.cycle.board_id, theme.cycle, form.instance
    people = board_people(board)
    keep = [pk for pk in (c.owner_id, c.lead_officer_id) if pk]
    if "owner" in form.fields:
        owner = model_choices(form, "owner")
        owner.queryset = Person.objects.filter(Q(pk__in=people.values("pk")) | Q(pk__in=keep))
        owner.empty_label = "No one person"
    if "lead_officer" in form.fields:
        officers = people.filter(memberships__role=Membership.Role.OFFICER).values("pk")
        lead_officer = model_choices(form, "lead_officer")
        lead_officer.queryset = Person.objects.filter(Q(pk__in=officers) | Q(pk__in=keep))
        lead_officer.empty_label = "Not named"
    if "carried_from" in form.fields:
        carried_from = model_choices(form, "carried_from")
        carried_from.queryset = (
            Commitment.objects.filter(theme__cycle__board=board, theme__cycle__start__lt=cycle.start)
            .select_related("theme__cycle")
            .order_by("-theme__cycle__start", "theme__order", "order")
        )
        carried_from.empty_label = "New work"
        label_choices(carried_from, lambda x: f"{x.theme.cycle.label}: {x.title[:100]}")


QUARTER_RAGS = [("", "No update")] + list(ProgressUpdate.Rag.choices)


class QuarterRowForm(forms.Form):
    """One row of the quarter grid: a commitment's rating and commentary."""

    rag = forms.ChoiceField(choices=QUARTER_RAGS, required=False, widget=forms.RadioSelect)
    commentary = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False, max_length=10000)

    def clean(self):
        super().clean()
        data = self.cleaned_data
        if data.get("commentary", "").strip() and not data.get("rag"):
            self.add_error("rag", "Choose a RAG rating for this commentary")
        return data


class MeetingForm(GovukMixin, forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1, required=False)
    attendees = forms.ModelMultipleChoiceField(
        queryset=Person.objects.none(), required=False, widget=forms.CheckboxSelectMultiple, label="Attended"
    )
    apologies = forms.ModelMultipleChoiceField(
        queryset=Person.objects.none(), required=False, widget=forms.CheckboxSelectMultiple, label="Apologies"
    )

    class Meta:
        model = Meeting
        fields = ["date", "start_time", "place", "title"]
        widgets = {
            "date": date_input(),
            "start_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }

    def __init__(self, *args, board, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.board = board
        people = board_people(board)
        model_choices(self, "attendees").queryset = people
        model_choices(self, "apologies").queryset = people
        if self.instance.pk and not self.is_bound:
            self.initial["attendees"] = list(self.instance.attendees.all())
            self.initial["apologies"] = list(self.instance.apologies.all())
        self.govukify()

    def clean(self):
        super().clean()
        data = self.cleaned_data
        both = set(data.get("attendees") or []) & set(data.get("apologies") or [])
        if both:
            self.add_error("apologies", f"{', '.join(map(str, both))} cannot both attend and send apologies")
        return data


class AgendaItemForm(GovukMixin, forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1, required=False)

    class Meta:
        model = AgendaItem
        fields = ["number", "title", "paper", "report_kind"]
        labels = {"paper": "Stored paper", "report_kind": "Or a paper composed from the records"}
        help_texts = {"number": "As the agenda numbers it: 1, 2, 5a. Left empty, the next number."}

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.meeting = meeting
        self.fields["number"].required = False
        # The choices show titles only; a paper's parsed structure can be megabytes.
        paper = model_choices(self, "paper")
        paper.queryset = (
            StoredPaper.objects.filter(board=meeting.board_id).only("id", "title").order_by("-id")
        )
        paper.empty_label = "None"
        choices_of(self, "report_kind").choices = [("", "None")] + list(AgendaItem.ReportKind.choices)
        self.govukify()

    def clean(self):
        super().clean()
        data = self.cleaned_data
        if data.get("paper") and data.get("report_kind"):
            self.add_error("report_kind", "Choose a stored paper or a composed one, not both")
        return data


class ActionForm(GovukMixin, forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1, required=False)

    class Meta:
        model = Action
        fields = ["text", "owner", "due"]
        widgets = {"text": forms.Textarea(attrs={"rows": 2}), "due": date_input()}
        labels = {"text": "Action"}

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.meeting = meeting
        self.govukify()


class CloseActionForm(GovukMixin, forms.Form):
    status = forms.ChoiceField(
        choices=[(Action.Status.DONE, "Done"), (Action.Status.DROPPED, "Dropped")],
        widget=forms.RadioSelect,
        initial=Action.Status.DONE,
    )
    closed_on = forms.DateField(label="Closed on", required=False, widget=date_input())
    closed_by = forms.ModelChoiceField(
        queryset=Meeting.objects.none(), required=False, to_field_name="uid", label="Closed by meeting"
    )
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False, max_length=5000)

    def __init__(self, *args, action, **kwargs):
        super().__init__(*args, **kwargs)
        self.action = action
        closed_by = model_choices(self, "closed_by")
        closed_by.queryset = Meeting.objects.filter(
            board=action.meeting.board_id, date__gte=action.meeting.date
        ).exclude(pk=action.meeting_id)
        closed_by.empty_label = "Not closed at a meeting"
        self.govukify()


class ActionFilterForm(forms.Form):
    owner = forms.CharField(max_length=200, required=False)
    status = forms.ChoiceField(choices=[("", "Any status")] + list(Action.Status.choices), required=False)
    overdue = forms.BooleanField(required=False, label="Overdue only")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].widget.attrs["class"] = "govuk-input govuk-input--width-20"
        self.fields["status"].widget.attrs["class"] = "govuk-select"


def check_same_board(obj, board) -> None:
    if obj is not None and obj.board_id != board.pk:
        raise ValidationError("That belongs to another board.")
