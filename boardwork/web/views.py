"""Board pages: overview, themes, commitments, the activity log, feedback and rollover
(organisations are in orgviews.py). Every view starts with an access check from access.py; records are always looked up
within the board the user may see (object-level checks), never by id alone."""

from __future__ import annotations

import datetime as dt
import hashlib
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db import transaction
from django.db.models import Q
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.functional import cached_property
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from boardwork.activities.filters import LOG_ORDER, FilterError, active_filters, filter_activities
from boardwork.activities.merging import merged_into
from boardwork.activities.models import KINDS, Activity, Organisation, Policy, match_key
from boardwork.activities.services import cycle_for_date, save_activity
from boardwork.boards import permissions
from boardwork.boards.models import Action, Change, Meeting, Person, StaleEdit
from boardwork.plans.models import Commitment, Feedback, Review, Theme
from boardwork.plans.services import default_carry, record_update, rollover, suggest_next

from . import overview, pagecache, records, rowcache
from .access import get_board, require_edit, sees_key, visible_boards
from .forms import (
    ActivityFilterForm,
    ActivityForm,
    CommitmentForm,
    FeedbackForm,
    ProgressUpdateForm,
    QuickActivityForm,
    RolloverForm,
    choices_of,
    offered,
)


def is_htmx(request) -> bool:
    return request.headers.get("HX-Request") == "true"


# -- sign in, home ------------------------------------------------------------------------------


class SignInForm(AuthenticationForm):
    """The sign-in form. Wrong passwords are counted, and paused, by the authentication backend
    (web/throttle.py) for every sign-in door; this form only says so in words."""

    error_messages = {
        "invalid_login": "Enter a correct username and password. Both are case-sensitive.",
        "inactive": "This account has been switched off. Ask an administrator.",
    }

    def clean(self):
        from . import throttle

        username = (self.data.get("username") or "").strip()
        wait = throttle.sign_in_pause(username, throttle.client_address(self.request)) if username else 0
        if wait:
            raise ValidationError(
                "There have been too many failed attempts to sign in with this username from here. "
                f"Wait {max(1, round(wait / 60))} minutes and try again, or ask an administrator to reset your password.",
                code="paused",
            )
        return super().clean()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].widget.attrs.update({"class": "govuk-input", "autocomplete": "username"})
        self.fields["password"].widget.attrs.update(
            {"class": "govuk-input", "autocomplete": "current-password"}
        )
        self.fields["username"].widget.attrs.pop("autofocus", None)


class SignInView(auth_views.LoginView):
    template_name = "web/sign_in.html"
    authentication_form = SignInForm
    redirect_authenticated_user = True


@require_GET
def home(request):
    if not request.user.is_authenticated:
        return render(request, "web/home.html", {"boards": []})
    user = request.user
    return pagecache.render_shared(
        request,
        "web/home.html",
        lambda: {"boards": list(visible_boards(user).order_by("name"))},
        scope="home:" + sees_key(request),
    )


def _cycle_from(request, board):
    """The cycle ?cycle=<label> names, else the board's current one."""
    cycles = list(board.cycles.all())
    label = request.GET.get("cycle")
    chosen = next((c for c in cycles if c.label == label), None) if label else None
    if chosen is None:
        chosen = board.current_cycle(cycles=cycles)
    return chosen, cycles


# -- board overview -------------------------------------------------------------------------------


@login_required
@require_GET
def board(request, slug):
    board = get_board(request, slug)
    return pagecache.render_shared(
        request, "web/board.html", lambda: _board_context(request, board), board=board
    )


def _board_context(request, board):
    cycle, cycles = _cycle_from(request, board)
    themes: list = []
    charts = None
    if cycle:
        themes, charts = overview.cycle_overview(board, cycle, request.role)
    meetings = list(Meeting.objects.filter(board=board, date__gte=dt.date.today()).order_by("date")[:5])
    recent_meetings = [] if meetings else list(Meeting.objects.filter(board=board).order_by("-date")[:3])
    to_review = (
        Activity.objects.filter(board=board, review=Review.TO_REVIEW).count()
        if permissions.can_edit_board(request.role)
        else 0
    )
    overdue = list(Action.objects.filter(meeting__board=board).overdue().select_related("meeting")[:10])
    return {
        "overdue_actions": overdue,
        "cycle": cycle,
        "cycles": cycles,
        "themes": themes,
        "charts": charts,
        "meetings": meetings,
        "recent_meetings": recent_meetings,
        "to_review": to_review,
        "kind_rows": list(zip(charts["kinds"]["labels"], charts["kinds"]["data"], strict=True))
        if charts
        else [],
        "partner_rows": list(
            zip(
                charts["partners"]["labels"],
                charts["partners"]["data"],
                charts["partners"]["uids"],
                strict=True,
            )
        )
        if charts
        else [],
    }


