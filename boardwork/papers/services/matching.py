"""Titles and texts: normalised, "very similar", paired by similarity; and the guesses made from
a title (a paper's kind, a commitment's reason for delay)."""

from __future__ import annotations

import re
from collections.abc import Callable

from boardwork.boards.models import Board

from ..document import Paper as PaperDocument
from ..extract.sections import reads_as_minutes
from ..models import StoredPaper
from .reports import ReportError, house_style

# ---------------------------------------------------------------------------------------------------
# Text helpers: normalised titles and "very similar" titles
# ---------------------------------------------------------------------------------------------------

_STOP = frozenset("the of and for a an in on to with by at from our its their".split())


def norm_title(text: str) -> str:
    """Lower-case, curly quotes and '&' straightened, punctuation (hyphens too) as spaces."""
    t = (text or "").lower().replace("\u2019", "'").replace("\u2018", "'").replace("&", " and ")
    t = re.sub(r"[^a-z0-9']+", " ", t).replace("'", "")
    return re.sub(r"\s+", " ", t).strip()


def catch_all_heading(board: Board) -> Callable[[str], bool]:
    """A test for the heading Boardwork's composer gives work under none of the year's themes
    ("Other work", or the board's house-style wording): the composer's catch-all, never a theme of
    the board, so a composed paper uploaded again must not turn it into one."""
    from ..compose import DEFAULT_WORDING

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
# Guesses
# ---------------------------------------------------------------------------------------------------

_KIND_WORDS = [
    (StoredPaper.Kind.MINUTES, r"\bminutes\b"),
    (StoredPaper.Kind.END_OF_YEAR, r"\b(end[- ]of[- ]year|year[- ]end|annual report|review of the year)\b"),
    (StoredPaper.Kind.PERFORMANCE, r"\b(performance|quarter(ly)?|q[1-4]|rag)\b"),
    (StoredPaper.Kind.WORK_PLAN, r"\b(work ?plan|work programme|business plan|priorities)\b"),
]


def guess_paper_kind(title: str | None, paper: PaperDocument | None = None) -> str:
    """A stored paper's kind from its title; a paper that reads as a meeting's minutes (its title or
    its items' "Minutes" labels, `extract.sections.reads_as_minutes`) is minutes whatever its title
    names: the minute of an item "Work Programme 2021/22" is no work plan."""
    if paper is not None and reads_as_minutes(paper):
        return StoredPaper.Kind.MINUTES
    t = (title or "").lower()
    for kind, pattern in _KIND_WORDS:
        if re.search(pattern, t):
            return kind
    return StoredPaper.Kind.OTHER


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
