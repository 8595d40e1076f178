"""Papers from draft to published: the multi-model workflows (issue #11, B4).

A composed paper is saved as a *draft* paper of the board (`StoredPaper.status`), with *versions*
(`PaperVersion`: one for the save, each block edit and each recompose; older ones kept). An
officer edits one block's text at a time; the edit is kept in `StoredPaper.edits` by the block's stable
key (`revise.block_keys`) and laid over every later recompose, so recomposing after the records
change keeps it. Every change is recorded in the history (`Change`) in the same transaction, and a
change based on an older version of the paper is refused (`StaleEdit`).

Sign-off: the board's chain (`SignoffChain`, or `default_chain`) names the membership roles that
must approve, in order; each approver approves or returns the paper with a comment (`Approval`,
the trail). An edit or recompose after an approval, and a return, start the chain again (a new
round). When the last step approves the paper is signed off; only then can it be published
(`StoredPaper.publish_blocker`). Who may act at which step is the policy's (`permissions`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction

from boardwork.boards import permissions
from boardwork.boards.models import AgendaItem, Board, Change, Cycle, Meeting, Membership, StaleEdit

from . import revise
from .document import Paper as PaperDocument
from .document import clean
from .models import Approval, NotSignedOff, PaperVersion, SignoffChain, StoredPaper

# Compose's report names by paper kind (services.compose_report takes either spelling).
COMPOSABLE = (StoredPaper.Kind.END_OF_YEAR, StoredPaper.Kind.WORK_PLAN, StoredPaper.Kind.PERFORMANCE)
MAX_BLOCK_TEXT = 5000


class DraftError(ValueError):
    """A draft action that cannot be done (the message says why, for the person who tried)."""


class NotAllowed(DraftError):
    """The caller may see the paper but not act at this sign-off step."""


# -- the sign-off chain --------------------------------------------------------------------------


def default_chain(board: Board) -> list[str]:
    """The chain a board uses until one is configured: an officer (not the author), then the chair
    when the board has a current chair; just the officer step when it has none."""
    has_chair = Membership.objects.current().filter(board=board, role=Membership.Role.CHAIR).exists()
    return [Membership.Role.OFFICER, Membership.Role.CHAIR] if has_chair else [Membership.Role.OFFICER]


def chain_for(board: Board) -> list[str]:
    """The roles that must approve `board`'s papers, in order."""
    configured = SignoffChain.objects.filter(board=board).first()
    return list(configured.roles) if configured and configured.roles else default_chain(board)


ROLE_LABELS = dict(Membership.Role.choices)


@dataclass
class Step:
    index: int
    role: str
    label: str
    approval: Approval | None = None


@dataclass
class Signoff:
    """Where a paper stands in its sign-off chain (this round)."""

    steps: list[Step]
    trail: list[Approval] = field(default_factory=list)  # every round, oldest first

    @property
    def next_step(self) -> Step | None:
        return next((s for s in self.steps if s.approval is None), None)

    @property
    def signed_off(self) -> bool:
        return self.next_step is None


def signoff(paper: StoredPaper) -> Signoff:
    """The chain, this round's approvals and the whole trail of `paper`."""
    trail = list(paper.approvals.select_related("user").order_by("at", "id"))
    steps = [Step(i, role, ROLE_LABELS.get(role, role)) for i, role in enumerate(chain_for(paper.board))]
    for a in trail:
        if (
            a.round == paper.signoff_round
            and a.decision == Approval.Decision.APPROVED
            and a.step < len(steps)
        ):
            steps[a.step].approval = a
    return Signoff(steps, trail)


def may_act(paper: StoredPaper, user, state: Signoff | None = None) -> bool:
    """May `user` approve or return `paper` at its next step (the policy decides)."""
    state = state or signoff(paper)
    step = state.next_step
    if step is None or paper.status != StoredPaper.Status.DRAFT:
        return False
    roles = permissions.membership_roles(user, paper.board)
    return permissions.can_approve_step(user, roles, step.role, paper.author_id)


# -- saving, editing, recomposing ----------------------------------------------------------------


def _compose(board, kind, cycle, quarter) -> PaperDocument:
    from .services import ReportError, compose_report

    try:
        return compose_report(board, kind, cycle, quarter if kind == StoredPaper.Kind.PERFORMANCE else None)
    except ReportError as e:
        raise DraftError(str(e)) from None


def _bump(paper: StoredPaper, base_version: int | None) -> None:
    """Claim the next version of `paper` or refuse: a change made on an older version loses."""
    if base_version is None:
        base_version = paper.version
    if not StoredPaper.objects.filter(pk=paper.pk, version=base_version).update(version=base_version + 1):
        raise StaleEdit(
            "This paper was changed by someone else while you were working on it. Nothing has been "
            "saved: reload the page to see the latest version."
        )
    paper.version = base_version + 1