# -- themes and commitments -------------------------------------------------------------------

THEME_TIMELINE = 50


@login_required
@require_GET
def theme(request, slug, uid):
    board = get_board(request, slug)
    return pagecache.render_shared(
        request, "web/theme.html", lambda: _theme_context(request, board, uid), board=board
    )


def _theme_context(request, board, uid):
    theme = get_object_or_404(Theme.objects.select_related("cycle", "agreed_at"), uid=uid, cycle__board=board)
    shown = permissions.filter_records(theme.commitments.exclude(review=Review.REJECTED), request.role)
    commitments = list(records.with_latest_rag(shown).select_related("owner"))
    # The latest THEME_TIMELINE only, newest first: the whole list (a long-running theme may
    # have thousands) is the activity log filtered by this theme, linked from the page.
    accepted = theme.activities.accepted()
    n_activities = accepted.count()
    timeline = rowcache.activity_rows(
        board, accepted.order_by(*LOG_ORDER)[:THEME_TIMELINE], data_version=pagecache.request_version(request)
    )
    earlier, later = records.theme_lineage(theme)
    feedback = []
    if permissions.can_view_all_feedback(request.role):
        feedback = list(theme.feedback.select_related("person", "author")[:20])
    return {
        "theme": theme,
        "cycle": theme.cycle,
        "commitments": commitments,
        "timeline": timeline,
        "n_activities": n_activities,
        "log_url": reverse("activities", args=[board.slug])
        + "?"
        + urlencode({"theme": theme.uid, "review": Review.ACCEPTED}),
        "earlier": earlier,
        "later": later,
        "feedback": feedback,
        "history": records.history_rows(Change.history(theme)[:50]),
    }


COMMITMENT_ACTIVITIES = 50  # the latest; the rest are the activity log filtered by the commitment


def _commitment(request, board, uid):
    """The commitment `uid` of `board`, if the viewer's role may see its review state (else 404)."""
    qs = Commitment.objects.select_related("theme__cycle", "owner", "source_paper")
    return get_object_or_404(
        records.with_latest_rag(permissions.filter_records(qs, request.role)),
        uid=uid,
        theme__cycle__board=board,
    )


@login_required
@require_http_methods(["GET", "POST"])
def commitment(request, slug, uid):
    board = get_board(request, slug)
    if request.method == "GET":
        return pagecache.render_shared(
            request,
            "web/commitment.html",
            lambda: _commitment_context(board, _commitment(request, board, uid)),
            board=board,
        )
    require_edit(request)
    c = _commitment(request, board, uid)
    form = ProgressUpdateForm(request.POST)
    if form.is_valid():
        d = form.cleaned_data
        update, created = record_update(
            c, quarter=d["quarter"], rag=d["rag"], commentary=d["commentary"], user=request.user
        )
        messages.success(
            request,
            f"Q{update.quarter} update saved."
            if created
            else f"Q{update.quarter} update changed (the earlier rating is kept in its history).",
        )
        return redirect(c.get_absolute_url() + "#updates")
    return render(request, "web/commitment.html", _commitment_context(board, c, form), status=400)


def _commitment_context(board, c, form=None):
    if form is None:
        form = ProgressUpdateForm(initial={"quarter": c.theme.cycle.quarter_of(dt.date.today())})
    updates = list(c.updates.select_related("author").order_by("-quarter", "-created"))
    earlier, later = records.commitment_chain(c)
    acts = list(c.activities.accepted().order_by(*LOG_ORDER)[:COMMITMENT_ACTIVITIES])
    return {
        "board": board,
        "c": c,
        "cycle": c.theme.cycle,
        "updates": updates,
        "form": form,
        "earlier": earlier,
        "later": later,
        "n_activities": len(acts) if len(acts) < COMMITMENT_ACTIVITIES else c.activities.accepted().count(),
        "activities": acts,
        "history": records.history_rows(Change.history(c)[:50]),
    }


