"""Record hygiene: withdrawing and reinstating activities, merging duplicate activities, people and
policies (organisations: views.organisation_merge), the board-wide change log, and the board's
sign-off chain.

Every view starts with the access check (web/access.py); writes go through the services
(activities/services.py, boards/services.py), which keep the history in the same transaction."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from boardwork.activities import merging
from boardwork.activities import services as activity_services
from boardwork.activities.models import Activity, Policy
from boardwork.boards import permissions
from boardwork.boards import services as board_services
from boardwork.boards.models import (
    Membership,
    Person,
    StaleEdit,
)
from boardwork.papers import drafts

from . import pagecache, records
from .access import get_board, refuse, require_merge
from .forms import GovukMixin, PlainSelect, choices_of

# -- withdrawing and reinstating ------------------------------------------------------------------


def _any_activity(board, uid) -> Activity:
    return get_object_or_404(Activity.all_objects.select_related("cycle"), uid=uid, board=board)


class WithdrawForm(GovukMixin, forms.Form):
    reason = forms.CharField(
        label="Why withdraw it",
        max_length=300,
        required=False,
        help_text="For example: entered twice, or not the board's work.",
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.govukify()


@login_required
@require_POST
def activity_withdraw(request, slug, uid):
    board = get_board(request, slug, edit=True)
    a = _any_activity(board, uid)
    form = WithdrawForm(request.POST)
    if not form.is_valid():
        messages.error(request, "The activity was not withdrawn: reload the page and try again.")
        return redirect(a.get_absolute_url())
    try:
        activity_services.withdraw_activity(
            a,
            reason=form.cleaned_data["reason"],
            user=request.user,
            base_version=form.cleaned_data["version"],
        )
    except (StaleEdit, ValidationError) as e:
        messages.error(request, "; ".join(getattr(e, "messages", [str(e)])))
    else:
        messages.success(request, "Activity withdrawn: it no longer counts or appears in papers and exports.")
    return redirect(a.get_absolute_url())


@login_required
@require_POST
def activity_reinstate(request, slug, uid):
    board = get_board(request, slug, edit=True)
    a = _any_activity(board, uid)
    try:
        activity_services.reinstate_activity(a, user=request.user)
    except ValidationError as e:
        messages.error(request, "; ".join(e.messages))
    else:
        messages.success(request, "Activity reinstated.")
    return redirect(a.get_absolute_url())


@login_required
@require_GET
def withdrawn(request, slug):
    board = get_board(request, slug, edit=True)

    def context():
        qs = (
            Activity.all_objects.withdrawn()
            .filter(board=board)
            .select_related("cycle")
            .order_by("-withdrawn_on", "-id")
        )
        page = records.paginate(request, qs, per_page=50)
        return {"page": page, "page_links": records.page_links(page)}

    return pagecache.render_shared(request, "web/withdrawn.html", context, board=board)


# -- merging duplicates ---------------------------------------------------------------------------


class ActivityMergeForm(GovukMixin, forms.Form):
    keep = forms.ChoiceField(
        label="Merge into",
        help_text="The activity to keep. Likely duplicates (same year, date within a month) are listed.",
        widget=PlainSelect,
    )

    def __init__(self, *args, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        choices_of(self, "keep").choices = [("", "Choose the activity to keep")] + [
            (str(c.uid), f"{c.date_display or 'Undated'}: {(c.title or c.text)[:100]}") for c in candidates
        ]
        self.govukify()


def _merge_candidates(a: Activity):
    qs = Activity.objects.filter(board=a.board_id, cycle=a.cycle_id).exclude(pk=a.pk)
    if a.date:
        qs = qs.filter(date__range=(a.date - dt.timedelta(days=31), a.date + dt.timedelta(days=31)))
    return list(qs.order_by("date", "id")[:100])


@login_required
@require_http_methods(["GET", "POST"])
def activity_merge(request, slug, uid):
    board = get_board(request, slug, edit=True)
    a = get_object_or_404(Activity.objects.select_related("cycle"), uid=uid, board=board)
    candidates = _merge_candidates(a)
    form = ActivityMergeForm(request.POST or None, candidates=candidates)
    if request.method == "POST" and form.is_valid():
        keep = next(c for c in candidates if str(c.uid) == form.cleaned_data["keep"])
        try:
            merging.merge_activities(a, keep, user=request.user)
        except ValidationError as e:
            form.add_error(None, "; ".join(e.messages))
        else:
            messages.success(request, "Activities merged: the duplicate's links are on the one kept.")
            return redirect(keep.get_absolute_url())
    status = 400 if request.method == "POST" else 200
    return render(request, "web/activity_merge.html", {"board": board, "a": a, "form": form}, status=status)


class PersonMergeForm(GovukMixin, forms.Form):
    keep = forms.ChoiceField(label="Merge into", help_text="The record to keep.", widget=PlainSelect)

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        choices_of(self, "keep").choices = [("", "Choose the person to keep")] + [
            (str(p.uid), p.display_name + (f" ({p.council})" if p.council else "")) for p in people
        ]
        self.govukify()


@login_required
@require_http_methods(["GET", "POST"])
def person_merge(request, slug, uid):
    """Merge a duplicate person into another. People are shared by every board: an officer of
    every board that uses both records, else an administrator (permissions.may_merge_shared)."""
    board = get_board(request, slug)
    p = get_object_or_404(Person, uid=uid)
    require_merge(request, p)
    people = list(Person.objects.exclude(pk=p.pk).filter(name__icontains=(p.name.split() or [""])[-1])[:100])
    form = PersonMergeForm(request.POST or None, people=people)
    if request.method == "POST" and form.is_valid():
        keep = next(x for x in people if str(x.uid) == form.cleaned_data["keep"])
        require_merge(request, p, keep)
        try:
            merging.merge_people(p, keep, user=request.user)
        except ValidationError as e:
            form.add_error(None, "; ".join(e.messages))
        else:
            messages.success(request, f"{p.display_name} merged into {keep.display_name}.")
            return redirect("person", board.slug, keep.uid)
    status = 400 if request.method == "POST" else 200
    return render(request, "web/person_merge.html", {"board": board, "p": p, "form": form}, status=status)


class PolicyMergeForm(GovukMixin, forms.Form):
    into = forms.CharField(label="Merge into", max_length=400, help_text="The title of the policy to keep.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.govukify()


@login_required
@require_http_methods(["GET", "POST"])
def policy_merge(request, uid):
    """Merge a duplicate policy into another (shared by every board: an officer of every board
    that uses both, else an administrator; permissions.may_merge_shared)."""
    pol = get_object_or_404(Policy, uid=uid)
    require_merge(request, pol)
    form = PolicyMergeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        keep = Policy.find(form.cleaned_data["into"])
        if keep is None:
            form.add_error("into", "There is no policy with that title")
        elif keep.pk == pol.pk:
            form.add_error("into", "Choose a different policy: one cannot be merged into itself")
        else:
            require_merge(request, pol, keep)
            title = pol.title
            merging.merge_policies(pol, keep, user=request.user)
            messages.success(request, f"{title} merged into {keep.title}. Its title is kept as an alias.")
            return redirect("home")
    status = 400 if request.method == "POST" else 200
    return render(request, "web/policy_merge.html", {"pol": pol, "form": form}, status=status)


# -- the board-wide change log ---------------------------------------------------------------------


# The changes the log can be narrowed to (the actions Boardwork writes to the history).
ACTIONS = [
    "created", "edit", "deleted", "accepted", "rejected", "withdrawn", "reinstated", "merged",
    "merged away", "retired", "restored", "reordered", "closed", "reopened", "attendance",
    "progress update", "answered", "imported", "loaded", "draft saved", "block edited", "recomposed",
    "approved", "returned", "published", "sign-off chain",
]  # fmt: skip


def record_names(changes) -> dict:
    """{object uid: what the record is called} for the changes on one page: one query per kind
    of record on the page (at most one per kind the log covers)."""
    by_type: dict = {}
    for ch in changes:
        by_type.setdefault(ch.content_type, set()).add(ch.object_uid)
    names = {}
    for ct, uids in by_type.items():
        model = ct.model_class()
        if model is None:
            continue
        for obj in model._base_manager.filter(uid__in=uids):
            names[obj.uid] = str(obj)
    return names


class ChangeFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label="Record",
        required=False,
        choices=[("", "Any record")] + [(k, k.capitalize()) for k in board_services.CHANGE_KINDS],
    )
    user = forms.ChoiceField(label="Who", required=False)
    action = forms.ChoiceField(
        label="Change", required=False, choices=[("", "Any change")] + [(a, a.capitalize()) for a in ACTIONS]
    )

    def __init__(self, *args, users, **kwargs):
        super().__init__(*args, **kwargs)
        choices_of(self, "user").choices = [("", "Anyone")] + [(u, u) for u in users]
        for f in self.fields.values():
            f.widget.attrs["class"] = "govuk-select" if isinstance(f.widget, forms.Select) else "govuk-input"


@login_required
@require_GET
def changes(request, slug):
    board = get_board(request, slug, need=permissions.can_view_changes)

    def context():
        users = list(
            get_user_model()
            .objects.filter(Q(person__memberships__board=board) | permissions.admins())
            .distinct()
            .order_by("username")
            .values_list("username", flat=True)[:200]
        )
        form = ChangeFilterForm(request.GET or None, users=users)
        d = form.cleaned_data if form.is_valid() else {}
        qs = board_services.board_changes(
            board, kind=d.get("kind", ""), user=d.get("user", ""), action=d.get("action", "")
        )
        page = records.paginate(request, qs, per_page=50, capped=True)
        names = record_names(page.object_list)
        rows = [
            (ch, fields, names.get(ch.object_uid)) for ch, fields in records.history_rows(page.object_list)
        ]
        return {"form": form, "page": page, "page_links": records.page_links(page), "rows": rows}

    # Every change raises the data version, so a shared copy is never older than the last change;
    # officers reading the log between changes share one rendering (web/pagecache.py).
    return pagecache.render_shared(request, "web/changes.html", context, board=board)


# -- the sign-off chain ------------------------------------------------------------------------------

ROLE_CHOICES = [("", "No further step")] + list(Membership.Role.choices)


class SignoffChainForm(GovukMixin, forms.Form):
    """Up to five steps, each a membership role; blank steps are left out."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for i in range(1, 6):
            self.fields[f"step{i}"] = forms.ChoiceField(
                label=f"Step {i}", choices=ROLE_CHOICES, required=False, widget=PlainSelect
            )
        self.govukify()

    def roles(self) -> list[str]:
        return [self.cleaned_data[f"step{i}"] for i in range(1, 6) if self.cleaned_data.get(f"step{i}")]


