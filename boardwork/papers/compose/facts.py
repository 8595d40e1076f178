"""The facts the sentence builder works from: plain dataclasses `records.py` fills from the
database (no Django here), and the sentences and paragraphs it returns, each with its record refs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class OrgFact:
    ref: str
    name: str
    acronym: str = ""
    role: str = "named"  # partner, audience, addressee, named
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class PolicyFact:
    ref: str
    title: str
    kind: str = "other"
    stage: str = ""  # the stage as recorded on the activity (or the policy's own)


@dataclass
class UpdateFact:
    ref: str
    quarter: int
    rag: str  # green, amber, red, complete
    commentary: str = ""


@dataclass
class CommitmentFact:
    ref: str
    title: str
    state: str = "planned"
    theme: str | None = None  # theme ref
    owner: str = ""
    due: dt.date | None = None
    delay_reason: str = ""
    carried_from_cycle: str | None = None  # label of the cycle it carries forward from
    updates: list[UpdateFact] = field(default_factory=list)  # by quarter

    def latest(self, quarter: int | None = None) -> UpdateFact | None:
        ups = [u for u in self.updates if quarter is None or u.quarter <= quarter]
        return ups[-1] if ups else None


@dataclass
class ActivityFact:
    ref: str
    title: str
    text: str
    date: dt.date | None = None
    precision: str = "day"  # day, month, year or ""
    kinds: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)  # theme refs, in the themes' order
    commitment: str | None = None  # commitment ref
    orgs: list[OrgFact] = field(default_factory=list)
    policies: list[PolicyFact] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    outcome: str = ""
    reach: str = ""
    nations: list[str] = field(default_factory=list)
    # Imported from a board paper: (paper order key, block index). Its text is already a paper's
    # paragraph, so it is told as written, in its paper's order.
    source: tuple[object, ...] | None = None
    # The paragraph number of the paper it was imported from, kept when the paper itself is not
    # (a backup such as the demo's carries the number without the stored paper).
    paragraph: str = ""


@dataclass
class Sentence:
    text: str
    refs: list[str]


@dataclass
class Para:
    sentences: list[Sentence]

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)

    @property
    def refs(self) -> list[str]:
        out: list[str] = []
        for s in self.sentences:
            for r in s.refs:
                if r not in out:
                    out.append(r)
        return out