def _add_version(
    paper: StoredPaper, reason: str, composed: PaperDocument, keys: list[str], user
) -> PaperVersion:
    shown = revise.apply_edits(composed, keys, paper.edits)
    paper.structure = shown.to_dict()
    paper.title = shown.meta.title or paper.title
    return PaperVersion.objects.create(
        paper=paper,
        number=paper.version,
        reason=reason,
        structure=paper.structure,
        composed=composed.to_dict(),
        keys=keys,
        edits=dict(paper.edits),
        user=user if permissions.signed_in(user) else None,
    )


def _restart_signoff(paper: StoredPaper) -> bool:
    """A changed paper must be approved again: start a new round if this one had approvals."""
    started = paper.approvals.filter(round=paper.signoff_round).exists()
    if started or paper.status == StoredPaper.Status.SIGNED_OFF:
        paper.signoff_round += 1
    paper.status = StoredPaper.Status.DRAFT
    return started


@transaction.atomic
def save_draft(
    board: Board,
    kind: str,
    cycle: Cycle,
    user,
    *,
    quarter: int | None = None,
    meeting: Meeting | None = None,
    agenda_item: AgendaItem | None = None,
) -> StoredPaper:
    """Compose `kind` for `cycle` and store it as a draft paper of `board` (version 1). With an
    agenda item, the item names the paper (and the paper its meeting and item number)."""
    if kind not in COMPOSABLE:
        raise DraftError(f"Boardwork cannot compose a {kind!r} paper.")
    if agenda_item is not None:
        if agenda_item.meeting.board_id != board.pk:
            raise DraftError("That agenda item is not one of this board's meetings.")
        meeting = agenda_item.meeting
    if meeting is not None and meeting.board_id != board.pk:
        raise DraftError("That meeting is not one of this board's.")
    quarter = quarter if kind == StoredPaper.Kind.PERFORMANCE else None
    doc = _compose(board, kind, cycle, quarter)
    if quarter is None and kind == StoredPaper.Kind.PERFORMANCE:
        from .compose import latest_quarter

        quarter = latest_quarter(cycle)
    paper = StoredPaper.objects.create(
        board=board,
        cycle=cycle,
        kind=kind,
        quarter=quarter,
        meeting=meeting,
        item=agenda_item.number if agenda_item else "",
        origin=StoredPaper.Origin.GENERATED,
        title=doc.meta.title or StoredPaper.Kind(kind).label,
        status=StoredPaper.Status.DRAFT,
        author=user if permissions.signed_in(user) else None,
        format="json",
    )
    _add_version(paper, PaperVersion.Reason.SAVED, doc, revise.block_keys(doc), user)
    paper.save(update_fields=["structure", "title"])
    if agenda_item is not None:
        agenda_item.paper = paper
        agenda_item.save(update_fields=["paper"])
    Change.record(paper, user=user, action="draft saved", changes={"version": [None, paper.version]})
    return paper


def latest(paper: StoredPaper, *, for_reading: bool = False) -> PaperVersion:
    """The newest version: every draft has one from the moment it is made. `for_reading`: for a
    page that shows it — with its author, without the composed copy only recomposing compares with."""
    versions = paper.versions.select_related("user").defer("composed") if for_reading else paper.versions
    return versions.latest("number")


def _require_draft(paper: StoredPaper) -> None:
    if not paper.status:
        raise DraftError("This paper is not a draft composed in Boardwork.")
    if paper.published:
        raise DraftError("This paper is published: withdraw it before changing it.")


@transaction.atomic
def edit_block(paper: StoredPaper, key: str, text: str, user, base_version: int) -> PaperVersion:
    """Change the text of the block `key` (its refs are kept) and make a new version. Records who,
    when, before and after. Raises DraftError for a block that is not there or not editable, or
    empty text; StaleEdit when the paper changed since `base_version`."""
    _require_draft(paper)
    text = clean(text)
    if not text:
        raise DraftError("A block cannot be empty.")
    if len(text) > MAX_BLOCK_TEXT:
        raise DraftError(f"A block can hold at most {MAX_BLOCK_TEXT} characters.")
    current = latest(paper)
    if key not in current.keys:
        raise DraftError("That block is not in the latest version of the paper.")
    shown = current.document()
    block = shown.blocks[current.keys.index(key)]
    if not revise.is_editable(block):
        raise DraftError("Tables are built from the records: change the records and recompose.")
    before = block.text
    if text == before:
        raise DraftError("The text is unchanged.")
    paper = StoredPaper.objects.select_for_update().get(pk=paper.pk)
    _bump(paper, base_version)
    paper.edits = {**paper.edits, key: text}
    composed = PaperDocument.from_dict(current.composed)
    version = _add_version(paper, PaperVersion.Reason.EDITED, composed, current.keys, user)
    reset = _restart_signoff(paper)
    paper.save(update_fields=["version", "edits", "structure", "title", "status", "signoff_round"])
    Change.record(
        paper,
        user=user,
        action="block edited",
        changes={"block": key, "text": [before, text], "version": version.number, "signoff_reset": reset},
    )
    return version