@login_required
@require_http_methods(["GET", "POST"])
def signoff_chain(request, slug):
    board = get_board(request, slug)
    editable = permissions.can_edit_signoff_chain(request.role)

    def form_for(chain, data=None):
        initial = {f"step{i}": r for i, r in enumerate(chain, start=1)}
        return SignoffChainForm(data, initial=initial) if editable else None

    if request.method == "GET":
        # The chain and its form depend on the role and the records only (web/pagecache.py).
        def context():
            chain = drafts.chain_for(board)
            labels = dict(Membership.Role.choices)
            return {"chain": [labels.get(r, r) for r in chain], "form": form_for(chain)}

        return pagecache.render_shared(request, "web/signoff_chain.html", context, board=board)
    if not editable:
        refuse(request, request.role, "Only the board's officers can change its sign-off chain.")
    chain = drafts.chain_for(board)
    form = form_for(chain, request.POST)
    if form.is_valid():
        try:
            board_services.set_signoff_chain(board, form.roles(), user=request.user)
        except ValidationError as e:
            form.add_error(None, "; ".join(e.messages))
        else:
            messages.success(request, "Sign-off chain saved.")
            return redirect("signoff_chain", board.slug)
    return render(
        request, "web/signoff_chain.html", {"board": board, "chain": chain, "form": form}, status=400
    )
