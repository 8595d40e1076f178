"""The database → the facts the sentence builder reads (`narrative.py` dataclasses), plus what a
writer shows for each ref (`RefInfo`). One query per kind of record; nothing is written."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db.models import F, Prefetch, Q
from django.urls import NoReverseMatch, reverse

from boardwork.activities.models import Activity, ActivityOrganisation
from boardwork.boards.models import AgendaItem, Board, Cycle
from boardwork.lib.dates import MONTH_NAMES
from boardwork.plans.models import Commitment, ProgressUpdate, Review, Theme

from ..document import RefInfo
from . import narrative as n


@dataclass
class Year:
    """One cycle's records as facts."""

    board: Board
    cycle: Cycle
    themes: Sequence[Theme]
    commitments: dict[int, list[n.CommitmentFact]]  # theme pk → its accepted commitments
    commitment_objs: dict[str, Commitment]  # ref → record
    acts: list[n.ActivityFact]
    ref_info: dict[str, RefInfo] = field(default_factory=dict)

    @property
    def all_commitments(self) -> list[n.CommitmentFact]:
        return [c for t in self.themes for c in self.commitments.get(t.pk, [])]


def _url(name: str, *args) -> str | None:
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


_ZERO = uuid.UUID(int=0)


class _Urls:
    """A record page's URL per uid, reversed once per kind (a paper links hundreds of records)."""

    def __init__(self, slug: str) -> None:
        self.slug = slug
        self.templates: dict[str, str | None] = {}

    def __call__(self, name: str, uid) -> str | None:
        if name not in self.templates:
            self.templates[name] = _url(name, self.slug, _ZERO)
        t = self.templates[name]
        return t.replace(str(_ZERO), str(uid)) if t else None


def accepted_commitments():
    return Commitment.objects.filter(review=Review.ACCEPTED).select_related(
        "owner", "carried_from__theme__cycle", "theme__cycle"
    )


def commitment_fact(c: Commitment, updates: list[ProgressUpdate]) -> n.CommitmentFact:
    return n.CommitmentFact(
        ref=c.ref,
        title=c.title.strip(),
        state=c.state,
        theme=c.theme.ref,
        owner=c.owner_display or "",
        due=c.due,
        delay_reason=c.delay_reason or "",
        carried_from_cycle=c.carried_from.theme.cycle.label if c.carried_from is not None else None,
        updates=[n.UpdateFact(u.ref, u.quarter, u.rag, u.commentary or "") for u in updates],
    )


def commitment_info(c: Commitment, slug: str) -> RefInfo:
    return RefInfo(
        label=f"Commitment: {c.title.strip()[:120]}",
        date=c.due.isoformat() if c.due else None,
        url=_url("commitment", slug, c.uid),
    )


def year_activities(board: Board, cycle: Cycle):
    """Accepted activities of the cycle, and those with no cycle whose date falls in it."""
    return Activity.objects.filter(board=board, review=Review.ACCEPTED).filter(
        Q(cycle=cycle) | Q(cycle__isnull=True, date__gte=cycle.start, date__lte=cycle.end)
    )


def year_organisations(board: Board, cycle: Cycle) -> list[n.OrgFact]:
    """The organisations the year's activities name, in one query: what a paper that loads no
    partners (the performance report) needs to spell out officers' acronyms ("DLUHC") as the End
    of Year does."""
    from boardwork.activities.models import Organisation

    orgs = Organisation.objects.filter(activity_links__activity__in=year_activities(board, cycle)).distinct()
    return [
        n.OrgFact(ref=o.ref, name=o.name, acronym=o.acronym, aliases=tuple(o.aliases or []))
        for o in orgs.order_by("id")
    ]


