"""Draft paper pages: save a composed paper as a draft, read it, edit one block at a time,
recompose (and see what changed), sign it off, and confirm publishing or withdrawing it.

The workflows are papers/drafts.py's; who may do what is the policy's (boards/permissions.py).
Every form works without JavaScript.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from boardwork.boards import permissions
from boardwork.boards.models import AgendaItem, Change, Cycle, Meeting, StaleEdit
from boardwork.papers import drafts, revise
from boardwork.papers.document import Block, Table
from boardwork.papers.models import Approval, StoredPaper

from . import pagecache, records
from .access import get_board
from .forms import GovukMixin, label_choices, model_choices


class DraftForm(GovukMixin, forms.Form):
    """What to compose and where the paper goes (a meeting, an agenda item)."""

    kind = forms.ChoiceField(
        choices=[(k.value, k.label) for k in drafts.COMPOSABLE], widget=forms.HiddenInput
    )
    cycle = forms.ModelChoiceField(
        queryset=Cycle.objects.none(), to_field_name="uid", widget=forms.HiddenInput
    )
    quarter = forms.TypedChoiceField(
        choices=[("", "")] + [(str(q), str(q)) for q in (1, 2, 3, 4)],
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.HiddenInput,
    )
    meeting = forms.ModelChoiceField(
        label="Meeting (optional)", queryset=Meeting.objects.none(), to_field_name="uid", required=False
    )
    agenda_item = forms.ModelChoiceField(
        label="Agenda item (optional)",
        queryset=AgendaItem.objects.none(),
        to_field_name="uid",
        required=False,
    )

    def __init__(self, *args, board, **kwargs):
        super().__init__(*args, **kwargs)
        model_choices(self, "cycle").queryset = Cycle.objects.filter(board=board)
        meetings = Meeting.objects.filter(board=board).order_by("-date")
        meeting = model_choices(self, "meeting")
        meeting.queryset = meetings
        label_choices(meeting, lambda m: f"{m.date:%-d %B %Y}" + (f", {m.title}" if m.title else ""))
        agenda_item = model_choices(self, "agenda_item")
        agenda_item.queryset = AgendaItem.objects.filter(meeting__board=board).select_related("meeting")
        label_choices(agenda_item, lambda i: f"{i.meeting.date:%-d %B %Y}, item {i.number}: {i.title}")
        self.govukify()


def draft_form(board, cleaned: dict, quarter) -> DraftForm:
    """The compose preview's "Save as draft" form, for what was just previewed."""
    return DraftForm(
        initial={"kind": cleaned["kind"], "cycle": cleaned["cycle"].uid, "quarter": quarter}, board=board
    )


class BlockForm(GovukMixin, forms.Form):
    text = forms.CharField(
        label="Text", widget=forms.Textarea(attrs={"rows": 6}), max_length=drafts.MAX_BLOCK_TEXT
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1, max_value=1_000_000)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.govukify()


class SignoffForm(GovukMixin, forms.Form):
    decision = forms.ChoiceField(choices=Approval.Decision.choices)
    comment = forms.CharField(
        label="Comment",
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=2000,
        help_text="Needed when you return the paper: say what should change.",
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1, max_value=1_000_000)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.govukify()


def _draft(board, uid, *, reading: bool = False) -> StoredPaper:
    """The board's draft paper `uid`. `reading`: for a page that shows the latest version's
    blocks (from the version), not the paper's own copy of its structure, which is left unread."""
    qs = StoredPaper.objects.select_related("cycle", "meeting", "author")
    if reading:
        qs = qs.defer("structure")
    p = get_object_or_404(qs, uid=uid, board=board)
    if not p.is_draft_paper:
        raise Http404("This paper is not a draft composed in Boardwork")
    p.board = board  # the sign-off chain and the reader's roles are the board's: no query for it
    return p


def _draft_url(p: StoredPaper, anchor: str = "") -> str:
    return reverse("draft", args=[p.board.slug, p.uid]) + anchor


# -- views -----------------------------------------------------------------------------------------


@login_required
@require_POST
def draft_save(request, slug):
    board = get_board(request, slug, need=permissions.can_edit_draft)
    form = DraftForm(request.POST, board=board)
    if not form.is_valid():
        messages.error(
            request,
            "The paper could not be saved: "
            + "; ".join(f"{k}: {', '.join(map(str, v))}" for k, v in form.errors.items()),
        )
        return redirect(reverse("compose", args=[slug]))
    d = form.cleaned_data
    try:
        p = drafts.save_draft(
            board,
            d["kind"],
            d["cycle"],
            request.user,
            quarter=d["quarter"],
            meeting=d["meeting"],
            agenda_item=d["agenda_item"],
        )
    except drafts.DraftError as e:
        messages.error(request, str(e))
        return redirect(reverse("compose", args=[slug]))
    messages.success(
        request, "Saved as a draft (version 1). Edit its paragraphs here, then send it for sign-off."
    )
    return redirect(_draft_url(p))


def _table_rows(block: Block) -> list[list[str]]:
    """A table's rows, its header first; none for any other block."""
    if not isinstance(block, Table):
        return []
    return ([block.header] if block.header else []) + list(block.rows)


def _blocks(p: StoredPaper):
    """The latest version's blocks, each with its key and whether it holds an officer's edit."""
    v = drafts.latest(p, for_reading=True)
    doc = v.document()
    return v, [
        {
            "key": k,
            "block": b,
            "edited": k in v.edits,
            "editable": revise.is_editable(b),
            "rows": _table_rows(b),
        }
        for k, b in zip(v.keys, doc.blocks, strict=True)
    ]


