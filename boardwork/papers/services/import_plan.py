"""Import, the plan of what to write: `ImportPlan` (unsaved records), the refusals, and the
resolver that finds or makes organisations, policies and people once per import."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import models

from boardwork.activities.models import KINDS, NATIONS, Activity, Organisation, Policy
from boardwork.activities.models import match_key as org_key  # the normalisation Organisation.find uses
from boardwork.activities.services import bill_title, known_person, new_organisation, new_person
from boardwork.boards.models import Board, Cycle, Person
from boardwork.lib.names import split_honorific
from boardwork.plans.models import Commitment, Theme

from .. import orgmatch
from ..document import Heading, ListItem, Paragraph, Table, block_text
from ..document import Paper as PaperDocument
from ..models import StoredPaper
from .matching import norm_title, text_similarity


class Refused(Exception):
    pass


class AlreadyImported(Refused):
    """The file, or the same paper in another format, is already imported; the message says which."""

    def __init__(self, reason: str, paper: StoredPaper | None = None):
        super().__init__(reason)
        self.paper = paper


# ---------------------------------------------------------------------------------------------------
# Import: the plan of what to write
# ---------------------------------------------------------------------------------------------------


@dataclass
class ImportPlan:
    board: Board
    paper: StoredPaper
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
    # Activities left out because the same words are on record: where from → how many.
    already: dict[str, int] = field(default_factory=dict)
    # Work-plan items left out because they are in that year's plan already: year → how many.
    already_planned: dict[str, int] = field(default_factory=dict)


def fit(value: str | None, model: type[models.Model], name: str, where: str, warnings: list[str]) -> str:
    """`value` cut to the field's max_length (PostgreSQL refuses longer values), with a warning."""
    value = value or ""
    model_field = model._meta.get_field(name)
    limit = model_field.max_length if isinstance(model_field, models.Field) else None
    if limit and len(value) > limit:
        warnings.append(f"{where}: {model._meta.verbose_name} {name} cut to {limit} characters")
        return value[: limit - 1].rstrip() + "…"
    return value


def num_key(number: Any) -> str:
    """'12.' → '12', '(a)' → 'a', '1.1.' → '1.1' (inner dots kept: 1.1 is not 11)."""
    return re.sub(r"^[(\s]+|[).:\s]+$", "", str(number or "")).lower()


def block_index(doc: PaperDocument) -> dict[str, list[int]]:
    """Paragraph number → indexes of the blocks carrying it (a number may repeat in a bad paper)."""
    out: dict[str, list[int]] = {}
    for i, b in enumerate(doc.blocks):
        if isinstance(b, Paragraph | ListItem) and b.number:
            out.setdefault(num_key(b.number), []).append(i)
    return out


def locate(doc: PaperDocument, numbers: dict[str, list[int]], para: str | None, text: str) -> int | None:
    """The index of the block an extracted item came from: its numbered paragraph, or the list item
    under it whose text it is (papers list several activities as bullets under one paragraph)."""
    key = num_key(para)
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
        got = norm_title(block_text(doc.blocks[i]))
        score = 1.0 if got == want else text_similarity(got, want)
        if score > best_score:
            best, best_score = i, score
    if best is None and numbers.get(key):
        return numbers[key][0]
    return best if best_score >= 0.5 or numbers.get(key) else None


def table_refs(doc: PaperDocument) -> dict[str, str]:
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


def valid_kinds(kinds: Iterable[str], where: str, warnings: list[str]) -> str:
    good = [k for k in kinds or [] if k in KINDS]
    bad = [k for k in kinds or [] if k not in KINDS]
    if bad:
        warnings.append(f"{where}: unknown activity kind {', '.join(bad)} left out")
    return " ".join(sorted(set(good), key=list(KINDS).index))


def nations_text(values: Iterable[str] | None) -> str:
    keys = {norm_title(v).replace(" ", "_") for v in values or []}
    return " ".join(n for n in NATIONS if n in keys)


