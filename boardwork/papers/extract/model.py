"""A learned second opinion on whether a paragraph reports work the author body did.

The rules (`kinds.classify` and the skips in `pipeline`) say what a paragraph reports from the
words of each kind; this model says how likely the paragraph is an activity at all, from the shape
of the genre: the section it sits under and why the rules passed it over, tense and modal verbs,
"we" and the author's name as a subject, dates, organisations and policies named, its length and
place in the paper, a list item or prose, the genre's shape of a deed ("shape:": a past-tense verb of
doing, the voice, counts of people and money, the heading's genre; read only by weights that have
them) — and the words of its heading that recur across papers
(the paragraph's own words and word pairs are features too, but training leaves them out: they are
the papers' vocabulary, not the genre's shape). It is a logistic regression trained by
`bench/train_activity_model.py` on the development papers' keys (never the held-out ones) and
shipped as its weights in `data/activity_model.json`: inference is a sum of the weights of the
features present, in plain Python, deterministic, with no numpy or scikit-learn at run time.
`extraction_of(paper, model=shipped_model())`; an import uses it (`extract(..., trained_model=True)`),
its additions gated to papers whose units the rules read few of as activities. See
docs/adr/0013-trained-activity-classifier.md.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Any

_WORD = re.compile(r"[a-z][a-z'-]+")
_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?(?:\s+\d{4})?"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PAST = re.compile(r"\b(?:\w{3,}ed|held|ran|met|led|made|gave|wrote|took|built|sent|won|began|spoke|saw)\b")
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:also\s+|now\s+|recently\s+|been\s+)?\w+(?:ed|en)\b", re.I)
# Work still to come, as the feature "future" reads it (and the veto's spare of dated deeds, `pipeline`).
FUTURE = re.compile(
    r"\b(?:will|shall|going to|plans? to|intends? to|aims? to|propose[sd]? to|would|next year)\b", re.I
)
_MODAL = re.compile(r"\b(?:should|must|may|might|could|need to|needs to)\b", re.I)
_WE = re.compile(r"\b(?:we|our|us)\b", re.I)
_NOTING = re.compile(
    r"\b(?:noted|considered|received|resolved|agreed|endorsed|approved|recommend\w*|asked|queried|thanked)\b",
    re.I,
)
_NUMBER = re.compile(r"\b\d[\d,.]*%?")
_START_VERB = re.compile(r"^\W*(?:\w+ed|held|ran|met|led|made|gave|wrote|took|built|sent|won|began)\b", re.I)
# Words too common to say anything alone are still kept: the weights decide.
_MIN_LEN = 3

# The genre's shape of a deed, from general English rather than any one paper's words ("shape:"
# features). Verbs of doing something for or with people, in the past tense.
_DEED = re.compile(
    r"\b(?:delivered|provided|held|hosted|published|launched|trained|funded|commissioned|surveyed|met|"
    r"wrote|written|responded|organi[sz]ed|attended|completed|developed|established|introduced|ran|"
    r"undertook|undertaken|carried out|conducted|visited|produced|distributed|installed|awarded|"
    r"secured|recruited|engaged|worked|piloted|created|set up|opened|issued|reviewed|campaigned|"
    r"promoted|supported|arranged|facilitated|coordinated|co-ordinated|helped|gave|given|sent|"
    r"contacted|referred|offered|allocated|invested|spent|raised|attracted|reached|signed|agreed|"
    r"submitted|lobbied|presented|led|joined|partnered|collaborated|rolled out|began|started|"
    r"continued|expanded|extended|improved|increased|reduced|achieved|won|received|made|took|built|"
    r"handed out|identified|inspected|audited|assessed|checked|tested|fitted|repaired)\b",
    re.I,
)
_PASSIVE = re.compile(
    r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:\w+ed|held|run|met|led|made|given|"
    r"written|sent|built|won|taken|set up|begun)\b",
    re.I,
)
_PRESENT = re.compile(r"\b(?:is|are|remains?|continues? to|provides|works|supports|aims|seeks)\b", re.I)
_MONEY = re.compile(r"£\s?\d|\b\d[\d,.]*\s?(?:k|m|million|thousand)?\s?pounds\b", re.I)
_COUNTED = re.compile(
    r"\b\d[\d,]*\s+(?:\w+\s+)?(?:people|residents|young people|participants|pupils|children|students|"
    r"attendees|delegates|households|homes|premises|visits|sessions|events|workshops|businesses|"
    r"victims|families|referrals|calls|checks|officers|volunteers|schools|organisations|groups)\b",
    re.I,
)
_BULLET = re.compile(r"^[\s\-*\u2022]+")
_HEAD_DONE = re.compile(
    r"\b(?:achievements?|achieved|highlights?|progress|update|updates|activit(?:y|ies)|delivered|"
    r"delivery|what we (?:did|have done)|outcomes?|successes|performance|review of the year|work of|"
    r"work undertaken|during|in 20\d\d)\b",
    re.I,
)
_HEAD_NOT = re.compile(
    r"\b(?:background|purpose|introduction|recommendations?|summary of recommendations|financial|"
    r"implications?|risks?|legal|equalit(?:y|ies)|consultation|appendix|appendices|glossary|contact|"
    r"terms of reference|membership|next steps|future|priorities|aims?|objectives?|actions? planned|"
    r"decision|resolved?|purpose of (?:the )?report|reasons?|options?)\b",
    re.I,
)


@dataclass(frozen=True)
class UnitView:
    """What the model sees of one unit: its text and where the pipeline found it."""

    text: str
    role: str  # the section's role: theme, background, excluded, untitled
    section_title: str | None
    is_item: bool
    has_number: bool
    numbered_paper: bool
    first_person_paper: bool
    position: float  # 0 at the paper's first unit, 1 at its last
    skip: str | None  # why the rules passed it over, or None when they read its kinds
    rule_kinds: tuple[str, ...]  # the kinds the rules found (empty: no activity by the rules)
    loose_kinds: tuple[str, ...]  # the kinds' words read in any section, any list, or from a deed's verb
    author_words: tuple[str, ...]
    n_orgs: int
    n_policies: int
    n_people: int


def _bucket(n: float, edges: tuple[float, ...]) -> int:
    return sum(n >= e for e in edges)


def features(u: UnitView, shape: bool = True) -> dict[str, float]:
    """The unit's features, by name: 1.0 for present, a few counts squashed to 0..1 (`shape`: with
    the genre's shape of a deed, the "shape:" features, which weights without them need not read)."""
    t = u.text
    low = t.lower()
    words = _WORD.findall(low)
    f: dict[str, float] = {
        "role=" + u.role: 1.0,
        "skip=" + (u.skip or ("rules" if u.rule_kinds else "no kinds")): 1.0,
        "item" if u.is_item else "prose": 1.0,
        "numbered" if u.has_number else "unnumbered": 1.0,
        "paper numbered" if u.numbered_paper else "paper unnumbered": 1.0,
        f"length {_bucket(len(words), (8, 20, 45, 90, 160))}": 1.0,
        f"position {_bucket(u.position, (0.2, 0.4, 0.6, 0.8))}": 1.0,
        f"orgs {min(u.n_orgs, 3)}": 1.0,
        f"policies {min(u.n_policies, 2)}": 1.0,
        f"people {min(u.n_people, 2)}": 1.0,
    }
    for k in u.rule_kinds:
        f["rule kind=" + k] = 1.0
    for k in u.loose_kinds:
        f["loose kind=" + k] = 1.0
    f["loose kinds " + str(min(len(u.loose_kinds), 2))] = 1.0
    if u.first_person_paper:
        f["paper first person"] = 1.0
    flags = {
        "date": bool(_DATE.search(t)),
        "year": bool(_YEAR.search(t)),
        "past": bool(_PAST.search(t)),
        "perfect": bool(_PERFECT.search(t)),
        "future": bool(FUTURE.search(t)),
        "modal": bool(_MODAL.search(t)),
        "we": bool(_WE.search(t)),
        "author named": any(w in t for w in u.author_words),
        "meeting verbs": bool(_NOTING.search(t)),
        "figures": len(_NUMBER.findall(t)) >= 2,
        "starts with verb": bool(_START_VERB.match(t)),
        "ends with colon": t.rstrip().endswith(":"),
        "question": "?" in t,
    }
    f.update({k: 1.0 for k, v in flags.items() if v})
    if shape:
        f.update(_shape(u, t))
    for w in set(words):
        if len(w) >= _MIN_LEN:
            f["w:" + w] = 1.0
    for a, b in set(zip(words, words[1:], strict=False)):
        f[f"b:{a} {b}"] = 1.0
    if u.section_title:
        for w in set(_WORD.findall(u.section_title.lower())):
            if len(w) >= _MIN_LEN:
                f["h:" + w] = 1.0
    return f


