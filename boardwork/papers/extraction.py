"""`Extraction`: what a paper says its board did and plans to do — the typed form of
`boardwork.extraction/1`, beside the `Paper` it is read from.

`papers.extract` produces it; the importer, the review screens and the API consume it. Pure Python
(no Django, no I/O). `to_dict()` writes the schema's JSON shape exactly (keys in the schema's
order); `from_dict()` reads one back, leniently, because reviewed extractions come back from
people and other programs: missing lists are empty, missing values None, and anything of the
wrong type is a `ValueError` naming the field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

SCHEMA = "boardwork.extraction/1"


def _str(v: Any, where: str) -> str | None:
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, int | float) and not isinstance(v, bool):
        return str(v)  # a paragraph number written as a number
    raise ValueError(f"{where} should be text, not {type(v).__name__}")


def _strs(v: Any, where: str) -> list[str]:
    if v is None:
        return []
    if not isinstance(v, list):
        raise ValueError(f"{where} should be a list")
    out = []
    for i, x in enumerate(v):
        s = _str(x, f"{where}[{i}]")
        if s is not None:
            out.append(s)
    return out


def _obj(v: Any, where: str) -> dict[str, Any]:
    if v is None:
        return {}
    if not isinstance(v, dict):
        raise ValueError(f"{where} should be an object")
    return v


def _objs(v: Any, where: str) -> list[dict[str, Any]]:
    if v is None:
        return []
    if not isinstance(v, list):
        raise ValueError(f"{where} should be a list")
    return [_obj(x, f"{where}[{i}]") for i, x in enumerate(v)]


@dataclass
class PaperInfo:
    """The paper the extraction was read from, as it names itself."""

    title: str | None = None
    body: str | None = None
    meeting_date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "body": self.body, "meeting_date": self.meeting_date}


@dataclass
class ThemeFound:
    """A section the paper reports work under, with the numbers of its paragraphs."""

    title: str | None
    paragraphs: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "paragraphs": list(self.paragraphs)}


class ReadAs(StrEnum):
    """How the rules read an activity where the reading itself decides what the pipeline does with it
    (`extract.pipeline._spared`, `_only_account`). Carried beside the officer's words of its note
    (`extract.unsure`), so rewording a note changes no reading. The pipeline's own: not written to
    `boardwork.extraction/1`, and an activity read back from JSON has none."""

    # an item of the body's money spent or committed, read as help given by its sum
    SPENDING = "spending"
    # a deed read from what the meeting was told in reported speech (`kinds.reported_kinds`)
    REPORTED = "reported"
    # a visit a minute tells of (`kinds.minute_engagement_kinds`)
    VISIT = "visit"
    # a minute's account of work done before the meeting (`kinds.minute_pluperfect_deed`)
    EARLIER_IN_MINUTES = "earlier in minutes"
    # the paper's only account of its work, read from its summary
    SUMMARY = "summary"
    # the paper's only account of its work, read from a consultation page's dates
    CONSULTATION = "consultation"


@dataclass
class ActivityFound:
    """One paragraph or bullet that reports work. `date` is ISO to its precision ('2020',
    '2020-12', '2020-12-03'); `kinds` are codes from `extract.KINDS`."""

    paragraph: str | None
    theme: str | None
    kinds: list[str]
    date: str | None
    organisations: list[str]
    policies: list[str]
    people: list[str]
    nations: list[str]
    text: str
    # How sure the rules are that this paragraph reports work (0..1); None when they are sure.
    confidence: float | None = None
    # Why the rules are unsure, in words a reviewer reads (`extract.unsure`: what to check and why).
    unsure: list[str] = field(default_factory=list)
    # How the rules read it, where that decides what the pipeline does (`ReadAs`): never exported, and
    # not compared, so an extraction read back from its JSON equals the one written.
    read_as: frozenset[ReadAs] = field(default=frozenset(), compare=False)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "paragraph": self.paragraph,
            "theme": self.theme,
            "kinds": list(self.kinds),
            "date": self.date,
            "organisations": list(self.organisations),
            "policies": list(self.policies),
            "people": list(self.people),
            "nations": list(self.nations),
            "text": self.text,
        }
        if self.confidence is not None:
            d["confidence"] = self.confidence
        if self.unsure:
            d["unsure"] = list(self.unsure)
        return d


@dataclass
class PlanTheme:
    title: str
    activities: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "activities": list(self.activities)}


@dataclass
class Plan:
    """The next cycle's work plan the paper sets out."""

    cycle: str | None
    themes: list[PlanTheme] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"cycle": self.cycle, "themes": [t.to_dict() for t in self.themes]}