def load_year(board: Board, cycle: Cycle, quarter: int | None = None, *, linked_only: bool = False) -> Year:
    """The cycle's themes, commitments (with updates to `quarter`) and activities as facts
    (`linked_only`: only activities linked to a commitment, without their partners and policies)."""
    slug = board.slug
    urls = _Urls(slug)
    updates = ProgressUpdate.objects.order_by("quarter", "created", "id")
    if quarter is not None:
        updates = updates.filter(quarter__lte=quarter)
    themes = list(
        cycle.themes.order_by("order", "id")
        .select_related("agreed_at", "continues")
        .prefetch_related(
            Prefetch(
                "commitments",
                queryset=accepted_commitments()
                .order_by("order", "id")
                .prefetch_related(Prefetch("updates", queryset=updates, to_attr="upto")),
                to_attr="accepted",
            )
        )
    )
    info: dict[str, RefInfo] = {
        board.ref: RefInfo(label=f"Board: {board.name}", url=_url("board", slug)),
        cycle.ref: RefInfo(
            label=f"Cycle {cycle.label}", date=cycle.start.isoformat(), url=_url("board", slug)
        ),
    }
    commitments: dict[int, list[n.CommitmentFact]] = {}
    objs: dict[str, Commitment] = {}
    for t in themes:
        info[t.ref] = RefInfo(label=f"Theme: {t.title}", url=_url("theme", slug, t.uid))
        if t.continues is not None:
            info[t.continues.ref] = RefInfo(
                label=f"Theme: {t.continues.title}", url=_url("theme", slug, t.continues.uid)
            )
        facts = []
        for c in t.accepted:
            c.theme = t
            upto: list[ProgressUpdate] = c.upto  # type: ignore[attr-defined]  # Prefetch(to_attr="upto")
            facts.append(commitment_fact(c, upto))
            objs[c.ref] = c
            info[c.ref] = commitment_info(c, slug)
            if c.carried_from is not None:
                info[c.carried_from.ref] = commitment_info(c.carried_from, slug)
            for u in upto:
                info[u.ref] = RefInfo(
                    label=f"Q{u.quarter} update ({u.get_rag_display()}): {c.title.strip()[:80]}",
                    url=_url("commitment", slug, c.uid),
                )
        commitments[t.pk] = facts

    qs = (
        year_activities(board, cycle)
        .annotate(paper_created=F("source_paper__created"))
        .select_related("commitment")
    )
    if linked_only:
        qs = qs.filter(commitment__isnull=False)
    else:
        qs = qs.prefetch_related(
            Prefetch(
                "organisation_links",
                queryset=ActivityOrganisation.objects.select_related("organisation").order_by("id"),
            ),
            "policies",
            "themes",
            "people",
        )
    acts_qs = list(qs)
    theme_rank = {t.pk: (t.order, t.pk) for t in themes}
    acts: list[n.ActivityFact] = []
    org_template = _url("organisation", _ZERO)

    def org_url(uid) -> str | None:
        return org_template.replace(str(_ZERO), str(uid)) if org_template else None

    for a in sorted(acts_qs, key=lambda a: (a.date or dt.date.max, a.pk)):
        stages = a.policy_stages or {}
        pols = []
        for p in [] if linked_only else a.policies.all():
            at_time = stages.get(str(p.uid)) or {}
            pols.append(
                n.PolicyFact(
                    ref=p.ref,
                    title=at_time.get("title") or p.title,
                    kind=p.kind,
                    stage=at_time.get("stage", p.stage) or "",
                )
            )
            info[p.ref] = RefInfo(label=f"Policy: {p.title}")
        orgs = []
        for link in [] if linked_only else a.organisation_links.all():
            o = link.organisation
            orgs.append(
                n.OrgFact(
                    ref=o.ref, name=o.name, acronym=o.acronym, role=link.role, aliases=tuple(o.aliases or [])
                )
            )
            info[o.ref] = RefInfo(label=f"Organisation: {o.name}", url=org_url(o.uid))
        year_themes = sorted(
            (t for t in a.themes.all() if t.pk in theme_rank), key=lambda t: theme_rank[t.pk]
        )
        acts.append(
            n.ActivityFact(
                ref=a.ref,
                title=a.title,
                text=a.text,
                date=a.date,
                precision=a.date_precision or ("day" if a.date else ""),
                kinds=a.kind_list,
                themes=[t.ref for t in year_themes],
                commitment=a.commitment.ref if a.commitment_id and a.commitment.ref in objs else None,
                orgs=orgs,
                policies=pols,
                people=[] if linked_only else [p.display_name for p in a.people.all()],
                outcome=a.outcome or "",
                reach=a.reach or "",
                nations=a.nation_list,
                source=(a.paper_created, a.source_paper_id, a.source_block)
                if a.source_paper_id is not None and a.source_block is not None
                else None,
                paragraph=a.source_paragraph or "",
            )
        )
        info[a.ref] = RefInfo(
            label=f"Activity: {a.title or a.text[:80]}", date=a.date_iso, url=urls("activity", a.uid)
        )
    return Year(board, cycle, themes, commitments, objs, acts, info)


def paper_slot(board: Board, cycle: Cycle, kind: str, quarter: int | None = None) -> AgendaItem | None:
    """The agenda item at which this paper goes to the board, when the meeting is recorded: an item
    of one of the board's meetings whose title names the paper's kind (the one rule for that is
    `services.guess_paper_kind`) and its cycle (or, for a performance report, its quarter)."""
    import re

    from ..services import guess_paper_kind

    items = (
        AgendaItem.objects.filter(meeting__board=board)
        .select_related("meeting")
        .order_by("meeting__date", "id")
    )
    found = None
    for item in items:
        if guess_paper_kind(item.title) != kind.replace("-", "_"):
            continue
        t = item.title.lower()
        if kind == "performance":
            if not (item.meeting.cycle_id == cycle.pk or cycle.start <= item.meeting.date <= cycle.end):
                continue
            if quarter is not None and not re.search(rf"\b(quarter {quarter}|q{quarter})\b", t):
                continue
        elif cycle.label not in item.title:
            continue
        found = found or item  # the first meeting it went to
    return found


def meeting_info(meeting, board: Board) -> RefInfo:
    d = meeting.date
    return RefInfo(
        label=f"Meeting: {board.name}, {d.day} {MONTH_NAMES[d.month - 1]} {d.year}",
        date=d.isoformat(),
        url=_url("board", board.slug),
    )


def used_ref_info(info: dict[str, RefInfo], blocks: list) -> dict[str, RefInfo]:
    """What the writers show for each ref the paper emits (every one, and only those)."""
    out: dict[str, RefInfo] = {}
    for b in blocks:
        for r in b.refs:
            if r not in out:
                out[r] = info.get(r) or RefInfo(label=r.split(":", 1)[0].capitalize())
    return out


def year_base_info(board: Board, cycle: Cycle, themes: Sequence[Theme]) -> dict[str, RefInfo]:
    """RefInfo for the board, the cycle and its themes (and the themes they continue)."""
    slug = board.slug
    info = {
        board.ref: RefInfo(label=f"Board: {board.name}", url=_url("board", slug)),
        cycle.ref: RefInfo(
            label=f"Cycle {cycle.label}", date=cycle.start.isoformat(), url=_url("board", slug)
        ),
    }
    for t in themes:
        info[t.ref] = RefInfo(label=f"Theme: {t.title}", url=_url("theme", slug, t.uid))
        if t.continues is not None:
            info[t.continues.ref] = RefInfo(
                label=f"Theme: {t.continues.title}", url=_url("theme", slug, t.continues.uid)
            )
    return info