@login_required
@require_GET
def draft(request, slug, uid):
    board = get_board(request, slug)

    def context():
        p = _draft(board, uid, reading=True)
        version, blocks = _blocks(p)
        state = drafts.signoff(p)
        may_act = drafts.may_act(p, request.user, state)
        return {
            "paper": p,
            "version": version,
            "blocks": blocks,
            "signoff": state,
            "may_act": may_act,
            "signoff_form": SignoffForm(initial={"version": p.version}) if may_act else None,
            # Listed by number, reason, author and date: each one's documents (the paper as shown
            # and as composed) are not read, however many versions there are.
            "versions": list(
                p.versions.select_related("user")
                .defer("structure", "composed", "keys", "edits")
                .order_by("-number")
            ),
            "history": records.history_rows(Change.history(p)[:30]),
            "blocker": p.publish_blocker(),
            "role_labels": drafts.ROLE_LABELS,
        }

    # Whether the reader may approve depends on who they are (their roles and authorship), so
    # the page is kept per user; it is rebuilt only when the records change (web/pagecache.py).
    return pagecache.render_shared(request, "web/draft.html", context, board=board, per_user=True)


@login_required
@require_http_methods(["GET", "POST"])
def draft_block(request, slug, uid, key):
    board = get_board(request, slug, need=permissions.can_edit_draft)
    p = _draft(board, uid)
    version, blocks = _blocks(p)
    item = next((b for b in blocks if b["key"] == key), None)
    if item is None:
        raise Http404("No such block in the latest version")
    status = 200
    if request.method == "POST":
        form = BlockForm(request.POST)
        if form.is_valid():
            try:
                drafts.edit_block(
                    p, key, form.cleaned_data["text"], request.user, form.cleaned_data["version"]
                )
            except StaleEdit as e:
                form.add_error(None, str(e))
                status = 409
            except drafts.DraftError as e:
                form.add_error("text", str(e))
                status = 400
            else:
                messages.success(request, "Paragraph saved as a new version; its sources are kept.")
                return redirect(_draft_url(p, f"#b-{key}"))
        else:
            status = 400
    else:
        form = BlockForm(initial={"text": getattr(item["block"], "text", ""), "version": p.version})
    return render(
        request,
        "web/draft_block.html",
        {"board": board, "paper": p, "item": item, "form": form, "version": version},
        status=status,
    )


def _version_form(request) -> int | None:
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        return None
    return version if 1 <= version <= 1_000_000 else None


@login_required
@require_POST
def draft_recompose(request, slug, uid):
    board = get_board(request, slug, need=permissions.can_edit_draft)
    p = _draft(board, uid)
    base = _version_form(request)
    if base is None:
        messages.error(request, "The form was incomplete: nothing was recomposed.")
        return redirect(_draft_url(p))
    try:
        v = drafts.recompose(p, request.user, base)
    except (StaleEdit, drafts.DraftError) as e:
        messages.error(request, str(e))
        return redirect(_draft_url(p))
    messages.success(request, f"Recomposed from the records as version {v.number}; your edits are kept.")
    return redirect(reverse("draft_version", args=[slug, p.uid, v.number]))


@login_required
@require_GET
def draft_version(request, slug, uid, number):
    board = get_board(request, slug)
    p = _draft(board, uid)
    v = get_object_or_404(p.versions.select_related("user"), number=number)
    against = request.GET.get("against")
    try:
        against = int(against) if against else None
        if against is not None and not p.versions.filter(number=against).exists():
            raise ValueError
    except ValueError:
        raise Http404("No such version to compare with") from None
    changes = drafts.version_diff(p, v.number, against)
    counts = {s: sum(1 for c in changes if c.status == s) for s in ("added", "removed", "changed", "same")}
    return render(
        request,
        "web/draft_version.html",
        {
            "board": board,
            "paper": p,
            "v": v,
            "against": against or (v.number - 1 if v.number > 1 else None),
            "changes": [c for c in changes if c.status != "same"]
            if request.GET.get("all") != "1"
            else changes,
            "show_all": request.GET.get("all") == "1",
            "counts": counts,
            "versions": p.versions.order_by("-number").values_list("number", flat=True),
        },
    )


@login_required
@require_POST
def draft_signoff(request, slug, uid):
    board = get_board(request, slug, need=permissions.can_approve)
    p = _draft(board, uid)
    form = SignoffForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose approve or return.")
        return redirect(_draft_url(p, "#signoff"))
    d = form.cleaned_data
    try:
        drafts.decide(p, request.user, d["decision"], d["comment"], d["version"])
    except drafts.NotAllowed as e:
        raise PermissionDenied(str(e)) from None
    except (StaleEdit, drafts.DraftError) as e:
        messages.error(request, str(e))
        return redirect(_draft_url(p, "#signoff"))
    p.refresh_from_db()
    if d["decision"] == Approval.Decision.RETURNED:
        messages.success(request, "Returned to its author with your comment; sign-off starts again.")
    elif p.status == StoredPaper.Status.SIGNED_OFF:
        messages.success(request, "Approved: the paper is signed off and can be published.")
    else:
        messages.success(request, "Approved: the next step of sign-off can now approve it.")
    return redirect(_draft_url(p, "#signoff"))


@login_required
@require_GET
def publish_confirm(request, slug, uid):
    """Ask before publishing or withdrawing any paper of the board (the POST goes to
    paper_publish)."""
    board = get_board(request, slug, need=permissions.can_publish)
    p = get_object_or_404(StoredPaper, uid=uid, board=board)
    publish = not p.published
    return render(
        request,
        "web/publish_confirm.html",
        {"board": board, "paper": p, "publish": publish, "blocker": p.publish_blocker() if publish else None},
    )
