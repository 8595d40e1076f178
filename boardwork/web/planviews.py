"""The plan of a cycle: themes (create, rename, reorder, merge, retire, lineage, the meeting that
agreed them), commitments added under them, one screen per quarter for every commitment's RAG
rating, and drafting next year's plan (members' feedback beside it, slipped work carried forward).

Every view starts with the access check (web/access.py); the writes are plans/services.py
functions, which keep the history."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from boardwork.boards import permissions
from boardwork.boards.models import Change, StaleEdit
from boardwork.plans import services
from boardwork.plans.models import Commitment, Feedback, Review, Theme

from . import pagecache
from .access import get_board
from .cycleforms import QUARTER_RAGS, CycleForm, NewCommitmentForm, QuarterRowForm, ThemeForm, ThemeMergeForm
from .formpage import form_page
from .records import with_latest_rag


def _cycle(request, board, source=None):
    """The cycle ?cycle=<label> names (in GET or `source`), else the board's current one."""
    label = (source or request.GET).get("cycle") or request.GET.get("cycle")
    cycles = list(board.cycles.all())
    chosen = next((c for c in cycles if c.label == label), None) if label else None
    chosen = chosen or board.current_cycle(cycles=cycles)
    if chosen is None:
        raise Http404("This board has no cycles yet")
    return chosen, cycles


def plan_url(board, cycle, name="plan", *args) -> str:
    return reverse(name, args=[board.slug, *args]) + "?" + urlencode({"cycle": cycle.label})


def _theme(board, uid):
    return get_object_or_404(
        Theme.objects.select_related("cycle", "continues__cycle"), uid=uid, cycle__board=board
    )


# -- the plan -------------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def cycle_add(request, slug):
    """Start a cycle from scratch (rolling over from the last one is the rollover page)."""
    board = get_board(request, slug, edit=True)
    form = CycleForm(request.POST or None, board=board)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            cycle = form.save()
            Change.record(cycle, user=request.user, action="created")
        messages.success(request, f"Cycle {cycle.label} started. Add its themes.")
        return redirect(plan_url(board, cycle))
    return form_page(request, "web/cycle_form.html", {"board": board, "form": form})


@login_required
@require_GET
def plan(request, slug):
    board = get_board(request, slug)

    def context():
        # Asked only when the page is built (a cached page needs no query about the records).
        if not board.cycles.exists():
            return {"cycle": None, "cycles": [], "themes": []}
        cycle, cycles = _cycle(request, board)
        shown = permissions.filter_records(Commitment.objects.exclude(review=Review.REJECTED), request.role)
        commitments = with_latest_rag(shown).select_related(
            "owner", "lead_officer", "carried_from__theme__cycle"
        )
        themes = list(
            Theme.objects.filter(cycle=cycle)
            .select_related("continues__cycle", "agreed_at")
            .prefetch_related(Prefetch("commitments", queryset=commitments.order_by("order", "id")))
            .order_by("order", "id")
        )
        return {"cycle": cycle, "cycles": cycles, "themes": themes, "quarters": (1, 2, 3, 4)}

    # The plan depends on the role, the query (which cycle) and the records only: shared while
    # they are unchanged (web/pagecache.py), as the board's other reading pages are.
    return pagecache.render_shared(request, "web/plan.html", context, board=board)


@login_required
@require_http_methods(["GET", "POST"])
def theme_add(request, slug):
    board = get_board(request, slug, edit=True)
    cycle, _ = _cycle(request, board, request.POST)
    form = ThemeForm(request.POST or None, cycle=cycle)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            t = services.create_theme(
                cycle,
                title=d["title"],
                description=d["description"],
                continues=d["continues"],
                agreed_at=d["agreed_at"],
                user=request.user,
            )
        except ValidationError as e:
            form.add_error(None, "; ".join(e.messages))
        else:
            messages.success(request, f"Theme “{t.title}” added to {cycle.label}.")
            return redirect(plan_url(board, cycle) + f"#theme-{t.uid}")
    return form_page(
        request, "web/theme_form.html", {"board": board, "cycle": cycle, "form": form, "theme": None}
    )


@login_required
@require_http_methods(["GET", "POST"])
def theme_edit(request, slug, uid):
    board = get_board(request, slug, edit=True)
    t = _theme(board, uid)
    fields = ThemeForm.Meta.fields
    before = t.snapshot(fields)
    if request.method == "POST":
        form = ThemeForm(request.POST, instance=t, cycle=t.cycle)
        if form.is_valid():
            if not form.cleaned_data.get("version"):
                form.add_error(None, "This form is missing its version: reload the page and try again.")
            else:
                try:
                    form.instance.save_edit(
                        user=request.user, base_version=form.cleaned_data["version"], before=before
                    )
                except StaleEdit as e:
                    form.add_error(None, str(e))
                    ctx = {"board": board, "cycle": t.cycle, "form": form, "theme": t}
                    return render(request, "web/theme_form.html", ctx, status=409)
                messages.success(request, "Theme saved.")
                return redirect(plan_url(board, t.cycle) + f"#theme-{t.uid}")
        ctx = {"board": board, "cycle": t.cycle, "form": form, "theme": t}
        return render(request, "web/theme_form.html", ctx, status=400)
    form = ThemeForm(instance=t, cycle=t.cycle, initial={"version": t.version})
    return render(
        request, "web/theme_form.html", {"board": board, "cycle": t.cycle, "form": form, "theme": t}
    )