def _shape(u: UnitView, t: str) -> dict[str, float]:
    """The genre's shape of a deed: a past-tense verb of doing, the voice, counts of people and money,
    and the genre of the section's heading. (Who does it, read as the first words before the verb,
    was tried and added nothing under CV: NOTES 1993.)"""
    first = re.split(r"(?<=[.;:!?])\s", t.strip(), maxsplit=1)[0]
    deeds = _DEED.findall(t)
    f = {f"shape:deeds {min(len(deeds), 3)}": 1.0}
    if _DEED.search(first):
        f["shape:deed in first sentence"] = 1.0
    if _DEED.match(_BULLET.sub("", t)):
        f["shape:starts with a deed"] = 1.0
    if _PASSIVE.search(first):
        f["shape:passive"] = 1.0
    if _PRESENT.search(first) and not deeds:
        f["shape:present, no deed"] = 1.0
    if _MONEY.search(t):
        f["shape:money"] = 1.0
    if _COUNTED.search(t):
        f["shape:counted"] = 1.0
    head = u.section_title or ""
    done, not_done = bool(_HEAD_DONE.search(head)), bool(_HEAD_NOT.search(head))
    if done and not not_done:
        f["shape:heading done"] = 1.0
    elif not_done and not done:
        f["shape:heading not done"] = 1.0
    return f


