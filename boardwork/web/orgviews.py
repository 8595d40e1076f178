"""Organisations: the list, one organisation's engagement across the boards the user can see, and
merging one into another (admins)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, F
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from boardwork.activities.merging import merge_organisations, merged_into
from boardwork.activities.models import Activity, ActivityOrganisation, Appointment, Organisation, match_key
from boardwork.boards import permissions
from boardwork.boards.models import Change
from boardwork.plans.models import Review

from . import pagecache, records
from .access import require_any_board, require_merge, roles_of, sees_key
from .forms import MergeForm


@login_required
@require_GET
def organisations(request):
    boards, scope = _organisation_scope(request)
    return pagecache.render_shared(
        request, "web/organisations.html", lambda: _organisations_context(request, boards), scope=scope
    )


def _organisation_scope(request):
    """(ids of the boards the user can see, the page-cache scope of pages about organisations):
    what such a page counts and offers depends only on the user's role on each board."""
    ids = require_any_board(request)
    return ids, "organisations:" + sees_key(request)


def _organisations_context(request, boards):
    q = request.GET.get("q", "")[:200].strip()
    qs = Organisation.objects.all()
    if q:
        qs = qs.filter(match_keys__contains=match_key(q))
    # Alphabetical, with engagement counted for the page shown only: counting every
    # organisation's activities to sort by them costs seconds with 100,000 activities.
    page = records.paginate(request, qs.order_by("name"), per_page=50)
    counts = dict(
        ActivityOrganisation.objects.filter(
            organisation__in=[o.pk for o in page.object_list],
            activity__board__in=boards,
            activity__review=Review.ACCEPTED,
        )
        .order_by()
        .values_list("organisation")
        .annotate(n=Count("activity", distinct=True))
    )
    for o in page.object_list:
        o.n = counts.get(o.pk, 0)
    return {"page": page, "page_links": records.page_links(page), "q": q}


def _organisation_context(request, boards, org, merge_form=None):
    """An organisation's engagement history across the boards the user can see (also the
    page a refused merge is shown on, with its errors)."""
    acts = (
        Activity.objects.accepted()
        .filter(board__in=boards, organisation_links__organisation=org)
        .distinct()
        .select_related("board")
        .order_by(F("date").desc(nulls_last=True), "-id")
    )
    page = records.paginate(request, acts, per_page=25)
    # Only the people who maintain shared records can merge them: nobody else pays for the look-up.
    roles = None if permissions.is_admin(request.user) else roles_of(request)
    editor = permissions.can_edit_shared(request.user, roles=roles)
    may_merge = editor and permissions.may_merge_shared(request.user, org, roles=roles)
    by_year = list(
        Activity.objects.accepted()
        .filter(board__in=boards, organisation_links__organisation=org, date__isnull=False)
        .order_by()
        .values(year=ExtractYear("date"))
        .annotate(n=Count("id", distinct=True))
        .order_by("year")
    )
    return {
        "org": org,
        "page": page,
        "page_links": records.page_links(page),
        "by_year": by_year,
        "merge_form": merge_form or (MergeForm() if may_merge else None),
        # An officer who may not merge this one is told who can (the page is kept per role on
        # each board, sees_key, which is all the rule depends on besides the records).
        "merge_refused": permissions.MERGE_REFUSED if editor and not may_merge else "",
        "history": records.history_rows(Change.history(org)[:50]),
        # Who represents the board(s) on this body, newest first.
        "appointments": list(
            Appointment.objects.filter(organisation=org, board__in=boards)
            .select_related("person", "board")
            .order_by(F("start").desc(nulls_last=True), "id")
        ),
    }


@login_required
@require_GET
def organisation(request, uid):
    boards, scope = _organisation_scope(request)
    try:
        return pagecache.render_shared(
            request,
            "web/organisation.html",
            lambda: _organisation_context(request, boards, get_object_or_404(Organisation, uid=uid)),
            scope=scope,
        )
    except Http404:
        merged = merged_into(Organisation, uid)  # merged into another: its old address leads there
        if merged is None:
            raise
        return redirect(merged.get_absolute_url())


@login_required
@require_POST
def organisation_merge(request, uid):
    org = get_object_or_404(Organisation, uid=uid)
    require_merge(request, org)
    form = MergeForm(request.POST)
    if form.is_valid():
        target = (
            Organisation.find(form.cleaned_data["into"])
            or Organisation.objects.filter(name__iexact=form.cleaned_data["into"].strip()).first()
        )
        if target is None:
            form.add_error("into", "There is no organisation with that name")
        elif target.pk == org.pk:
            form.add_error("into", "Choose a different organisation: one cannot be merged into itself")
        else:
            require_merge(request, org, target)
            name = org.name
            merge_organisations(org, target, user=request.user)
            messages.success(request, f"{name} merged into {target.name}. Its name is kept as an alias.")
            return redirect(target.get_absolute_url())
    boards, _ = _organisation_scope(request)
    return render(
        request, "web/organisation.html", _organisation_context(request, boards, org, form), status=400
    )