@login_required
@require_POST
def theme_move(request, slug, uid):
    board = get_board(request, slug, edit=True)
    t = _theme(board, uid)
    step = -1 if request.POST.get("direction") == "up" else 1
    services.move_theme(t, step, user=request.user)
    return redirect(plan_url(board, t.cycle) + f"#theme-{t.uid}")


@login_required
@require_POST
def theme_retire(request, slug, uid):
    board = get_board(request, slug, edit=True)
    t = _theme(board, uid)
    undo = request.POST.get("undo") == "1"
    services.retire_theme(t, user=request.user, undo=undo)
    messages.success(request, f"“{t.title}” {'brought back' if undo else 'retired'}.")
    return redirect(plan_url(board, t.cycle) + f"#theme-{t.uid}")


@login_required
@require_http_methods(["GET", "POST"])
def theme_merge(request, slug, uid):
    board = get_board(request, slug, edit=True)
    t = _theme(board, uid)
    form = ThemeMergeForm(request.POST or None, theme=t)
    if request.method == "POST" and form.is_valid():
        target = form.cleaned_data["into"]
        title = t.title
        try:
            services.merge_themes(t, target, user=request.user)
        except ValidationError as e:
            form.add_error(None, "; ".join(e.messages))
        else:
            messages.success(request, f"“{title}” merged into “{target.title}”.")
            return redirect(plan_url(board, target.cycle) + f"#theme-{target.uid}")
    counts = {
        "commitments": t.commitments.count(),
        "activities": t.activities.count(),
        "feedback": t.feedback.count(),
    }
    return form_page(
        request,
        "web/theme_merge.html",
        {"board": board, "cycle": t.cycle, "theme": t, "form": form, "counts": counts},
    )


@login_required
@require_http_methods(["GET", "POST"])
def commitment_add(request, slug, uid):
    board = get_board(request, slug, edit=True)
    t = _theme(board, uid)
    form = NewCommitmentForm(request.POST or None, theme=t)
    if request.method == "POST" and form.is_valid():
        try:
            c = services.create_commitment(t, user=request.user, **form.cleaned_data)
        except ValidationError as e:
            form.add_error(None, "; ".join(e.messages))
        else:
            messages.success(request, "Commitment added.")
            if request.POST.get("another"):
                return redirect(reverse("commitment_add", args=[board.slug, t.uid]))
            return redirect(c.get_absolute_url())
    return form_page(
        request, "web/commitment_add.html", {"board": board, "theme": t, "cycle": t.cycle, "form": form}
    )


# -- one quarter's updates on one screen --------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def quarter(request, slug, quarter):
    """Every commitment of the cycle on one screen: its rating and commentary for the quarter,
    with last quarter's beside it; one Save. Ratings go through services.record_update, the
    rule for saving any update (one per commitment per quarter)."""
    board = get_board(request, slug, edit=request.method == "POST")
    if quarter not in (1, 2, 3, 4):
        raise Http404("There are four quarters")
    if request.method == "GET":
        # The unsaved grid depends on the role, the query (which cycle) and the records only:
        # shared until they change (web/pagecache.py; the CSRF token is filled in per request).
        return pagecache.render_shared(
            request, "web/quarter.html", lambda: _quarter_context(request, board, quarter)[0], board=board
        )
    ctx, rows = _quarter_context(request, board, quarter, request.POST)
    if all(r["form"].is_valid() for r in rows):
        entries = [{"commitment": r["commitment"], **r["form"].cleaned_data} for r in rows]
        n = services.save_quarter(ctx["cycle"], quarter, entries, user=request.user)
        messages.success(request, f"Q{quarter} saved: {n} update{'s' if n != 1 else ''} recorded.")
        return redirect(plan_url(board, ctx["cycle"], "quarter", quarter))
    ctx["row_errors"] = [(r, e) for r in rows for e in r["form"].errors.get("rag", [])]
    return render(request, "web/quarter.html", {"board": board, **ctx}, status=400)