class Resolver:
    """Finds or makes organisations, policies and people once per import (cached by name).

    Organisations and policies are looked up in indexes loaded with one query each, which follow
    `Organisation.find` and `Policy.find` exactly (a paper names dozens of bodies; a query per name
    was most of an import's time)."""

    def __init__(self, plan: ImportPlan, acronyms: dict[str, str]):
        self.plan = plan
        self.acronyms = acronyms  # normalised name → acronym, from the paper's own list
        self.orgs: dict[str, Organisation] = {}
        self.pols: dict[str, Policy] = {}
        self.people: dict[str, Person] = {}
        # Organisations on record by acronym and match key (ids, `orgmatch.organisation_keys`), those
        # of them this import has used, and those it makes (looked up after the recorded ones).
        self._known: tuple[dict[str, int], dict[str, int]] | None = None
        self._loaded: dict[int, Organisation | None] = {}
        self._org_acronym: dict[str, Organisation] = {}
        self._org_key: dict[str, Organisation] = {}
        self._pol_title: dict[str, Policy] | None = None
        self._pol_alias: dict[str, Policy] = {}

    def find_organisation(self, name: str) -> Organisation | None:
        """As `Organisation.find`: an all-capitals name is first an exact acronym, then any of the
        normalised name, alias or acronym keys (the first by name when several share one)."""
        name = name.strip()
        hit = self._by_acronym(name) if name.isupper() else None
        return hit or self._by_key(org_key(name))

    def _known_keys(self) -> tuple[dict[str, int], dict[str, int]]:
        if self._known is None:
            self._known = orgmatch.organisation_keys()
        return self._known

    def _recorded(self, pk: int | None) -> Organisation | None:
        if pk is None:
            return None
        if pk not in self._loaded:  # one object per body, however often the paper names it
            self._loaded[pk] = Organisation.objects.filter(pk=pk).first()
        return self._loaded[pk]

    def _by_acronym(self, acronym: str) -> Organisation | None:
        return self._recorded(self._known_keys()[0].get(acronym)) or self._org_acronym.get(acronym)

    def _by_key(self, key: str) -> Organisation | None:
        return self._recorded(self._known_keys()[1].get(key)) or self._org_key.get(key)

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
            # The rule web and API follow (activities.services): the gazetteer's name, acronym
            # and kind for a body it knows; the record already made under that name if any.
            new = new_organisation(name, acronym)
            org = self.find_organisation(new.name) if new.name != name else None
            if org is None:
                return self._add_organisation(key, new, where)
        if acronym and not org.acronym and not any(o is org for o, _ in self.plan.org_acronyms):
            # Learned from the paper: it writes this body's acronym, which was not recorded.
            if self._by_acronym(acronym) is None:
                self.plan.org_acronyms.append((org, acronym))
        self.orgs[key] = org
        return org

    def _add_organisation(self, key: str, org: Organisation, where: str) -> Organisation:
        """`org` (from `new_organisation`) into the plan and the indexes, its fields fitted."""
        org.name = fit(org.name, Organisation, "name", where, self.plan.warnings)
        org.acronym = fit(org.acronym, Organisation, "acronym", where, self.plan.warnings)
        self.plan.organisations.append(org)
        self._org_key.setdefault(org_key(org.name), org)
        if org.acronym:
            self._org_key.setdefault(org_key(org.acronym), org)
            self._org_acronym.setdefault(org.acronym, org)
        self.orgs[key] = org
        return org

    def policy(self, title: str, where: str) -> Policy | None:
        """As `activities.services.find_or_create_policy`, a new policy or a Bill's renaming in the plan."""
        title = " ".join((title or "").split())
        key = title.lower()
        if not key:
            return None
        if key in self.pols:
            return self.pols[key]
        pol = self.find_policy(title)
        was_bill = bill_title(title) if pol is None else None
        if was_bill:
            # An Act whose Bill is already recorded: one record, renamed when it became law.
            bill = self.find_policy(was_bill)
            if bill is not None and bill.kind == Policy.Kind.BILL:
                if all(b is not bill for b, _ in self.plan.acts):  # "X Act" and "X Act 2023": one
                    self.plan.acts.append((bill, title))
                pol = bill
        if pol is None:
            pol = Policy(
                title=fit(title, Policy, "title", where, self.plan.warnings), kind=Policy.guess_kind(title)
            )
            self.plan.policies.append(pol)
        self.pols[key] = pol
        return pol

    def person(self, written: str, where: str) -> Person | None:
        """As `activities.services.find_or_create_person`, the new person unsaved (in the plan)."""
        honorific, name = split_honorific(" ".join((written or "").split()))
        key = norm_title(name)
        if not key:
            return None
        if key in self.people:
            return self.people[key]
        person = known_person(name, honorific)
        if person is None:
            person = new_person(
                fit(name, Person, "name", where, self.plan.warnings),
                fit(honorific, Person, "honorific", where, self.plan.warnings),
            )
            self.plan.people.append(person)
        self.people[key] = person
        return person