@login_required
@require_http_methods(["GET", "POST"])
def commitment_edit(request, slug, uid):
    board = get_board(request, slug, edit=True)
    c = _commitment(request, board, uid)
    fields = CommitmentForm.Meta.fields
    before = c.snapshot(fields)
    if request.method == "POST":
        form = CommitmentForm(request.POST, instance=c)
        if form.is_valid():
            try:
                form.instance.save_edit(
                    user=request.user, base_version=form.cleaned_data["version"], before=before
                )
            except StaleEdit as e:
                form.add_error(None, str(e))
                return render(
                    request, "web/commitment_edit.html", {"board": board, "c": c, "form": form}, status=409
                )
            messages.success(request, "Commitment saved.")
            return redirect(c.get_absolute_url())
        return render(request, "web/commitment_edit.html", {"board": board, "c": c, "form": form}, status=400)
    form = CommitmentForm(instance=c, initial={"version": c.version})
    return render(request, "web/commitment_edit.html", {"board": board, "c": c, "form": form})


# -- activities ---------------------------------------------------------------------------------


# The log shows accepted and to-review records unless ?review= asks for one status.
DEFAULT_REVIEWS = [Review.ACCEPTED, Review.TO_REVIEW]


def log_queryset(board, form, params, role):
    """The activity log's rows for `params`, in the log's order (which the activity_log_order index
    follows, so the first page is an index scan), among the records `role` may see
    (permissions.filter_records). Filtering is the shared activities.filters.filter_activities, the
    same as the API and the downloads; the form is only for showing and checking the values. An
    invalid form, or a value the filters refuse (reported on the form), gives the unfiltered log."""
    seen = permissions.filter_records(Activity.objects.filter(board=board), role)
    qs = seen if params.get("review") else seen.filter(review__in=DEFAULT_REVIEWS)
    if form.is_bound and form.is_valid():
        try:
            qs = filter_activities(qs, params)
        except FilterError as e:
            form.add_error(e.field if e.field in form.fields else None, e.message)
            qs = seen.filter(review__in=DEFAULT_REVIEWS)
    return qs.order_by(*LOG_ORDER)


def export_links(board, params) -> dict:
    """Download links for the log: the activities with the log's current filters, and the board's
    other downloads."""
    query = urlencode(active_filters(params), doseq=True)
    suffix = f"?{query}" if query else ""
    return {
        "activities_csv": reverse("export-activities", args=[board.slug, "csv"]) + suffix,
        "activities_xlsx": reverse("export-activities", args=[board.slug, "xlsx"]) + suffix,
        "commitments_csv": reverse("export-commitments", args=[board.slug, "csv"]),
        "commitments_xlsx": reverse("export-commitments", args=[board.slug, "xlsx"]),
        "meetings_ics": reverse("board-meetings-ics", args=[board.slug]),
        "popolo": reverse("board-popolo", args=[board.slug]),
    }


class BoardLogPaginator(records.CappedPaginator):
    """The unfiltered log's capped count, remembered for a minute once a board has passed the cap:
    counting up to the cap reads 10,000 rows on every request, and a board over the cap stays over
    it (the page says only "more than 10,000")."""

    def __init__(self, *args, board, **kwargs):
        super().__init__(*args, **kwargs)
        self.key = f"web:log-over-cap:{board.pk}:{self.cap}"

    @cached_property
    def count(self):
        if cache.get(self.key):
            self.capped = True
            return self.cap
        n = super().count
        if self.capped:
            cache.set(self.key, True, 60)
        return n