def _quarter_context(request, board, quarter, data=None) -> tuple[dict, list]:
    """The grid's context (and its rows, each with its form bound to `data` when given)."""
    cycle, cycles = _cycle(request, board, data)
    rows = [
        r
        for r in services.quarter_rows(cycle, quarter)
        if permissions.can_view_record(request.role, r["commitment"].review)
    ]
    for i, row in enumerate(rows):
        u = row["update"]
        initial = {"rag": u.rag, "commentary": u.commentary} if u else {}
        row["form"] = QuarterRowForm(data, prefix=f"c{row['commitment'].uid}", initial=initial)
        row["index"] = i
    ctx = {
        "cycle": cycle,
        "cycles": cycles,
        "quarter": quarter,
        "quarters": (1, 2, 3, 4),
        "rows": rows,
        "row_errors": [],
        "rags": QUARTER_RAGS,
        "current_quarter": cycle.quarter_of(dt.date.today()),
    }
    return ctx, rows


# -- drafting next year's plan -----------------------------------------------------------------------


@login_required
@require_GET
def draft(request, slug):
    """The draft plan of a cycle beside the members' feedback on it (and on the year before), each
    piece with the commitments that answer it, and the unfinished work of the year before that
    could be carried forward."""
    board = get_board(request, slug, edit=True)

    def context():
        cycle, cycles = _cycle(request, board)
        previous = cycle.previous()
        # Editors only (above): they read all the feedback, so the page depends on the role alone.
        feedback = list(
            permissions.filter_feedback(
                Feedback.objects.filter(cycle__in=[c for c in (cycle, previous) if c]),
                request.role,
                request.user,
            )
            .select_related("cycle", "theme", "person", "author")
            .prefetch_related("answered_by")
            .order_by("-cycle__start", "-created")
        )
        commitments = list(
            Commitment.objects.filter(theme__cycle=cycle)
            .exclude(review=Review.REJECTED)
            .select_related("theme", "carried_from")
            .annotate(n_answers=Count("answers_feedback"))
            .order_by("theme__order", "order", "id")
        )
        candidates = services.carry_forward_candidates(cycle)
        successors = {t.continues_id: t for t in Theme.objects.filter(cycle=cycle, continues__isnull=False)}
        themes = list(Theme.objects.filter(cycle=cycle, retired_on__isnull=True).order_by("order"))
        carry = [{"c": c, "into": successors.get(c.theme_id)} for c in candidates]
        _answer_options(feedback, commitments)
        return {
            "cycle": cycle,
            "cycles": cycles,
            "previous": previous,
            "feedback": feedback,
            "commitments": commitments,
            "carry": carry,
            "themes": themes,
        }

    return pagecache.render_shared(request, "web/plan_draft.html", context, board=board)


@login_required
@require_POST
def feedback_answer(request, slug, uid):
    board = get_board(request, slug, edit=True)
    fb = get_object_or_404(Feedback.objects.select_related("cycle"), uid=uid, cycle__board=board)
    uids = request.POST.getlist("commitments")
    chosen = list(
        Commitment.objects.filter(
            uid__in=[u for u in uids if u][:50], theme__cycle__board=board
        ).select_related("theme__cycle")
    )
    services.answer_feedback(fb, chosen, user=request.user)
    messages.success(request, "Answer saved." if chosen else "Feedback marked as not yet answered.")
    cycle, _ = _cycle(request, board, request.POST)
    return redirect(plan_url(board, cycle, "plan_draft") + f"#feedback-{fb.uid}")


@login_required
@require_POST
def carry_forward(request, slug, uid):
    board = get_board(request, slug, edit=True)
    c = get_object_or_404(
        Commitment.objects.select_related("theme__cycle"), uid=uid, theme__cycle__board=board
    )
    cycle, _ = _cycle(request, board, request.POST)
    theme_uid = request.POST.get("theme")
    theme = Theme.objects.filter(cycle=cycle, uid=theme_uid).first() if theme_uid else None
    if theme is None:
        messages.error(request, "Choose the theme of the new plan to carry this work into.")
        return redirect(plan_url(board, cycle, "plan_draft") + "#carry")
    reason = request.POST.get("reason", "").strip()[:5000] or c.delay_reason
    try:
        services.carry_forward(c, theme, reason=reason, user=request.user)
    except ValidationError as e:
        messages.error(request, "; ".join(e.messages))
    else:
        messages.success(request, f"Carried forward into “{theme.title}”.")
    return redirect(plan_url(board, cycle, "plan_draft") + "#carry")


def _answer_options(feedback: list, commitments: list) -> None:
    """Each piece of feedback's <option>s of the commitments that may answer it, as
    `answer_options`: every commitment for every piece, so each option is written (and escaped)
    once and only chosen per piece, not rendered by the template feedback × commitments times."""
    options = []
    for c in commitments:
        label = f"{c.theme.title}: {Truncator(c.title).words(12, truncate=' …')}"
        options.append(
            (
                c.pk,
                format_html('<option value="{}">{}</option>', c.uid, label),
                format_html('<option value="{}" selected>{}</option>', c.uid, label),
            )
        )
    for f in feedback:
        answered = {c.pk for c in f.answered_by.all()}
        f.answer_options = mark_safe("".join(sel if pk in answered else plain for pk, plain, sel in options))  # noqa: S308 (escaped above)
