"""Meetings of a board: the list, each meeting's page (agenda in order with its papers, stored or
composed, attendance, the actions its minutes set and those it closed), forms to create and edit
them, and the board's actions list filterable by owner and status.

Every view starts with the access check (web/access.py); writes go through boards/services.py,
which keeps the history."""

from __future__ import annotations

import datetime as dt
import hashlib
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from boardwork.boards import permissions, services
from boardwork.boards.models import Action, AgendaItem, Meeting, StaleEdit

from . import pagecache
from .access import get_board
from .cycleforms import ActionFilterForm, ActionForm, AgendaItemForm, CloseActionForm, MeetingForm
from .formpage import form_page
from .forms import offered
from .records import paginate


def _meeting(board, uid):
    return get_object_or_404(Meeting.objects.select_related("cycle"), uid=uid, board=board)


@login_required
@require_GET
def meetings(request, slug):
    board = get_board(request, slug)

    def context():
        today = dt.date.today()  # also in the page cache's key: "upcoming" changes with the day
        qs = (
            Meeting.objects.filter(board=board)
            .select_related("cycle")
            .annotate(
                n_items=Count("agenda", distinct=True),
                n_open=Count("actions", filter=Q(actions__status=Action.Status.OPEN), distinct=True),
            )
        )
        upcoming = list(qs.filter(date__gte=today).order_by("date"))
        past = paginate(request, qs.filter(date__lt=today).order_by("-date"), per_page=30)
        return {"upcoming": upcoming, "past": past}

    return pagecache.render_shared(request, "web/meetings.html", context, board=board)


def _add_forms_key(item_form: AgendaItemForm) -> str:
    """A digest of all the meeting page's two empty add forms show: the board's papers offered
    for an agenda item (the other fields, and the action form's, are the same on every meeting).
    Rendering their nine fields, a template per widget, was a third of building the page; kept
    under this key (web/meeting.html) they need no invalidation and outlive the page itself."""
    # The choices' own queryset, as plain rows: iterating the field's choices would read them
    # through a server-side cursor (three statements on PostgreSQL). Labels are the titles.
    papers = list(offered(item_form, "paper").values_list("id", "title"))
    return hashlib.blake2b(repr(papers).encode(), digest_size=16).hexdigest()


@login_required
@require_GET
def meeting(request, slug, uid):
    board = get_board(request, slug)

    def context():
        # Looked up only when the page is built: a cached page (its key holds the path, so the
        # uid, and the data version, which deleting or moving a meeting raises) needs no query.
        m = _meeting(board, uid)
        # A stored paper's parsed structure can be megabytes: the agenda shows only its title and link.
        agenda = list(m.agenda.select_related("paper").defer("paper__structure").order_by("order", "id"))
        for item in agenda:
            if item.report_kind and m.cycle_id:
                item.compose_url = (
                    reverse("compose", args=[board.slug])
                    + "?"
                    + urlencode(
                        {"kind": item.report_kind, "cycle": m.cycle.uid, "fmt": "docx", "action": "preview"}
                    )
                )
        editor = permissions.can_edit_board(request.role)
        item_form = AgendaItemForm(meeting=m, auto_id="item-%s") if editor else None
        forms_key = None
        if item_form is not None and pagecache.request_version(request) is not None:
            forms_key = _add_forms_key(item_form)
        return {
            "m": m,
            "agenda": agenda,
            "attendees": list(m.attendees.all()),
            "apologies": list(m.apologies.all()),
            "actions": list(m.actions.select_related("closed_by").order_by("id")),
            "closed_here": list(m.closed_actions.select_related("meeting").order_by("meeting__date", "id")),
            "today": dt.date.today(),
            "item_form": item_form,
            "action_form": ActionForm(meeting=m, auto_id="action-%s") if editor else None,
            "forms_key": forms_key,
        }

    return pagecache.render_shared(request, "web/meeting.html", context, board=board)


def _save_meeting_form(request, board, form, m=None):
    d = form.cleaned_data
    fields = {k: d[k] for k in MeetingForm.Meta.fields}
    with transaction.atomic():
        if m is None:
            m = services.create_meeting(
                board, user=request.user, attendees=d["attendees"], apologies=d["apologies"], **fields
            )
        else:
            before = m.snapshot(MeetingForm.Meta.fields)
            for k, v in fields.items():
                setattr(m, k, v)
            if not m.cycle_id or not (m.cycle.start <= m.date <= m.cycle.end):
                m.cycle = board.cycles.filter(start__lte=m.date, end__gte=m.date).first()
            m.save_edit(user=request.user, base_version=d["version"], before=before)
            services.set_attendance(m, attendees=d["attendees"], apologies=d["apologies"], user=request.user)
    return m


@login_required
@require_http_methods(["GET", "POST"])
def meeting_add(request, slug):
    board = get_board(request, slug, edit=True)
    form = MeetingForm(request.POST or None, board=board)
    if request.method == "POST" and form.is_valid():
        m = _save_meeting_form(request, board, form)
        messages.success(request, "Meeting added. Now add its agenda.")
        return redirect(m.get_absolute_url())
    return form_page(request, "web/meeting_form.html", {"board": board, "form": form, "m": None})


@login_required
@require_http_methods(["GET", "POST"])
def meeting_edit(request, slug, uid):
    board = get_board(request, slug, edit=True)
    m = _meeting(board, uid)
    if request.method == "POST":
        form = MeetingForm(request.POST, instance=m, board=board)
        if form.is_valid():
            if not form.cleaned_data.get("version"):
                form.add_error(None, "This form is missing its version: reload the page and try again.")
            else:
                try:
                    _save_meeting_form(request, board, form, m)
                except StaleEdit as e:
                    form.add_error(None, str(e))
                    return render(
                        request, "web/meeting_form.html", {"board": board, "form": form, "m": m}, status=409
                    )
                messages.success(request, "Meeting saved.")
                return redirect(m.get_absolute_url())
        return render(request, "web/meeting_form.html", {"board": board, "form": form, "m": m}, status=400)
    form = MeetingForm(instance=m, board=board, initial={"version": m.version})
    return render(request, "web/meeting_form.html", {"board": board, "form": form, "m": m})


