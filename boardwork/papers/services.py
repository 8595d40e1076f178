"""The multi-model workflows around papers: import a paper file into records, review what was
imported, and render the board's reports.

`import_paper()` works in three steps so that a bad file never leaves half a paper behind:

1. **validate** — read the file and extract what it says, in a limited worker process (`untrusted.read`),
   resolve the cycle it reports on and check the same file was not imported for the board before.
   Nothing is written; a file that fails here is *refused* with one sentence saying why.
2. **build** — every record the paper yields, as unsaved model instances, resolving organisations,
   policies, people, themes and earlier commitments against what the database already holds (the
   reads happen here, outside the transaction).
3. **write** — one short `transaction.atomic()` that only inserts and links, and writes the history
   ("imported" on the paper, "created" on every new record) with them. The file is written at its
   final name inside it, before the commit, and deleted again if the transaction fails, so either the
   paper, its file, its records and their history are stored or none of them are; a process killed
   before the commit leaves at most a file nobody refers to, which a rerun replaces and
   `boardwork cleanup-files` removes.

Everything imported waits for review (`Review.TO_REVIEW`); only accepted records reach reports.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.core.files.base import ContentFile
from django.db import DatabaseError, IntegrityError, models, transaction

from boardwork.activities.models import KINDS, NATIONS, Activity, ActivityOrganisation, Organisation, Policy
from boardwork.activities.models import match_key as org_key  # the normalisation Organisation.find uses
from boardwork.boards.models import Board, Change, Cycle, Meeting, Person
from boardwork.boards.signals import records_changed
from boardwork.lib.cycles import cycle_label, cycle_start_for, next_cycle_label, parse_cycle
from boardwork.lib.names import is_councillor_title, split_honorific
from boardwork.plans.models import Commitment, Review, Theme

from .document import Heading, ListItem, Paragraph, Table
from .document import Paper as PaperDocument
from .models import Paper
from .readers import ReadError

log = logging.getLogger(__name__)

IMPORTED = "imported"
ALREADY = "already imported"
REFUSED = "refused"


# ---------------------------------------------------------------------------------------------------
# Text helpers: normalised titles and "very similar" titles
# ---------------------------------------------------------------------------------------------------

_STOP = frozenset("the of and for a an in on to with by at from our its their".split())


def norm_title(text: str) -> str:
    """Lower-case, curly quotes and '&' straightened, punctuation (hyphens too) as spaces."""
    t = (text or "").lower().replace("\u2019", "'").replace("\u2018", "'").replace("&", " and ")
    t = re.sub(r"[^a-z0-9']+", " ", t).replace("'", "")
    return re.sub(r"\s+", " ", t).strip()


def catch_all_heading(board: Board):
    """A test for the heading Boardwork's composer gives work under none of the year's themes
    ("Other work", or the board's house-style wording): the composer's catch-all, never a theme of
    the board, so a composed paper uploaded again must not turn it into one."""
    from .compose import DEFAULT_WORDING

    templates = {DEFAULT_WORDING["other_work_heading"]}
    try:
        own = getattr(house_style(board), "other_work_heading", None)
    except ReportError:
        own = None
    if isinstance(own, str):
        templates.add(own)
    # Placeholders ({cycle} …) match any words.
    patterns = [
        re.compile(
            r"\s*".join(
                ".+" if re.fullmatch(r"\{\w+\}", part) else re.escape(norm_title(part))
                for part in re.split(r"(\{\w+\})", t)
                if part.strip()
            )
        )
        for t in templates
    ]
    return lambda title: any(p.fullmatch(norm_title(title)) for p in patterns)


def _stems(text: str) -> list[str]:
    # A six-letter prefix is a crude stem, but it is what council titles need: "regulation" and
    # "regulatory", "community" and "communities" fall together; no dictionary needed.
    return [w[:6] for w in norm_title(text).split() if w not in _STOP]


def title_similarity(a: str, b: str) -> tuple[float, int]:
    """(Dice coefficient over content-word stems, number of shared stems) of two titles."""
    sa, sb = set(_stems(a)), set(_stems(b))
    if not sa or not sb:
        return 0.0, 0
    shared = len(sa & sb)
    return 2 * shared / (len(sa) + len(sb)), shared


def very_similar(a: str, b: str) -> float:
    """A score > 0 when two theme titles name the same area of work, else 0.

    Same normalised title → 1. Otherwise the titles must share at least two content words (or be
    60 % alike when one is a single word): "Licensing and regulation" carries on "Regulatory
    services and licensing", but "Building safety" does not carry on "Community safety".
    """
    if norm_title(a) == norm_title(b):
        return 1.0
    dice, shared = title_similarity(a, b)
    if (
        (shared >= 2 and dice >= 0.5)
        or dice >= 0.6
        and shared >= 1
        and min(len(_stems(a)), len(_stems(b))) == 1
    ):
        return dice
    return 0.0


def pair_by_similarity(new: list[str], old: list[str]) -> dict[int, int]:
    """Greedy one-to-one pairing of new titles with old ones, best score first: {new i: old j}."""
    scored = sorted(
        ((very_similar(a, b), i, j) for i, a in enumerate(new) for j, b in enumerate(old)),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    out: dict[int, int] = {}
    used: set[int] = set()
    for score, i, j in scored:
        if score <= 0:
            break
        if i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def text_similarity(a: str, b: str) -> float:
    """Word-stem Dice of two sentences (for plan items against earlier commitments)."""
    ca, cb = _stems(a), _stems(b)
    if not ca or not cb:
        return 0.0
    from collections import Counter

    common = sum((Counter(ca) & Counter(cb)).values())
    return 2 * common / (len(ca) + len(cb))


# ---------------------------------------------------------------------------------------------------
# Cycles
# ---------------------------------------------------------------------------------------------------


def parse_cycle_label(label: str) -> tuple[int, str] | None:
    """'2020/21', '2020-21', '2020/2021', '2008-09' → (2020, '2020/21'); None if not a board year."""
    first = parse_cycle(label)
    return None if first is None else (first, cycle_label(first))


def cycle_label_for(day: dt.date) -> str:
    """The board year a date falls in, for boards whose year starts in September."""
    return cycle_label(cycle_start_for(day))


def find_cycle(board: Board, label: str) -> Cycle | None:
    """The board's cycle for `label`, however either side writes it ('2020/21' = '2020-2021')."""
    hit = Cycle.objects.filter(board=board, label=label).first()
    if hit:
        return hit
    parsed = parse_cycle_label(label)
    if not parsed:
        return None
    first, canonical = parsed
    return (
        Cycle.objects.filter(board=board, label=canonical).first()
        or Cycle.objects.filter(board=board, start__year=first, start__month__gte=4).first()
    )


def new_cycle(board: Board, label: str) -> Cycle:
    """An unsaved cycle for `label`: 1 September to 31 August, the usual council board year."""
    parsed = parse_cycle_label(label)
    if not parsed:
        raise ValueError(f"{label!r} is not a board year like 2020/21")
    first, canonical = parsed
    return Cycle(board=board, label=canonical, start=dt.date(first, 9, 1), end=dt.date(first + 1, 8, 31))


def next_label(label: str) -> str | None:
    return next_cycle_label(label)


# ---------------------------------------------------------------------------------------------------
# Guesses
# ---------------------------------------------------------------------------------------------------

_KIND_WORDS = [
    (Paper.Kind.MINUTES, r"\bminutes\b"),
    (Paper.Kind.END_OF_YEAR, r"\b(end[- ]of[- ]year|year[- ]end|annual report|review of the year)\b"),
    (Paper.Kind.PERFORMANCE, r"\b(performance|quarter(ly)?|q[1-4]|rag)\b"),
    (Paper.Kind.WORK_PLAN, r"\b(work ?plan|work programme|business plan|priorities)\b"),
]


def guess_paper_kind(title: str | None) -> str:
    t = (title or "").lower()
    for kind, pattern in _KIND_WORDS:
        if re.search(pattern, t):
            return kind
    return Paper.Kind.OTHER


_DELAY = re.compile(
    r"\b(delayed|deferred|postponed|paused|slipped|carried (?:forward|over))\b"
    r"(?:\s+(?:from|since|until|in|by)\s+[\w/–-]+)?"
    r"(?:[^.;]*?\b(?:due to|because of|owing to|as a result of)\s+[^.;,]+)?",
    re.IGNORECASE,
)


def delay_reason(text: str) -> str:
    """What a plan item says about its delay: 'delayed from 2020/2021', 'paused due to Covid-19'."""
    m = _DELAY.search(text or "")
    if not m:
        return ""
    reason = m.group(0).strip()
    return reason[:1].upper() + reason[1:]


# ---------------------------------------------------------------------------------------------------
# The result
# ---------------------------------------------------------------------------------------------------


@dataclass
class ImportResult:
    """What happened to one file. `status` is 'imported', 'already imported' or 'refused'."""

    filename: str
    status: str
    reason: str = ""
    paper: Paper | None = None
    themes: int = 0
    activities: int = 0
    commitments: int = 0
    organisations_new: int = 0
    policies_new: int = 0
    people_new: int = 0
    warnings: list[str] = field(default_factory=list)
    extraction: dict | None = None

    @property
    def ok(self) -> bool:
        return self.status in (IMPORTED, ALREADY)

    def __str__(self) -> str:
        if self.status == REFUSED:
            return f"{self.filename}: refused: {self.reason}"
        if self.status == ALREADY:
            return f"{self.filename}: already imported"
        return (
            f"{self.filename}: imported {self.themes} themes, {self.activities} activities, "
            f"{self.commitments} commitments"
        )


class _Refused(Exception):
    pass


class _Already(_Refused):
    """The file, or the same paper in another format, is already imported; the message says which."""

    def __init__(self, reason: str, paper: Paper | None = None):
        super().__init__(reason)
        self.paper = paper


# ---------------------------------------------------------------------------------------------------
# Import: the plan of what to write
# ---------------------------------------------------------------------------------------------------


@dataclass
class _Plan:
    board: Board
    paper: Paper
    data: bytes
    cycles: list[Cycle] = field(default_factory=list)  # new cycles, in start order
    themes: list[Theme] = field(default_factory=list)  # new themes, earlier cycles first
    organisations: list[Organisation] = field(default_factory=list)  # new
    org_acronyms: list[tuple[Organisation, str]] = field(default_factory=list)  # known, learn acronym
    policies: list[Policy] = field(default_factory=list)  # new
    acts: list[tuple[Policy, str]] = field(default_factory=list)  # (bill, act title): became_act
    people: list[Person] = field(default_factory=list)  # new
    activities: list[Activity] = field(default_factory=list)
    # per activity index: themes, organisations, policies, people (instances, saved or not)
    links: list[tuple[list[Theme], list[Organisation], list[Policy], list[Person]]] = field(
        default_factory=list
    )
    commitments: list[Commitment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _fit(value: str | None, model: type[models.Model], name: str, where: str, warnings: list[str]) -> str:
    """`value` cut to the field's max_length (PostgreSQL refuses longer values), with a warning."""
    value = value or ""
    limit = model._meta.get_field(name).max_length
    if limit and len(value) > limit:
        warnings.append(f"{where}: {model._meta.verbose_name} {name} cut to {limit} characters")
        return value[: limit - 1].rstrip() + "…"
    return value


def _num_key(number: Any) -> str:
    """'12.' → '12', '(a)' → 'a', '1.1.' → '1.1' (inner dots kept: 1.1 is not 11)."""
    return re.sub(r"^[(\s]+|[).:\s]+$", "", str(number or "")).lower()


def _block_index(doc: PaperDocument) -> dict[str, list[int]]:
    """Paragraph number → indexes of the blocks carrying it (a number may repeat in a bad paper)."""
    out: dict[str, list[int]] = {}
    for i, b in enumerate(doc.blocks):
        if isinstance(b, Paragraph | ListItem) and b.number:
            out.setdefault(_num_key(b.number), []).append(i)
    return out


def _locate(doc: PaperDocument, numbers: dict[str, list[int]], para: str | None, text: str) -> int | None:
    """The index of the block an extracted item came from: its numbered paragraph, or the list item
    under it whose text it is (papers list several activities as bullets under one paragraph)."""
    key = _num_key(para)
    want = norm_title(text)
    candidates: list[int] = []
    for i in numbers.get(key, []):
        candidates.append(i)
        for j in range(i + 1, len(doc.blocks)):
            b = doc.blocks[j]
            if isinstance(b, Heading | Table) or (isinstance(b, Paragraph) and b.number):
                break
            candidates.append(j)
    if not candidates and want:
        candidates = [i for i, b in enumerate(doc.blocks) if isinstance(b, Paragraph | ListItem)]
    best, best_score = None, 0.0
    for i in candidates:
        got = norm_title(doc.blocks[i].text)
        score = 1.0 if got == want else text_similarity(got, want)
        if score > best_score:
            best, best_score = i, score
    if best is None and numbers.get(key):
        return numbers[key][0]
    return best if best_score >= 0.5 or numbers.get(key) else None


def _table_refs(doc: PaperDocument) -> dict[str, str]:
    """Normalised table line → 'table T row R line L' (1-based, header not counted)."""
    out: dict[str, str] = {}
    t = 0
    for b in doc.blocks:
        if not isinstance(b, Table):
            continue
        t += 1
        for r, row in enumerate(b.rows, start=1):
            for cell in row[1:] or row:
                for n, line in enumerate(cell.splitlines(), start=1):
                    out.setdefault(norm_title(line), f"table {t} row {r} line {n}")
    return out


def _validate_kinds(kinds: Iterable[str], where: str, warnings: list[str]) -> str:
    good = [k for k in kinds or [] if k in KINDS]
    bad = [k for k in kinds or [] if k not in KINDS]
    if bad:
        warnings.append(f"{where}: unknown activity kind {', '.join(bad)} left out")
    return " ".join(sorted(set(good), key=list(KINDS).index))


def _nations(values: Iterable[str] | None) -> str:
    keys = {norm_title(v).replace(" ", "_") for v in values or []}
    return " ".join(n for n in NATIONS if n in keys)


class _Resolver:
    """Finds or makes organisations, policies and people once per import (cached by name).

    Organisations and policies are looked up in indexes loaded with one query each, which follow
    `Organisation.find` and `Policy.find` exactly (a paper names dozens of bodies; a query per name
    was most of an import's time)."""

    def __init__(self, plan: _Plan, acronyms: dict[str, str]):
        self.plan = plan
        self.acronyms = acronyms  # normalised name → acronym, from the paper's own list
        self.orgs: dict[str, Organisation] = {}
        self.pols: dict[str, Policy] = {}
        self.people: dict[str, Person] = {}
        self._org_acronym: dict[str, Organisation] | None = None
        self._org_key: dict[str, Organisation] = {}
        self._pol_title: dict[str, Policy] | None = None
        self._pol_alias: dict[str, Policy] = {}

    def find_organisation(self, name: str) -> Organisation | None:
        """As `Organisation.find`: an all-capitals name is first an exact acronym, then any of the
        normalised name, alias or acronym keys (the first by name when several share one)."""
        if self._org_acronym is None:
            self._org_acronym = {}
            for o in Organisation.objects.order_by("name"):
                if o.acronym:
                    self._org_acronym.setdefault(o.acronym, o)
                for k in o.match_keys.strip("|").split("|"):
                    if k:
                        self._org_key.setdefault(k, o)
        name = name.strip()
        hit = self._org_acronym.get(name) if name.isupper() else None
        return hit or self._org_key.get(org_key(name))

    def find_policy(self, title: str) -> Policy | None:
        """As `Policy.find`: the title (any case), else an alias."""
        if self._pol_title is None:
            self._pol_title = {}
            for p in Policy.objects.order_by("pk"):
                self._pol_title.setdefault(p.title.lower(), p)
                for a in p.aliases or []:
                    self._pol_alias.setdefault(a.lower(), p)
        key = title.strip().lower()
        return self._pol_title.get(key) or self._pol_alias.get(key)

    def organisation(self, name: str, where: str) -> Organisation | None:
        name = " ".join((name or "").split())
        key = norm_title(name)
        if not key:
            return None
        if key in self.orgs:
            return self.orgs[key]
        acronym = self.acronyms.get(key, "")
        org = self.find_organisation(name) or (self.find_organisation(acronym) if acronym else None)
        if org is None:
            org = Organisation(
                name=_fit(name, Organisation, "name", where, self.plan.warnings),
                acronym=_fit(acronym, Organisation, "acronym", where, self.plan.warnings),
            )
            self.plan.organisations.append(org)
            self._org_key.setdefault(org_key(org.name), org)
            if org.acronym:
                self._org_key.setdefault(org_key(org.acronym), org)
                (self._org_acronym or {}).setdefault(org.acronym, org)
        elif acronym and not org.acronym and not any(o is org for o, _ in self.plan.org_acronyms):
            # Learned from the paper: it writes this body's acronym, which was not recorded.
            if acronym not in (self._org_acronym or {}):
                self.plan.org_acronyms.append((org, acronym))
        self.orgs[key] = org
        return org

    def policy(self, title: str, where: str) -> Policy | None:
        title = " ".join((title or "").split())
        key = title.lower()
        if not key:
            return None
        if key in self.pols:
            return self.pols[key]
        pol = self.find_policy(title)
        if pol is None and re.search(r"\bAct$", title):
            # An Act whose Bill is already recorded: one record, renamed when it became law.
            bill = self.find_policy(re.sub(r"\bAct$", "Bill", title))
            if bill is not None and bill.kind == Policy.Kind.BILL:
                self.plan.acts.append((bill, title))
                pol = bill
        if pol is None:
            pol = Policy(
                title=_fit(title, Policy, "title", where, self.plan.warnings), kind=Policy.guess_kind(title)
            )
            self.plan.policies.append(pol)
        self.pols[key] = pol
        return pol

    def person(self, written: str, where: str) -> Person | None:
        honorific, name = split_honorific(" ".join((written or "").split()))
        key = norm_title(name)
        if not key:
            return None
        if key in self.people:
            return self.people[key]
        found = list(Person.objects.filter(name__iexact=name)[:5])
        if honorific and len(found) > 1:
            found = [p for p in found if p.honorific.lower() == honorific.lower()] or found
        person = found[0] if found else None
        if person is None:
            person = Person(
                name=_fit(name, Person, "name", where, self.plan.warnings),
                honorific=_fit(honorific, Person, "honorific", where, self.plan.warnings),
                kind=Person.Kind.COUNCILLOR if is_councillor_title(honorific) else Person.Kind.EXTERNAL,
            )
            self.plan.people.append(person)
        self.people[key] = person
        return person


def extract_stored(paper: Paper) -> dict[str, Any]:
    """What the extractor finds in a stored paper now (nothing saved), run in a limited worker
    process with the organisations Boardwork knows. Raises ReadError when a limit is hit."""
    from . import extract as extract_module
    from . import untrusted

    return untrusted.extract(
        paper.structure or {"blocks": []},
        gazetteer=_gazetteer(extract_module),
        author=paper.board.organisation or None,
    )


def _gazetteer(extract_module: Any) -> list[dict[str, Any]] | None:
    """The shipped organisations plus those recorded here (learned from earlier papers or entered
    by officers), so a body named once by its full name is recognised by its acronym next time."""
    learned = [
        {
            "name": o.name,
            "acronyms": [o.acronym] if o.acronym else [],
            "aliases": list(o.aliases or []),
            "kind": o.kind,
        }
        for o in Organisation.objects.only("name", "acronym", "aliases", "kind")
    ]
    if not learned:
        return None  # the extractor's cached default
    return extract_module.load_gazetteer() + learned


def _fingerprint(blocks: list[dict[str, Any]]) -> set[str]:
    return {
        norm_title(b.get("text", ""))
        for b in blocks
        if b.get("type") in ("paragraph", "list_item") and b.get("number") and len(b.get("text", "")) > 40
    }


def same_paper(board: Board, doc: PaperDocument) -> Paper | None:
    """An earlier import of the same paper from another file: the same title and (nearly) the same
    numbered paragraphs. Papers are often published as both DOCX and PDF; importing both would
    double every activity."""
    title = (doc.meta.title or "").strip()
    mine = _fingerprint([b for b in doc.to_dict()["blocks"]])
    if not title or len(mine) < 3:
        return None
    for p in Paper.objects.filter(board=board, title__iexact=title[:400]).only(
        "structure", "filename", "title"
    )[:20]:
        theirs = _fingerprint((p.structure or {}).get("blocks") or [])
        if theirs and len(mine & theirs) / len(mine | theirs) >= 0.8:
            return p
    return None


def _validate(
    data: bytes, filename: str, board: Board, cycle: Cycle | str | None, extraction: dict | None
) -> tuple[PaperDocument, dict, Cycle | None, list[str]]:
    """Step 1: read, extract, resolve the cycle. Raises _Refused with a reason."""
    warnings: list[str] = []
    from . import extract as extract_module
    from . import untrusted

    # Read and extract in a worker process with hard time and memory limits (papers/sandbox.py):
    # the file comes from outside, and neither step may hold this process.
    extract_args = None
    if extraction is None:
        extract_args = {"gazetteer": _gazetteer(extract_module), "author": board.organisation or None}
    try:
        doc, extracted = untrusted.read(data, filename, extract=extract_args)
    except untrusted.ReaderFault as e:
        log.error("reader failed on %s: %s", filename, e)
        raise _Refused(str(e)) from None
    except ReadError as e:
        raise _Refused(str(e)) from None
    sha = doc.source.sha256 if doc.source else ""
    existing = Paper.objects.filter(board=board, sha256=sha).first()
    if existing is not None:
        raise _Already("", existing)
    twin = same_paper(board, doc)
    if twin is not None:
        raise _Already(f"the same paper as {twin.filename or twin.title} (another format)", twin)
    if extraction is None:
        extraction = extracted  # extracted in the limited worker, with the file
    if not isinstance(extraction, dict):
        raise _Refused("the extractor returned something that is not an extraction")

    resolved: Cycle | None
    if isinstance(cycle, Cycle):
        if cycle.board_id != board.pk:
            raise _Refused(f"cycle {cycle.label} belongs to another board")
        resolved = cycle
    else:
        label = cycle or extraction.get("cycle")
        if not label and doc.meta.meeting_date:
            try:
                label = cycle_label_for(dt.date.fromisoformat(doc.meta.meeting_date[:10]))
            except ValueError:
                label = None
        if label:
            resolved = find_cycle(board, label)
            if resolved is None:
                try:
                    resolved = new_cycle(board, label)
                except ValueError:
                    if cycle:
                        raise _Refused(f"{label!r} is not a board year like 2020/21") from None
                    warnings.append(f"the paper's cycle {label!r} is not a board year; no themes recorded")
                    resolved = None
        else:
            warnings.append(
                "the paper does not say which board year it covers: give the cycle to record themes"
            )
            resolved = None
    return doc, extraction, resolved, warnings


def _build(
    data: bytes,
    filename: str,
    board: Board,
    doc: PaperDocument,
    ext: dict,
    cycle: Cycle | None,
    warnings: list[str],
) -> _Plan:
    """Step 2: every record as an unsaved instance, resolved against the database."""
    meta = doc.meta
    contact = meta.contact
    plan_warnings = list(warnings)
    title = meta.title or (ext.get("paper") or {}).get("title") or Path(filename).stem
    paper = Paper(
        board=board,
        kind=guess_paper_kind(title),
        origin=Paper.Origin.IMPORTED,
        title=_fit(title, Paper, "title", "title", plan_warnings),
        filename=_fit(Path(filename).name, Paper, "filename", "file name", plan_warnings),
        format=(doc.source.format if doc.source else "") or "",
        sha256=doc.source.sha256 if doc.source else "",
        pages=doc.source.pages if doc.source else None,
        structure=doc.to_dict(),
        item=_fit(meta.item, Paper, "item", "item", plan_warnings),
        contact_name=_fit(contact.name if contact else "", Paper, "contact_name", "contact", plan_warnings),
        contact_role=_fit(contact.role if contact else "", Paper, "contact_role", "contact", plan_warnings),
        contact_phone=_fit(
            contact.phone if contact else "", Paper, "contact_phone", "contact", plan_warnings
        ),
        contact_email=_fit(
            contact.email if contact else "", Paper, "contact_email", "contact", plan_warnings
        ),
    )
    if len(paper.contact_email) and "@" not in paper.contact_email:
        paper.contact_email = ""
    if meta.meeting_date:
        try:
            day = dt.date.fromisoformat(meta.meeting_date[:10])
            paper.meeting = Meeting.objects.filter(board=board, date=day).first()
        except ValueError:
            plan_warnings.append(f"meeting date {meta.meeting_date!r} not understood")
    plan = _Plan(board=board, paper=paper, data=data, warnings=plan_warnings)
    if cycle is not None and cycle.pk is None:
        plan.cycles.append(cycle)
    paper.cycle = cycle

    # -- themes of the cycle reported on ----------------------------------------------------------
    themes_by_title: dict[str, Theme] = {}
    is_catch_all = catch_all_heading(board)
    if cycle is not None:
        existing = {norm_title(t.title): t for t in (cycle.themes.all() if cycle.pk else [])}
        order = max((t.order for t in existing.values()), default=-1) + 1
        wanted = []
        for t in ext.get("themes") or []:
            key = norm_title(t.get("title", ""))
            if not key or key in themes_by_title:
                continue
            if is_catch_all(t["title"]):
                # Its activities come in under no theme, as they went out.
                plan.warnings.append(f"{t['title']!r} is the heading for work under no theme; not a theme")
                continue
            theme = existing.get(key)
            if theme is None:
                theme = Theme(
                    cycle=cycle,
                    title=_fit(t["title"].strip(), Theme, "title", f"theme {t['title']!r}", plan.warnings),
                    order=order,
                )
                order += 1
                plan.themes.append(theme)
                wanted.append(theme)
            themes_by_title[key] = theme
        _link_lineage(board, cycle, wanted)
    elif ext.get("themes"):
        plan.warnings.append(f"{len(ext['themes'])} themes not recorded: the board year is not known")

    # -- activities -------------------------------------------------------------------------------
    numbers = _block_index(doc)
    resolver = _Resolver(
        plan,
        {
            norm_title(o["name"]): o.get("acronym") or ""
            for o in ext.get("organisations") or []
            if o.get("name")
        },
    )
    for o in ext.get("organisations") or []:
        if o.get("name"):
            resolver.organisation(o["name"], "organisations")
    used_blocks: set[int] = set()
    # The same words already on record for this board year (a quarterly update repeated in the
    # end-of-year report, say) are not recorded twice.
    known: dict[str, str] = {}
    if cycle is not None and cycle.pk:
        for text, fname in Activity.objects.filter(board=board, cycle=cycle).values_list(
            "text", "source_paper__filename"
        ):
            known.setdefault(norm_title(text), fname or "entered in Boardwork")

    def is_known(text: str, where: str) -> bool:
        hit = known.get(norm_title(text))
        if hit is not None:
            plan.warnings.append(f"{where}: already recorded ({hit}); not added again")
        return hit is not None

    for n, a in enumerate(ext.get("activities") or [], start=1):
        para = str(a.get("paragraph") or "")
        where = f"paragraph {para}" if para else f"activity {n}"
        text = " ".join((a.get("text") or "").split())
        block = _locate(doc, numbers, para, text)
        if not text and block is not None:
            text = getattr(doc.blocks[block], "text", "")
        if not text:
            plan.warnings.append(f"{where}: activity without text left out")
            continue
        if block is not None:
            used_blocks.add(block)
        if is_known(text, where):
            continue
        act = _activity(board, cycle, paper, para, block, text, plan, where)
        act.kinds = _validate_kinds(a.get("kinds") or [], where, plan.warnings)
        try:
            act.set_date(a.get("date"))
        except (ValueError, KeyError, TypeError):
            plan.warnings.append(f"{where}: date {a.get('date')!r} not understood, left empty")
            act.set_date(None)
        act.nations = _nations(a.get("nations"))
        theme = themes_by_title.get(norm_title(a.get("theme") or ""))
        if a.get("theme") and theme is None and cycle is not None and not is_catch_all(a["theme"]):
            plan.warnings.append(f"{where}: theme {a['theme']!r} is not one of the paper's themes")
        orgs = [o for o in (resolver.organisation(x, where) for x in a.get("organisations") or []) if o]
        pols = [p for p in (resolver.policy(x, where) for x in a.get("policies") or []) if p]
        folk = [p for p in (resolver.person(x, where) for x in a.get("people") or []) if p]
        plan.activities.append(act)
        plan.links.append(([theme] if theme else [], _unique(orgs), _unique(pols), _unique(folk)))

    # Paragraphs under a theme's heading that the extractor did not take as activities (context,
    # results, pointers) are still the theme's story: they come in without kinds, to review, so the
    # report composed from the records keeps every paragraph of the section.
    for t in ext.get("themes") or []:
        theme = themes_by_title.get(norm_title(t.get("title", "")))
        for para in t.get("paragraphs") or []:
            key = _num_key(para)
            for i in numbers.get(key, [])[:1]:
                if i in used_blocks:
                    continue
                used_blocks.add(i)
                if is_known(doc.blocks[i].text, f"paragraph {para}"):
                    continue
                act = _activity(
                    board, cycle, paper, str(para), i, doc.blocks[i].text, plan, f"paragraph {para}"
                )
                plan.activities.append(act)
                plan.links.append(([theme] if theme else [], [], [], []))
    # Keep the paper's order (the extractor lists by kind of evidence, the paper by narrative).
    order = sorted(
        range(len(plan.activities)),
        key=lambda k: (plan.activities[k].source_block is None, plan.activities[k].source_block or 0, k),
    )
    plan.activities = [plan.activities[k] for k in order]
    plan.links = [plan.links[k] for k in order]

    _build_plan(board, cycle, paper, doc, ext, plan)
    return plan


def _unique(items: list) -> list:
    out, seen = [], set()
    for x in items:
        if id(x) not in seen:
            seen.add(id(x))
            out.append(x)
    return out


def _activity(board, cycle, paper, para, block, text, plan, where) -> Activity:
    return Activity(
        board=board,
        cycle=cycle,
        text=text,
        review=Review.TO_REVIEW,
        source_paper=paper,
        source_paragraph=_fit(para, Activity, "source_paragraph", where, plan.warnings),
        source_block=block,
    )


def _link_lineage(board: Board, cycle: Cycle, new_themes: list[Theme]) -> None:
    """New themes carry on the previous cycle's theme with the same or a very similar title."""
    if not new_themes:
        return
    prev = (
        Cycle.objects.filter(board=board, start__lt=cycle.start).order_by("-start").first()
        if cycle.start
        else None
    )
    if prev is None:
        return
    taken = set(Theme.objects.filter(cycle=cycle).values_list("continues", flat=True)) if cycle.pk else set()
    old = [t for t in prev.themes.all() if t.pk not in taken]
    pairs = pair_by_similarity([t.title for t in new_themes], [t.title for t in old])
    for i, j in pairs.items():
        new_themes[i].continues = old[j]


def _build_plan(
    board: Board, cycle: Cycle | None, paper: Paper, doc: PaperDocument, ext: dict, plan: _Plan
) -> None:
    """The next cycle's work plan → its cycle, themes and commitments (to review)."""
    proposal = ext.get("plan") or None
    if not proposal or not proposal.get("themes"):
        return
    label = proposal.get("cycle") or (next_label(cycle.label) if cycle else None)
    if not label:
        plan.warnings.append("the work plan does not say which board year it is for; not recorded")
        return
    nxt = find_cycle(board, label)
    if nxt is None:
        pending = next(
            (c for c in plan.cycles if c.label == (parse_cycle_label(label) or (0, label))[1]), None
        )
        try:
            nxt = pending or new_cycle(board, label)
        except ValueError:
            plan.warnings.append(f"the work plan's board year {label!r} is not understood; not recorded")
            return
        if pending is None:
            plan.cycles.append(nxt)
    if cycle is not None and nxt.start <= cycle.start:
        plan.warnings.append(f"the work plan's year {nxt.label} is not after {cycle.label}; not recorded")
        return

    existing = {norm_title(t.title): t for t in (nxt.themes.all() if nxt.pk else [])}
    existing.update({norm_title(t.title): t for t in plan.themes if t.cycle is nxt})
    order = max((t.order for t in existing.values()), default=-1) + 1
    # What the plan's themes may carry on: this cycle's themes, recorded or new from this paper.
    earlier: list[Theme] = []
    if cycle is not None:
        earlier = list(cycle.themes.all()) if cycle.pk else []
        earlier += [t for t in plan.themes if t.cycle is cycle and t not in earlier]
    earlier_commitments = _earlier_commitments(board, nxt)
    refs = _table_refs(doc)
    is_catch_all = catch_all_heading(board)
    new_themes: list[Theme] = []
    for r, t in enumerate(proposal.get("themes") or [], start=1):
        title = (t.get("title") or "").strip()
        key = norm_title(title)
        where = f"work plan row {r}"
        if not key:
            plan.warnings.append(f"{where}: priority area without a title left out")
            continue
        if is_catch_all(title):
            plan.warnings.append(f"{where}: {title!r} is the heading for work under no theme; not a theme")
            continue
        theme = existing.get(key)
        if theme is None:
            theme = Theme(cycle=nxt, title=_fit(title, Theme, "title", where, plan.warnings), order=order)
            order += 1
            existing[key] = theme
            plan.themes.append(theme)
            new_themes.append(theme)
        # A plan item already under this priority area (the same plan in an earlier paper) is not
        # recorded twice.
        have = (
            {norm_title(x) for x in theme.commitments.values_list("title", flat=True)} if theme.pk else set()
        )
        have |= {norm_title(c.title) for c in plan.commitments if c.theme is theme}
        start = len(have)
        for n, item in enumerate(t.get("activities") or [], start=1):
            item = " ".join(str(item).split())
            if not item:
                continue
            if norm_title(item) in have:
                plan.warnings.append(f"{where} line {n}: already in the {nxt.label} plan; not added again")
                continue
            have.add(norm_title(item))
            c = Commitment(
                theme=theme,
                title=item,
                order=start + n - 1,
                review=Review.TO_REVIEW,
                source_paper=paper,
                source_ref=refs.get(norm_title(item), f"plan row {r} line {n}")[:40],
                delay_reason=delay_reason(item),
            )
            c.carried_from = _best_earlier(item, theme, earlier_commitments)
            plan.commitments.append(c)
    if earlier:
        pairs = pair_by_similarity([t.title for t in new_themes], [t.title for t in earlier])
        for i, j in pairs.items():
            new_themes[i].continues = earlier[j]
    else:
        _link_lineage(board, nxt, new_themes)


def _earlier_commitments(board: Board, nxt: Cycle) -> list[Commitment]:
    """Commitments of the two cycles before `nxt` (what a plan may carry forward), newest first."""
    cycles = list(Cycle.objects.filter(board=board, start__lt=nxt.start).order_by("-start")[:2])
    if not cycles:
        return []
    return list(
        Commitment.objects.filter(theme__cycle__in=cycles)
        .exclude(review=Review.REJECTED)
        .select_related("theme", "theme__cycle")
        .order_by("-theme__cycle__start", "theme__order", "order")
    )


def _best_earlier(item: str, theme: Theme, earlier: list[Commitment]) -> Commitment | None:
    """The earlier commitment a plan item carries forward: nearly the same words (≥ 0.8)."""
    best, best_score = None, 0.0
    for c in earlier:
        score = text_similarity(item, c.title)
        if theme.continues_id and c.theme_id == theme.continues_id:
            score += 0.05  # the same line of work, so a close call goes to it
        if score > best_score:
            best, best_score = c, score
    return best if best_score >= 0.8 else None


# ---------------------------------------------------------------------------------------------------
# Import: write
# ---------------------------------------------------------------------------------------------------


PARTIAL = ".partial"  # the bytes being written, in the paper's own folder, before the rename


def _store_file(paper: Paper, data: bytes) -> str:
    """Write the paper's bytes at their final name and return it.

    The name is a function of the board and the file's sha256, so an import killed before its
    commit and run again lands on the same name: the rerun replaces what the killed run left instead
    of leaving it beside the new file as an orphan (`boardwork cleanup-files` removes those nobody
    reruns)."""
    name = paper.file.field.generate_filename(paper, paper.filename or "paper")
    return write_stored_file(paper.file.storage, name, data)


def write_stored_file(storage, name: str, data: bytes) -> str:
    """Put `data` at exactly `name` in `storage` (replacing what is there) and return the name.

    On a filesystem the bytes go to a partial file in the same folder first and are renamed into
    place, so the final name never holds half a file. Used by imports and restores."""
    try:
        final = Path(storage.path(name))
    except NotImplementedError:  # not a filesystem: the storage writes the file in one go
        if storage.exists(name):
            storage.delete(name)
        return storage.save(name, ContentFile(data))
    final.parent.mkdir(parents=True, exist_ok=True)
    partial = final.parent / PARTIAL
    with open(partial, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    try:
        os.replace(partial, final)
    except FileNotFoundError:
        # A concurrent import of the same file renamed the same partial first: same bytes, in place.
        if not final.exists():
            raise
    return name


def _write(plan: _Plan, user) -> None:
    """Step 3: insert everything and its history in one transaction.

    The file is written first and the transaction commits last, so there is no moment at which a
    committed paper points at a missing file; a kill before the commit leaves at most an
    unreferenced file at the paper's final name, which a rerun overwrites and cleanup removes."""
    paper = plan.paper
    stored_name = None
    step = "the paper"
    try:
        with transaction.atomic():
            for c in plan.cycles:
                step = f"cycle {c.label}"
                c.save()
            step = "the paper file"
            stored_name = paper.file.name = _store_file(paper, plan.data)
            step = "the paper"
            paper.save()
            for t in plan.themes:
                step = f"theme {t.title!r}"
                t.save()  # Django fills in the ids of cycles and themes saved since assignment
            for o in plan.organisations:
                step = f"organisation {o.name!r}"
                o.save()
            for o, acronym in plan.org_acronyms:
                step = f"organisation {o.name!r}"
                before = o.snapshot(["acronym"])
                o.acronym = acronym
                o.save(update_fields=["acronym", "match_keys"])  # save() recomputes the keys
                Change.record(o, user=user, action="edit", changes={"acronym": [before["acronym"], acronym]})
            for p in plan.policies:
                step = f"policy {p.title!r}"
                p.save()
            for bill, act_title in plan.acts:
                step = f"policy {act_title!r}"
                before = bill.title
                bill.became_act(act_title)
                Change.record(bill, user=user, action="edit", changes={"title": [before, act_title]})
            for p in plan.people:
                step = f"person {p.name!r}"
                p.save()
            step = "the activities"
            Activity.objects.bulk_create(plan.activities)
            _link_activities(plan)
            step = "the work plan"
            Commitment.objects.bulk_create(plan.commitments)
            records_changed.send(sender=Commitment)  # bulk_create sends no model signals
            step = "the history"
            Change.record(
                paper,
                user=user,
                action="imported",
                changes={
                    "file": [None, paper.filename],
                    "themes": [None, len(plan.themes)],
                    "activities": [None, len(plan.activities)],
                    "commitments": [None, len(plan.commitments)],
                },
            )
            # Everything the import created, including organisations, policies and people it met
            # for the first time, has its "created" entry in the same transaction.
            Change.record_many(
                [
                    *plan.cycles,
                    *plan.themes,
                    *plan.organisations,
                    *plan.policies,
                    *plan.people,
                    *plan.activities,
                    *plan.commitments,
                ],
                user=user,
                action="created",
                changes={"imported_from": [None, paper.filename]},
            )
    except BaseException as e:
        if stored_name and not isinstance(e, KeyboardInterrupt | SystemExit):
            _remove_unless_referenced(paper, stored_name)
        for obj in [paper, *plan.cycles, *plan.themes, *plan.organisations, *plan.policies, *plan.people]:
            obj.pk = None  # the rows were rolled back; don't let callers think they exist
        if isinstance(e, IntegrityError):
            winner = Paper.objects.filter(board=plan.board, sha256=paper.sha256).first()
            if winner is not None:  # another import of the same file won the race
                raise _Already("", winner) from None
        if isinstance(e, DatabaseError):
            raise _Refused(f"could not store {step}: {e}".strip()) from None
        raise


def _remove_unless_referenced(paper: Paper, name: str) -> None:
    """Remove the file a failed import wrote, unless a committed paper uses the same name (a
    concurrent import of the same file that won)."""
    try:
        if not Paper.objects.filter(file=name).exists():
            paper.file.storage.delete(name)
    except (OSError, DatabaseError):
        log.warning("could not remove %s after a failed import", name)


def unreferenced_files(min_age: float = 0.0) -> list[str]:
    """Stored paper files (and partial writes) that no paper refers to and that are at least
    `min_age` seconds old: what an import killed before its commit can leave behind."""
    import time

    storage = Paper._meta.get_field("file").storage
    try:
        root = Path(storage.path("papers"))
    except NotImplementedError:
        return []
    if not root.is_dir():
        return []
    used = set(Paper.objects.exclude(file="").values_list("file", flat=True))
    now = time.time()
    out = []
    for f in root.rglob("*"):
        if not f.is_file():
            continue
        name = f.relative_to(Path(storage.path(""))).as_posix()
        if name not in used and now - f.stat().st_mtime >= min_age:
            out.append(name)
    return sorted(out)


def cleanup_files(min_age: float = 0.0) -> list[str]:
    """Remove `unreferenced_files(min_age)`; returns their names. Empty folders go too."""
    storage = Paper._meta.get_field("file").storage
    names = unreferenced_files(min_age)
    for name in names:
        storage.delete(name)
    try:
        root = Path(storage.path("papers"))
        for d in sorted((p for p in root.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts)):
            if not any(d.iterdir()):
                d.rmdir()
    except (NotImplementedError, OSError):
        pass
    return names


def _link_activities(plan: _Plan) -> None:
    ThemeLink = Activity.themes.through
    PolicyLink = Activity.policies.through
    PersonLink = Activity.people.through
    themes, orgs, pols, folk = [], [], [], []
    for act, (ts, os_, ps, people) in zip(plan.activities, plan.links, strict=True):
        themes += [ThemeLink(activity_id=act.pk, theme_id=t.pk) for t in ts]
        orgs += [ActivityOrganisation(activity_id=act.pk, organisation_id=o.pk) for o in os_]
        pols += [PolicyLink(activity_id=act.pk, policy_id=p.pk) for p in ps]
        folk += [PersonLink(activity_id=act.pk, person_id=p.pk) for p in people]
    ThemeLink.objects.bulk_create(themes)
    ActivityOrganisation.objects.bulk_create(orgs)
    PolicyLink.objects.bulk_create(pols)
    PersonLink.objects.bulk_create(folk)
    records_changed.send(sender=Activity)


def import_paper(
    data: bytes,
    filename: str,
    board: Board,
    *,
    user=None,
    cycle: Cycle | str | None = None,
    extraction: dict | None = None,
) -> ImportResult:
    """Import one paper file for `board`: the paper, its themes, activities and next year's plan.

    `cycle` (a Cycle or a label like '2020/21') overrides the year the paper says it covers.
    `extraction` skips the extractor and imports a (reviewed, edited) `boardwork.extraction/1` dict
    instead. Never raises for a bad file: the result says 'refused' and why.
    """
    name = Path(filename or "paper").name
    try:
        doc, ext, resolved, warnings = _validate(data, name, board, cycle, extraction)
        plan = _build(data, name, board, doc, ext, resolved, warnings)
        _write(plan, user)
    except _Refused as e:
        if isinstance(e, _Already):
            return ImportResult(name, ALREADY, reason=str(e), paper=e.paper)
        return ImportResult(name, REFUSED, reason=str(e))
    if not plan.activities and not plan.commitments and not plan.themes:
        plan.warnings.append("no themes, activities or work plan recognised: the paper is stored to review")
    return ImportResult(
        name,
        IMPORTED,
        paper=plan.paper,
        themes=len(plan.themes),
        activities=len(plan.activities),
        commitments=len(plan.commitments),
        organisations_new=len(plan.organisations),
        policies_new=len(plan.policies),
        people_new=len(plan.people),
        warnings=plan.warnings,
        extraction=ext,
    )


def extraction_of(paper: Paper) -> dict[str, Any]:
    """What Boardwork holds from `paper`, as `boardwork.extraction/1` — the stored (and reviewed)
    records, not the extractor's output: rejected records are left out, narrative paragraphs kept
    without kinds count for their theme but are not activities."""
    acts = list(
        Activity.objects.filter(source_paper=paper)
        .exclude(review=Review.REJECTED)
        .prefetch_related("themes", "organisations", "policies", "people")
        .order_by("source_block", "pk")
    )
    themes: dict[str, dict[str, Any]] = {}
    out_acts = []
    for a in acts:
        theme = next(iter(a.themes.all()), None)
        if theme is not None:
            entry = themes.setdefault(theme.title, {"title": theme.title, "paragraphs": []})
            if a.source_paragraph and a.source_paragraph not in entry["paragraphs"]:
                entry["paragraphs"].append(a.source_paragraph)
        if not a.kinds:
            continue
        out_acts.append(
            {
                "paragraph": a.source_paragraph or None,
                "theme": theme.title if theme else None,
                "kinds": a.kind_list,
                "date": a.date_iso,
                "organisations": [o.name for o in a.organisations.all()],
                "policies": [p.title for p in a.policies.all()],
                "people": [p.display_name for p in a.people.all()],
                "nations": a.nation_list,
                "text": a.text,
            }
        )
    plan_themes: dict[int, dict[str, Any]] = {}
    plan_cycle = None
    for c in (
        Commitment.objects.filter(source_paper=paper)
        .exclude(review=Review.REJECTED)
        .select_related("theme__cycle")
        .order_by("theme__order", "order", "pk")
    ):
        plan_cycle = c.theme.cycle.label
        plan_themes.setdefault(c.theme_id, {"title": c.theme.title, "activities": []})["activities"].append(
            c.title
        )
    orgs = {o.pk: o for a in acts for o in a.organisations.all()}
    return {
        "schema": "boardwork.extraction/1",
        "paper": {"title": paper.title, "body": paper.board.name, "meeting_date": None},
        "cycle": paper.cycle.label if paper.cycle_id else None,
        "themes": list(themes.values()),
        "activities": out_acts,
        "plan": {"cycle": plan_cycle, "themes": list(plan_themes.values())} if plan_themes else None,
        "organisations": [{"name": o.name, "acronym": o.acronym or None} for o in orgs.values()],
    }


# ---------------------------------------------------------------------------------------------------
# Review
# ---------------------------------------------------------------------------------------------------


def _set_review(obj, user, state: str, action: str):
    before = obj.snapshot(["review"])
    obj.review = state
    obj.save_edit(user=user, base_version=obj.version, before=before, action=action)
    return obj


def accept(obj, user=None):
    """Accept one imported activity or commitment (logged; refused if someone saved it meanwhile)."""
    return _set_review(obj, user, Review.ACCEPTED, "accepted")


def reject(obj, user=None):
    """Reject one imported activity or commitment: it stays on record but never reaches a report."""
    return _set_review(obj, user, Review.REJECTED, "rejected")


def accept_all(paper: Paper, user=None) -> int:
    """Accept everything still to review from `paper` in a handful of queries; returns how many."""
    total = 0
    with transaction.atomic():
        for model in (Activity, Commitment):
            qs = model.objects.filter(source_paper=paper, review=Review.TO_REVIEW)
            uids = list(qs.values_list("uid", flat=True))
            if not uids:
                continue
            model.objects.filter(uid__in=uids).update(review=Review.ACCEPTED, version=models.F("version") + 1)
            records_changed.send(sender=model)
            Change.record_many(
                model.objects.filter(uid__in=uids).only("uid"),
                user=user,
                action="accepted",
                changes={"review": [Review.TO_REVIEW.value, Review.ACCEPTED.value]},
            )
            total += len(uids)
    return total


_REVIEW_FIELDS = {
    Activity: ("text", "title", "kinds", "date", "nations", "outcome", "reach", "review"),
    Commitment: ("title", "owner_name", "due", "state", "delay_reason", "review"),
    Theme: ("title", "description", "order"),
}


def update_from_review(obj, user, base_version: int, changes: dict[str, Any], *, accept: bool = False):
    """Apply a reviewer's edits (and optionally accept) through `save_edit`: stale edits raise
    `StaleEdit`, every change is logged. `changes` may set 'kinds' as a list and 'date' as
    '2020-12' / '2020' / '2020-12-03' on activities, and 'themes' as a list of Theme."""
    allowed = _REVIEW_FIELDS.get(type(obj), ())
    unknown = sorted(k for k in changes if k not in allowed and k != "themes")
    if unknown:
        raise ValueError(f"cannot change {', '.join(unknown)} on a {obj._meta.verbose_name}")
    if isinstance(obj, Activity):
        from boardwork.activities.services import save_activity

        changes = dict(changes)
        if "kinds" in changes and not isinstance(changes["kinds"], list | tuple):
            changes["kinds"] = str(changes["kinds"]).split()
        if accept:
            changes["review"] = Review.ACCEPTED
        return save_activity(
            obj, changes, user=user, base_version=base_version, action="accepted" if accept else "edit"
        )
    names = [k for k in changes if k != "themes"] + (["review"] if accept and "review" not in changes else [])
    snap = ["date_precision" if n == "date" else n for n in names] + (["date"] if "date" in names else [])
    before = obj.snapshot(snap)
    for k, v in changes.items():
        if k == "kinds" and isinstance(obj, Activity):
            obj.kind_list = v if isinstance(v, list | tuple) else str(v).split()
        elif k == "date" and isinstance(obj, Activity):
            obj.set_date(v)
        elif k != "themes":
            setattr(obj, k, v)
    if accept:
        obj.review = Review.ACCEPTED
    with transaction.atomic():
        obj.save_edit(
            user=user, base_version=base_version, before=before, action="accepted" if accept else "edit"
        )
        if "themes" in changes and isinstance(obj, Activity):
            obj.themes.set(changes["themes"])
    return obj


# ---------------------------------------------------------------------------------------------------
# Reports
# ---------------------------------------------------------------------------------------------------

REPORT_KINDS = ("end-of-year", "work-plan", "performance")


class ReportError(ValueError):
    """A report cannot be made as asked; one line fit to show a user."""


def house_style(board: Board):
    from .style import HouseStyle, HouseStyleError

    try:
        return HouseStyle.default().with_overrides(board.house_style or {})
    except HouseStyleError as e:
        raise ReportError(f"the board's house style is not valid: {e}") from None


def compose_report(board: Board, kind: str, cycle: Cycle | str, quarter: int | None = None) -> PaperDocument:
    """Records → the report as a Paper (no file)."""
    from . import compose

    kind = kind.replace("_", "-")
    if kind not in REPORT_KINDS:
        raise ReportError(f"unknown report {kind!r}; Boardwork composes {', '.join(REPORT_KINDS)}")
    if not isinstance(cycle, Cycle):
        found = find_cycle(board, cycle)
        if found is None:
            known = ", ".join(board.cycles.values_list("label", flat=True)) or "none"
            raise ReportError(f"{board.name} has no cycle {cycle!r} (known: {known})")
        cycle = found
    style = house_style(board)
    if kind == "end-of-year":
        return compose.end_of_year(board, cycle, style)
    if kind == "work-plan":
        return compose.work_plan(board, cycle, style)
    if quarter is None:
        quarter = compose.latest_quarter(cycle)
    if quarter not in (1, 2, 3, 4):
        raise ReportError(f"quarter must be 1 to 4, not {quarter!r}")
    return compose.performance(board, cycle, quarter, style)


def render_report(
    board: Board,
    kind: str,
    cycle: Cycle | str,
    fmt: str,
    quarter: int | None = None,
    with_sources: bool = False,
    base_url: str | None = None,
) -> tuple[bytes, str, str]:
    """Compose and write a report: (file bytes, a file name, the media type).

    base_url ("https://boardwork.example/") makes the records' links in the sources absolute."""
    from . import writers

    module = writers.WRITERS.get((fmt or "").lower().lstrip("."))
    if module is None:
        raise ReportError(f"unknown format {fmt!r}; Boardwork writes {', '.join(sorted(writers.WRITERS))}")
    doc = compose_report(board, kind, cycle, quarter)
    opts: dict[str, Any] = {}
    if with_sources:
        opts["with_sources"] = True
        opts["ref_labels"] = ref_labels(doc)
        if base_url:
            opts["base_url"] = base_url
    try:
        data = writers.write(doc, module.FORMAT, style=house_style(board), **opts)
    except writers.WriteError as e:
        raise ReportError(str(e)) from None
    label = cycle.label if isinstance(cycle, Cycle) else str(cycle)
    q = f"-q{quarter}" if kind.replace("_", "-") == "performance" and quarter else ""
    filename = f"{board.slug}-{kind.replace('_', '-')}-{label.replace('/', '-')}{q}{module.EXTENSION}"
    return data, filename, module.MEDIA_TYPE


def ref_labels(doc: PaperDocument) -> dict[str, str]:
    """{ref: human label} for every ref in a composed paper, in a query per model."""
    from boardwork.plans.models import ProgressUpdate

    by_model: dict[str, set[str]] = {}
    for b in doc.blocks:
        for r in b.refs:
            m, _, uid = r.partition(":")
            by_model.setdefault(m, set()).add(uid)
    models_ = {
        "activity": (
            Activity,
            lambda a: f"activity ¶{a.source_paragraph}" if a.source_paragraph else "activity",
        ),
        "theme": (Theme, lambda t: f"theme {t.title}"),
        "commitment": (Commitment, lambda c: f"commitment {c.title[:60]}"),
        "progressupdate": (ProgressUpdate, lambda u: f"Q{u.quarter} update"),
        "cycle": (Cycle, lambda c: f"cycle {c.label}"),
        "board": (Board, lambda b: b.name),
    }
    out: dict[str, str] = {}
    for m, uids in by_model.items():
        if m not in models_:
            continue
        model, label = models_[m]
        for obj in model.objects.filter(uid__in=list(uids)):
            out[f"{m}:{obj.uid}"] = label(obj)
    return out