@dataclass(frozen=True)
class ActivityModel:
    """Weights of a logistic regression and the thresholds chosen for them by cross-validation."""

    intercept: float
    weights: dict[str, float]
    add_at: float  # a unit the rules passed over becomes an activity (flagged unsure) from here
    veto_below: float  # a rule activity is dropped below this
    # Additions apply only to a paper in which the rules read at least one activity and at most this
    # share of its units as activities (`pipeline.additions_open`); 1.0 for no such gate.
    add_share_max: float = 1.0

    @cached_property
    def reads_shape(self) -> bool:
        """Whether any weight is a "shape:" feature's (weights fitted before they were read have none)."""
        return any(k.startswith("shape:") for k in self.weights)

    def probability(self, u: UnitView) -> float:
        f = features(u, shape=self.reads_shape)
        z = self.intercept + math.fsum(self.weights.get(k, 0.0) * v for k, v in sorted(f.items()))
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ActivityModel:
        return cls(
            intercept=float(d["intercept"]),
            weights={str(k): float(v) for k, v in d["weights"].items()},
            add_at=float(d["add_at"]),
            veto_below=float(d["veto_below"]),
            add_share_max=float(d.get("add_share_max", 1.0)),
        )


@cache
def shipped_model() -> ActivityModel | None:
    """The model in `data/activity_model.json`, or None when none is shipped."""
    f = resources.files("boardwork.papers.extract.data").joinpath("activity_model.json")
    if not f.is_file():
        return None
    return ActivityModel.from_dict(json.loads(f.read_text(encoding="utf-8")))
