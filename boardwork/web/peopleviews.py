"""People and engagement: the board's people, each person's page (roles and memberships over time,
the outside bodies they represent the board on, the activities they took part in, attendance), and
appointments to outside bodies, added and edited by the board's officers.

Every view starts with the access check (web/access.py); writes go through
activities/services.save_appointment, which keeps the history."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import F, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from boardwork.activities.filters import LOG_ORDER
from boardwork.activities.merging import merged_into
from boardwork.activities.models import Activity, Appointment, Organisation
from boardwork.activities.services import save_appointment
from boardwork.boards import permissions
from boardwork.boards.models import Change, Membership, Person, StaleEdit

from . import pagecache, records
from .access import get_board, require_any_board
from .cycleforms import date_input
from .forms import GovukMixin


def board_people(board):
    """Everyone the board knows as its own: members and officers (past and present) and the people
    appointed to represent it."""
    return Person.objects.filter(Q(memberships__board=board) | Q(appointments__board=board)).distinct()


def _person(board, uid) -> Person:
    """A person of `board`; a merged-away person's uid leads to the one it became."""
    p = Person.objects.filter(uid=uid).first()
    if p is None:
        p = merged_into(Person, uid)
        if p is not None:
            raise _Moved(p)
    if p is None or not _known_to(board, p):
        raise Http404("No such person on this board")
    return p


class _Moved(Exception):
    def __init__(self, person):
        self.person = person


def _known_to(board, p: Person) -> bool:
    return (
        Membership.objects.filter(board=board, person=p).exists()
        or Appointment.objects.filter(board=board, person=p).exists()
        or Activity.objects.filter(board=board, people=p).exists()
    )


@login_required
@require_GET
def people(request, slug):
    board = get_board(request, slug)
    return pagecache.render_shared(request, "web/people.html", lambda: _people_context(board), board=board)


def _people_context(board) -> dict:
    ms = list(
        Membership.objects.filter(board=board)
        .select_related("person")
        .order_by("person__name", F("start").asc(nulls_first=True))
    )
    aps = list(
        Appointment.objects.filter(board=board).select_related("person", "organisation").order_by("-start")
    )
    rows: dict[int, dict] = {}
    for m in ms:
        row = rows.setdefault(m.person_id, {"person": m.person, "memberships": [], "appointments": []})
        row["memberships"].append(m)
    for ap in aps:
        row = rows.setdefault(ap.person_id, {"person": ap.person, "memberships": [], "appointments": []})
        row["appointments"].append(ap)
    ordered = sorted(rows.values(), key=lambda r: r["person"].name.lower())
    return {"board": board, "rows": ordered}


@login_required
@require_GET
def person(request, slug, uid):
    board = get_board(request, slug)
    seen = require_any_board(request)
    # Kept in the page cache (per role, until the records change): the look-up is in the context.
    try:
        return pagecache.render_shared(
            request, "web/person.html", lambda: _person_context(request, board, uid, seen), board=board
        )
    except _Moved as moved:
        return redirect("person", board.slug, moved.person.uid)


def _person_context(request, board, uid, seen) -> dict:
    p = _person(board, uid)
    memberships = list(
        Membership.objects.filter(person=p, board__in=seen)
        .select_related("board")
        .order_by("board__name", F("start").desc(nulls_last=True))
    )
    appointments = list(
        Appointment.objects.filter(person=p, board__in=seen)
        .select_related("organisation", "board")
        .order_by(F("start").desc(nulls_last=True))
    )
    acts = permissions.filter_records(Activity.objects.filter(board=board, people=p), request.role)
    page = records.paginate(request, acts.select_related("cycle").order_by(*LOG_ORDER), per_page=25)
    attended = p.meetings_attended.filter(board=board).count()
    apologies = p.meetings_apologised.filter(board=board).count()
    return {
        "board": board,
        "p": p,
        "memberships": memberships,
        "appointments": appointments,
        "page": page,
        "page_links": records.page_links(page),
        "attended": attended,
        "apologies": apologies,
        "history": records.history_rows(Change.history(p)[:30]) if request.can.edit_board else None,
    }


class AppointmentForm(GovukMixin, forms.ModelForm):
    """An appointment to an outside body; the organisation is chosen by name (one that exists)."""

    organisation_name = forms.CharField(
        label="Outside body", max_length=300, help_text="The organisation's name, acronym or another name."
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)

    class Meta:
        model = Appointment
        fields = ["role", "start", "end", "note"]
        widgets = {"start": date_input(), "end": date_input(), "note": forms.Textarea(attrs={"rows": 2})}
        labels = {"start": "From", "end": "To", "role": "Role"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.order_fields(["organisation_name", "role", "start", "end", "note"])
        if self.instance.pk:
            self.initial.setdefault("organisation_name", self.instance.organisation.name)
            self.initial.setdefault("version", self.instance.version)
        self.govukify()

    def clean_organisation_name(self):
        org = Organisation.find(self.cleaned_data["organisation_name"])
        if org is None:
            raise ValidationError("There is no organisation with that name: add it on an activity first")
        return org

    def clean(self):
        super().clean()
        data = self.cleaned_data
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", "An appointment cannot end before it starts")
        return data


def _save(request, board, p, form, appointment=None):
    d = form.cleaned_data
    fields = {
        "person": p,
        "organisation": d["organisation_name"],
        "role": d.get("role") or "",
        "start": d.get("start"),
        "end": d.get("end"),
        "note": d.get("note") or "",
    }
    if appointment is not None:
        fields["version"] = d.get("version") or appointment.version
    save_appointment(appointment, fields, board=board, user=request.user)


@login_required
@require_http_methods(["GET", "POST"])
def appointment_add(request, slug, uid):
    board = get_board(request, slug, edit=True)
    try:
        p = _person(board, uid)
    except _Moved as moved:
        return redirect("person", board.slug, moved.person.uid)
    form = AppointmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            _save(request, board, p, form)
        except ValidationError as e:
            form.add_error(None, "; ".join(e.messages))
        else:
            messages.success(request, "Appointment added.")
            return redirect("person", board.slug, p.uid)
    status = 400 if request.method == "POST" else 200
    return render(request, "web/appointment_form.html", {"board": board, "p": p, "form": form}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def appointment_edit(request, slug, uid):
    board = get_board(request, slug, edit=True)
    ap = get_object_or_404(Appointment.objects.select_related("person", "organisation"), uid=uid, board=board)
    form = AppointmentForm(request.POST or None, instance=ap)
    if request.method == "POST" and form.is_valid():
        try:
            _save(request, board, ap.person, form, appointment=Appointment.objects.get(pk=ap.pk))
        except StaleEdit as e:
            form.add_error(None, str(e))
            return render(
                request,
                "web/appointment_form.html",
                {"board": board, "p": ap.person, "form": form},
                status=409,
            )
        except ValidationError as e:
            form.add_error(None, "; ".join(e.messages))
        else:
            messages.success(request, "Appointment saved.")
            return redirect("person", board.slug, ap.person.uid)
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "web/appointment_form.html",
        {"board": board, "p": ap.person, "form": form, "ap": ap},
        status=status,
    )