@transaction.atomic
def recompose(paper: StoredPaper, user, base_version: int) -> PaperVersion:
    """Compose the paper again from today's records, keep the officer's edits (by block key) and
    make a new version; `version_diff` shows what changed."""
    _require_draft(paper)
    if paper.cycle is None:
        raise DraftError("This draft has no cycle to compose from.")
    doc = _compose(paper.board, paper.kind, paper.cycle, paper.quarter)
    paper = StoredPaper.objects.select_for_update().get(pk=paper.pk)
    _bump(paper, base_version)
    keys = revise.block_keys(doc)
    version = _add_version(paper, PaperVersion.Reason.RECOMPOSED, doc, keys, user)
    previous = paper.versions.filter(number__lt=version.number).order_by("-number").first()
    changed = previous is None or previous.structure != version.structure
    reset = _restart_signoff(paper) if changed else False
    paper.save(update_fields=["version", "structure", "title", "status", "signoff_round"])
    lost = sorted(set(paper.edits) - set(keys))
    Change.record(
        paper,
        user=user,
        action="recomposed",
        changes={
            "version": version.number,
            "changed": changed,
            "signoff_reset": reset,
            "edits_orphaned": lost,
        },
    )
    return version


def version_diff(paper: StoredPaper, number: int, against: int | None = None) -> list[revise.BlockChange]:
    """What changed from version `against` (by default the one before) to version `number`."""
    new = paper.versions.get(number=number)
    old = (
        paper.versions.get(number=against)
        if against is not None
        else paper.versions.filter(number__lt=number).order_by("-number").first()
    )
    new_doc = new.document()
    new_pairs = list(zip(new.keys, new_doc.blocks, strict=True))
    old_pairs = list(zip(old.keys, old.document().blocks, strict=True)) if old else []
    return revise.diff(old_pairs, new_pairs, edited=frozenset(new.edits))


# -- sign-off and publishing ---------------------------------------------------------------------


@transaction.atomic
def decide(
    paper: StoredPaper, user, decision: str, comment: str = "", base_version: int | None = None
) -> Approval:
    """Approve or return `paper` at its next sign-off step. A return needs a comment and starts
    the chain again; the last approval signs the paper off."""
    _require_draft(paper)
    paper = StoredPaper.objects.select_for_update().get(pk=paper.pk)
    if base_version is not None and base_version != paper.version:
        raise StaleEdit(
            "This paper changed since you read it: read the latest version before signing it off."
        )
    if decision not in Approval.Decision.values:
        raise DraftError("Approve or return the paper.")
    comment = (comment or "").strip()
    if decision == Approval.Decision.RETURNED and not comment:
        raise DraftError("Say why you are returning the paper, so its author knows what to change.")
    state = signoff(paper)
    step = state.next_step
    if step is None or paper.status == StoredPaper.Status.SIGNED_OFF:
        raise DraftError("This paper is already signed off.")
    if not may_act(paper, user, state):
        raise NotAllowed(
            f"This step needs the board's {step.label.lower()}"
            + (" (not the paper's author)." if step.role == Membership.Role.OFFICER else ".")
        )
    approval = Approval.objects.create(
        paper=paper,
        round=paper.signoff_round,
        step=step.index,
        role=step.role,
        decision=decision,
        comment=comment,
        version=paper.version,
        user=user,
    )
    if decision == Approval.Decision.RETURNED:
        paper.signoff_round += 1
    elif step.index == len(state.steps) - 1:
        paper.status = StoredPaper.Status.SIGNED_OFF
    paper.save(update_fields=["status", "signoff_round"])
    Change.record(
        paper,
        user=user,
        action=decision,
        changes={"step": step.role, "comment": comment, "version": paper.version},
    )
    return approval


@transaction.atomic
def set_published(paper: StoredPaper, user, publish: bool) -> None:
    """Publish (only a signed-off paper, `StoredPaper.publish_blocker`) or withdraw `paper`, and record
    it. Raises NotSignedOff."""
    paper = StoredPaper.objects.select_for_update().get(pk=paper.pk)
    if publish:
        paper.publish()
        Change.record(paper, user=user, action="published")
    else:
        paper.unpublish()
        Change.record(paper, user=user, action="withdrawn")


__all__ = [
    "DraftError",
    "NotAllowed",
    "NotSignedOff",
    "StaleEdit",
    "chain_for",
    "decide",
    "default_chain",
    "edit_block",
    "recompose",
    "save_draft",
    "set_published",
    "signoff",
    "version_diff",
]