@dataclass
class OrganisationFound:
    name: str
    acronym: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "acronym": self.acronym}


@dataclass
class Extraction:
    """What one paper says: its cycle ('2020/21'), themes, activities, next year's plan and every
    organisation it names."""

    paper: PaperInfo = field(default_factory=PaperInfo)
    cycle: str | None = None
    themes: list[ThemeFound] = field(default_factory=list)
    activities: list[ActivityFound] = field(default_factory=list)
    plan: Plan | None = None
    organisations: list[OrganisationFound] = field(default_factory=list)
    # Why nothing in the paper is proposed as work done, when the extractor judged the paper as a
    # whole to report none (a strategy, an agenda …: `extract.intentions.reports_no_work`), in words
    # an officer reads. Beside the schema, never in its JSON (`to_dict` leaves it out): an import
    # keeps it with the paper (`Paper.notes`).
    no_work: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The `boardwork.extraction/1` JSON shape (without `no_work`)."""
        return {
            "schema": SCHEMA,
            "paper": self.paper.to_dict(),
            "cycle": self.cycle,
            "themes": [t.to_dict() for t in self.themes],
            "activities": [a.to_dict() for a in self.activities],
            "plan": self.plan.to_dict() if self.plan is not None else None,
            "organisations": [o.to_dict() for o in self.organisations],
        }

    @classmethod
    def from_dict(cls, data: Any) -> Extraction:
        """Read a `boardwork.extraction/1` dict (see the module docstring for what is forgiven)."""
        d = _obj(data, "the extraction")
        schema = d.get("schema", SCHEMA)
        if schema != SCHEMA:
            raise ValueError(f"the extraction's schema is {schema!r}, not {SCHEMA}")
        p = _obj(d.get("paper"), "paper")
        plan_d = d.get("plan")
        plan = None
        if plan_d is not None:
            pd = _obj(plan_d, "plan")
            plan = Plan(
                _str(pd.get("cycle"), "plan.cycle"),
                [
                    PlanTheme(
                        _str(t.get("title"), f"plan.themes[{i}].title") or "",
                        _strs(t.get("activities"), f"plan.themes[{i}].activities"),
                    )
                    for i, t in enumerate(_objs(pd.get("themes"), "plan.themes"))
                ],
            )
        activities = []
        for i, a in enumerate(_objs(d.get("activities"), "activities")):
            at = f"activities[{i}]"
            activities.append(
                ActivityFound(
                    paragraph=_str(a.get("paragraph"), f"{at}.paragraph"),
                    theme=_str(a.get("theme"), f"{at}.theme"),
                    kinds=_strs(a.get("kinds"), f"{at}.kinds"),
                    date=_str(a.get("date"), f"{at}.date"),
                    organisations=_strs(a.get("organisations"), f"{at}.organisations"),
                    policies=_strs(a.get("policies"), f"{at}.policies"),
                    people=_strs(a.get("people"), f"{at}.people"),
                    nations=_strs(a.get("nations"), f"{at}.nations"),
                    text=_str(a.get("text"), f"{at}.text") or "",
                    confidence=_confidence(a.get("confidence"), f"{at}.confidence"),
                    unsure=_strs(a.get("unsure"), f"{at}.unsure"),
                )
            )
        return cls(
            paper=PaperInfo(
                _str(p.get("title"), "paper.title"),
                _str(p.get("body"), "paper.body"),
                _str(p.get("meeting_date"), "paper.meeting_date"),
            ),
            cycle=_str(d.get("cycle"), "cycle"),
            themes=[
                ThemeFound(
                    _str(t.get("title"), f"themes[{i}].title"), _strs(t.get("paragraphs"), "paragraphs")
                )
                for i, t in enumerate(_objs(d.get("themes"), "themes"))
            ],
            activities=activities,
            plan=plan,
            organisations=[
                OrganisationFound(
                    _str(o.get("name"), f"organisations[{i}].name") or "",
                    _str(o.get("acronym"), f"organisations[{i}].acronym"),
                )
                for i, o in enumerate(_objs(d.get("organisations"), "organisations"))
            ],
        )


def _confidence(v: Any, where: str) -> float | None:
    if v is None:
        return None
    if isinstance(v, bool) or not isinstance(v, int | float) or not 0 <= v <= 1:
        raise ValueError(f"{where} should be a number from 0 to 1")
    return float(v)