@login_required
@require_http_methods(["GET", "POST"])
def agenda_item_add(request, slug, uid):
    board = get_board(request, slug, edit=True)
    m = _meeting(board, uid)
    form = AgendaItemForm(request.POST or None, meeting=m)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        services.add_agenda_item(
            m,
            user=request.user,
            number=d["number"],
            title=d["title"],
            paper=d["paper"],
            report_kind=d["report_kind"],
        )
        messages.success(request, "Agenda item added.")
        return redirect(m.get_absolute_url() + "#agenda")
    return form_page(
        request, "web/agenda_item_form.html", {"board": board, "m": m, "form": form, "item": None}
    )


@login_required
@require_http_methods(["GET", "POST"])
def agenda_item_edit(request, slug, uid):
    board = get_board(request, slug, edit=True)
    item = get_object_or_404(AgendaItem.objects.select_related("meeting"), uid=uid, meeting__board=board)
    m = item.meeting
    fields = AgendaItemForm.Meta.fields
    before = item.snapshot(fields)
    status = 200
    if request.method == "POST":
        if request.POST.get("move") in ("up", "down"):
            services.move_agenda_item(item, -1 if request.POST["move"] == "up" else 1, user=request.user)
            return redirect(m.get_absolute_url() + "#agenda")
        form = AgendaItemForm(request.POST, instance=item, meeting=m)
        if form.is_valid() and form.cleaned_data.get("version"):
            if not item.number:
                item.number = before["number"]
            try:
                item.save_edit(user=request.user, base_version=form.cleaned_data["version"], before=before)
            except StaleEdit as e:
                form.add_error(None, str(e))
                status = 409
            else:
                messages.success(request, "Agenda item saved.")
                return redirect(m.get_absolute_url() + "#agenda")
        else:
            status = 400
    else:
        form = AgendaItemForm(instance=item, meeting=m, initial={"version": item.version})
    return render(
        request,
        "web/agenda_item_form.html",
        {"board": board, "m": m, "form": form, "item": item},
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def action_add(request, slug, uid):
    board = get_board(request, slug, edit=True)
    m = _meeting(board, uid)
    form = ActionForm(request.POST or None, meeting=m)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        services.add_action(m, user=request.user, text=d["text"], owner=d["owner"], due=d["due"])
        messages.success(request, "Action added.")
        return redirect(m.get_absolute_url() + "#actions")
    return form_page(request, "web/action_form.html", {"board": board, "m": m, "form": form, "a": None})


@login_required
@require_http_methods(["GET", "POST"])
def action_edit(request, slug, uid):
    """Edit an action's text, owner and due date; or close it (done or dropped, on a date or by
    a later meeting, with a note); or reopen it."""
    board = get_board(request, slug, edit=True)
    a = get_object_or_404(
        Action.objects.select_related("meeting", "closed_by"), uid=uid, meeting__board=board
    )
    m = a.meeting
    form, close_form, status = ActionForm(instance=a, meeting=m, initial={"version": a.version}), None, 200
    close_form = CloseActionForm(action=a)
    if request.method == "POST":
        what = request.POST.get("what")
        if what == "close":
            close_form = CloseActionForm(request.POST, action=a)
            if close_form.is_valid():
                d = close_form.cleaned_data
                try:
                    services.close_action(
                        a,
                        status=d["status"],
                        on=d["closed_on"],
                        by=d["closed_by"],
                        note=d["note"],
                        user=request.user,
                    )
                except ValidationError as e:
                    close_form.add_error(None, "; ".join(e.messages))
                else:
                    messages.success(request, f"Action marked {a.get_status_display().lower()}.")
                    return redirect(m.get_absolute_url() + "#actions")
            status = 400
        elif what == "reopen":
            services.reopen_action(a, user=request.user)
            messages.success(request, "Action reopened.")
            return redirect(reverse("action_edit", args=[board.slug, a.uid]))
        else:
            before = a.snapshot(ActionForm.Meta.fields)
            form = ActionForm(request.POST, instance=a, meeting=m)
            if form.is_valid() and form.cleaned_data.get("version"):
                try:
                    a.save_edit(user=request.user, base_version=form.cleaned_data["version"], before=before)
                except StaleEdit as e:
                    form.add_error(None, str(e))
                    status = 409
                else:
                    messages.success(request, "Action saved.")
                    return redirect(m.get_absolute_url() + "#actions")
            else:
                status = 400
    return render(
        request,
        "web/action_form.html",
        {"board": board, "m": m, "form": form, "close_form": close_form, "a": a},
        status=status,
    )


@login_required
@require_GET
def actions(request, slug):
    board = get_board(request, slug)

    def context():
        form = ActionFilterForm(request.GET or None)
        filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
        qs = services.actions_for(
            board,
            owner=filters.get("owner", ""),
            status=filters.get("status", ""),
            overdue=bool(filters.get("overdue")),
        )
        page = paginate(request, qs, per_page=50)
        query = urlencode({k: v for k, v in request.GET.items() if k != "page"})
        return {"form": form, "page": page, "today": dt.date.today(), "query": query}

    # The list depends on the role, the query and the records (and today's date, in the key).
    return pagecache.render_shared(request, "web/actions.html", context, board=board)