def _page(request, paginator):
    try:
        return paginator.page(request.GET.get("page") or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


def _log_context(request, board, form, params):
    qs = log_queryset(board, form, params, request.role)
    if active_filters(params) or form.errors:
        page = records.paginate(request, qs, per_page=50, capped=True)
    else:
        page = _page(request, BoardLogPaginator(qs, 50, board=board))
    return {
        "board": board,
        "form": form,
        "page": page,
        # The page's rows only, their links loaded only where the row cache has no copy.
        "rows": rowcache.activity_rows(
            board, page.object_list, show_themes=True, data_version=pagecache.request_version(request)
        ),
        "page_links": records.page_links(page),
        "kinds": KINDS,
        "downloads": export_links(board, params),
    }


@login_required
@require_GET
def activities(request, slug):
    board = get_board(request, slug)
    return pagecache.render_shared(
        request, "web/activities.html", lambda: _activities_context(request, board), board=board
    )


def _activities_context(request, board):
    form = ActivityFilterForm(request.GET or None, board=board)
    ctx = _log_context(request, board, form, request.GET)
    ctx["filtered"] = bool(form.is_bound and not form.errors and active_filters(request.GET))
    ctx["quick"] = QuickActivityForm() if permissions.can_edit_board(request.role) else None
    if pagecache.request_version(request) is not None:
        ctx["filters_key"] = _filters_key(request, board, form, ctx["filtered"])
    return ctx


def _filters_key(request, board, form, filtered: bool) -> str:
    """A digest of everything the filter form (web/_log_filters.html) shows: the values asked
    for, the theme choices, the errors, whether it offers the review filter. Rendering its nine
    fields was a third of building the log; cached under this key it needs no invalidation, and
    survives the writes that make the page itself stale."""
    shown = (
        board.slug,
        request.can.view_records_to_review,
        filtered,
        sorted(request.GET.lists()),
        choices_of(form, "theme").choices,
        form.errors.get_json_data() if form.is_bound else None,
    )
    return hashlib.blake2b(repr(shown).encode(), digest_size=16).hexdigest()


def activity_initial(a: Activity) -> dict:
    return {
        "title": a.title,
        "text": a.text,
        "date": a.date_iso or "",
        "kinds": a.kind_list,
        "themes": list(a.themes.all()),
        # Whole names, one box each: never joined into one comma-separated string.
        "organisations": [o.name for o in a.organisations.all()],
        "policies": [p.title for p in a.policies.all()],
        "people": [p.display_name for p in a.people.all()],
        "outcome": a.outcome,
        "reach": a.reach,
        "nations": a.nation_list,
        "version": a.version,
    }


def activity_changes(form: ActivityForm) -> dict:
    """A valid activity form as `save_activity` changes (the cycle is the one the date decided)."""
    data = form.cleaned_data
    return {
        "title": data["title"],
        "text": data["text"],
        "outcome": data["outcome"],
        "reach": data["reach"],
        "date": data["date"],
        "kinds": data["kinds"],
        "nations": data["nations"],
        "cycle": form.cycle,
        "themes": list(data["themes"]),
        "organisations": data["organisations"],
        "policies": data["policies"],
        "people": data["people"],
    }


def _save_error(form: ActivityForm, e: ValidationError) -> None:
    """Put a service's refusal on the form, on the field it names where the form has one."""
    if hasattr(e, "error_dict"):
        for name, errs in e.message_dict.items():
            form.add_error(name if name in form.fields else None, errs)
    else:
        form.add_error(None, "; ".join(e.messages))


@login_required
@require_http_methods(["GET", "POST"])
def activity_add(request, slug):
    board = get_board(request, slug, edit=True)
    cycle = board.current_cycle()
    if request.method == "POST":
        form = ActivityForm(request.POST, board=board, cycle=cycle)
        if form.is_valid():
            try:
                a = save_activity(None, activity_changes(form), board=board, user=request.user)
            except ValidationError as e:
                _save_error(form, e)
            else:
                messages.success(request, "Activity added.")
                return redirect(a.get_absolute_url())
        return render(request, "web/activity_form.html", {"board": board, "form": form}, status=400)
    initial = {}
    if request.GET.get("theme"):
        initial["themes"] = list(
            Theme.objects.filter(uid__in=[request.GET["theme"]][:1], cycle=cycle, retired_on__isnull=True)
        )
    form = ActivityForm(board=board, cycle=cycle, initial=initial)
    return render(request, "web/activity_form.html", {"board": board, "form": form})


@login_required
@require_GET
def activity_themes(request, slug):
    """htmx: the activity form's themes for the date being typed (the date decides the cycle); the
    ticked themes that belong to that cycle stay ticked. `fallback`: the cycle for no date."""
    board = get_board(request, slug, edit=True)
    fallback = (
        board.cycles.filter(uid=request.GET["fallback"]).first() if request.GET.get("fallback") else None
    )
    ticked = [t for t in request.GET.getlist("themes") if t.isdigit()]
    # A retired theme ticked on the activity stays on offer (saving checks it was the activity's).
    form = ActivityForm(
        board=board,
        cycle=fallback or board.current_cycle(),
        initial={"date": request.GET.get("date", "")},
        keep_themes=ticked,
    )
    form.initial["themes"] = list(offered(form, "themes").filter(pk__in=ticked))
    return render(request, "web/_field.html", {"field": form["themes"], "small": 1})


@login_required
@require_POST
def activity_quick_add(request, slug):
    board = get_board(request, slug, edit=True)
    form = QuickActivityForm(request.POST)
    if not form.is_valid():
        qform = ActivityFilterForm(None, board=board)
        ctx = _log_context(request, board, qform, QueryDict())
        return render(request, "web/activities.html", {**ctx, "quick": form}, status=400)
    d = form.cleaned_data
    # The date's cycle; an undated activity (or one dated outside every cycle) goes in the current one.
    cycle = cycle_for_date(board, d["date"][0] if d["date"] else None) or board.current_cycle()
    changes = {
        "text": d["text"],
        "date": d["date"],
        "cycle": cycle,
        "kinds": [d["kind"]] if d["kind"] else [],
    }
    a = save_activity(None, changes, board=board, user=request.user)
    messages.success(request, "Activity added. Add themes and organisations on its page.")
    return redirect(a.get_absolute_url())


def _activity(board, uid, withdrawn: bool = False):
    """The board's activity `uid`; with `withdrawn`, a withdrawn one too (its page, for officers)."""
    manager = Activity.all_objects if withdrawn else Activity.objects
    return get_object_or_404(
        manager.select_related("cycle", "source_paper", "commitment", "entered_by"),
        uid=uid,
        board=board,
    )


@login_required
@require_GET
def activity(request, slug, uid):
    board = get_board(request, slug)
    try:
        a = _activity(board, uid, withdrawn=permissions.can_edit_board(request.role))
    except Http404:
        merged = merged_into(Activity, uid)  # a duplicate merged away: its old address leads on
        if merged is None or merged.board_id != board.pk:
            raise
        return redirect(merged.get_absolute_url())
    if not permissions.can_view_record(request.role, a.review):
        raise Http404("No such activity")
    links = list(a.organisation_links.select_related("organisation"))
    return render(
        request,
        "web/activity.html",
        {
            "board": board,
            "a": a,
            "themes": list(a.themes.select_related("cycle")),
            "links": links,
            "policies": list(a.policies.all()),
            "people": list(a.people.all()),
            "history": records.history_rows(Change.history(a)[:50]),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def activity_edit(request, slug, uid):
    board = get_board(request, slug, edit=True)
    a = _activity(board, uid)
    cycle = a.cycle or board.current_cycle()
    ctx = {"board": board, "a": a}
    if request.method == "POST":
        form = ActivityForm(request.POST, board=board, cycle=cycle, keep_themes=a.themes.values("pk"))
        if form.is_valid():
            if not form.cleaned_data.get("version"):
                form.add_error(None, "This form is missing its version: reload the page and try again.")
                return render(request, "web/activity_form.html", {**ctx, "form": form}, status=400)
            try:
                save_activity(
                    a, activity_changes(form), user=request.user, base_version=form.cleaned_data["version"]
                )
            except StaleEdit as e:
                form.add_error(None, str(e))
                return render(
                    request, "web/activity_form.html", {**ctx, "form": form, "stale": True}, status=409
                )
            except ValidationError as e:
                _save_error(form, e)
                return render(request, "web/activity_form.html", {**ctx, "form": form}, status=400)
            messages.success(request, "Activity saved.")
            nxt = request.POST.get("next", "")
            if nxt.startswith(f"/boards/{board.slug}/") and "//" not in nxt:
                return redirect(nxt)
            return redirect(a.get_absolute_url())
        return render(request, "web/activity_form.html", {**ctx, "form": form}, status=400)
    form = ActivityForm(
        board=board, cycle=cycle, initial=activity_initial(a), keep_themes=a.themes.values("pk")
    )
    return render(
        request, "web/activity_form.html", {**ctx, "form": form, "next": request.GET.get("next", "")}
    )


@login_required
@require_GET
def suggest(request, slug, what):
    """htmx autocomplete: <option>s for a <datalist>, completing the whole text typed in one box
    (one name per box: a comma is part of a name, never a separator). The activity form's name boxes
    (organisations, policies, people) and the log's single-name filters use the same lists."""
    board = get_board(request, slug)
    kind = {"organisation": "organisations", "policy": "policies", "person": "people"}.get(what, what)
    if kind not in ("organisations", "policies", "people"):
        raise Http404
    last = " ".join(request.GET.get(what, "")[:400].split())
    names: list[str] = []
    if len(last) >= 2:
        if kind == "organisations":
            orgs = Organisation.objects.filter(match_keys__contains=match_key(last)).only("name")
            names = [o.name for o in orgs[:10]]
        elif kind == "policies":
            names = list(Policy.objects.filter(title__icontains=last).values_list("title", flat=True)[:10])
        else:
            # Organisations and policies are shared by all boards; people only as this board knows them.
            people = Person.objects.filter(
                Q(memberships__board=board) | Q(activities__board=board), name__icontains=last
            ).distinct()
            names = [p.display_name for p in people[:10]]
    return render(request, "web/_options.html", {"values": names})


# -- feedback and rollover ----------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def feedback(request, slug):
    board = get_board(request, slug)
    cycle, cycles = _cycle_from(request, board)
    if cycle is None:
        raise Http404("This board has no cycles yet")
    form = FeedbackForm(cycle=cycle)
    status = 200
    if request.method == "POST":
        form = FeedbackForm(request.POST, cycle=cycle)
        if form.is_valid():
            with transaction.atomic():
                fb = Feedback.objects.create(
                    cycle=cycle,
                    theme=form.cleaned_data["theme"],
                    person=getattr(request.user, "person", None),
                    author=request.user,
                    text=form.cleaned_data["text"],
                )
                Change.record(fb, user=request.user, action="created")
            messages.success(request, "Thank you: your feedback has been sent to the board's officers.")
            return redirect(reverse("feedback", args=[board.slug]) + f"?cycle={cycle.label}")
        status = 400
    items = permissions.filter_feedback(
        Feedback.objects.filter(cycle=cycle).select_related("theme", "person", "author"),
        request.role,
        request.user,
    )
    return render(
        request,
        "web/feedback.html",
        {"board": board, "cycle": cycle, "form": form, "items": list(items[:200])},
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def cycle_rollover(request, slug):
    board = get_board(request, slug, edit=True)
    cycle, cycles = _cycle_from(request, board)
    if cycle is None:
        raise Http404("This board has no cycles yet")
    if request.method == "POST":
        form = RolloverForm(request.POST, cycle=cycle)
        if form.is_valid():
            d = form.cleaned_data
            try:
                new = rollover(
                    cycle,
                    label=d["label"],
                    start=d["start"],
                    end=d["end"],
                    themes=list(d["themes"]),
                    carry=list(d["carry"]),
                    user=request.user,
                )
            except ValidationError as e:
                form.add_error(None, "; ".join(e.messages))
            else:
                messages.success(
                    request,
                    f"Cycle {new.label} created with {new.themes.count()} themes and "
                    f"{Commitment.objects.filter(theme__cycle=new).count()} commitments carried forward.",
                )
                return redirect(reverse("board", args=[board.slug]) + f"?cycle={new.label}")
        status = 400
    else:
        form = RolloverForm(
            cycle=cycle,
            initial={
                **suggest_next(cycle),
                "themes": list(cycle.themes.all()),
                "carry": list(default_carry(cycle)),
            },
        )
        status = 200
    fb = list(Feedback.objects.filter(cycle=cycle).select_related("theme", "person")[:50])
    return render(
        request,
        "web/rollover.html",
        {"board": board, "cycle": cycle, "form": form, "feedback": fb},
        status=status,
    )


def permission_denied(request, exception=None):
    return render(request, "403.html", {"message": str(exception or "")}, status=403)
