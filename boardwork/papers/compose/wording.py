"""Small wording helpers the sentence builder and the papers share: counts in words, lists, case,
one sentence, the month phrase, and officers' log shorthand spelled out. Pure Python."""

from __future__ import annotations

import datetime as dt
import re

from boardwork.lib.dates import MONTH_NAMES

# The month names papers write (one list, in lib/dates.py).
MONTHS = MONTH_NAMES
NUMBER_WORDS = "no one two three four five six seven eight nine ten eleven twelve".split()


def count_word(n: int) -> str:
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else str(n)


def join_words(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def lower_first(text: str) -> str:
    """'Support councils' → 'support councils'; acronyms and names ('NFCC agreed') keep their case."""
    if not text:
        return text
    first = text.split()[0]
    if len(first) > 1 and (first[1:2].isupper() or any(ch.isdigit() for ch in first)):
        return text
    if first in _KEEP_CAPITAL:
        return text
    if (
        first.lower() in NUMBER_WORDS
        or first.lower() in _COMMON_OPENERS
        or first.lower().endswith(("ed", "ing"))
    ):
        return text[:1].lower() + text[1:]
    words = text.split()
    if len(words) > 1 and words[1][:1].isupper() and words[1] not in ("I",):
        return text  # a name of several words: "Cabinet Office workshop", "Lords report stage"
    return text[:1].lower() + text[1:]


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def sentence(text: str) -> str:
    """One sentence: capital first, a single full stop (or the sentence's own ! ?) at the end."""
    text = " ".join(text.split()).strip()
    text = re.sub(r"[\s;,:\-–]+$", "", text)
    if not text:
        return ""
    if text[-1] not in ".!?":
        text += "."
    return upper_first(text)


def month_phrase(day: dt.date | None, precision: str) -> str:
    """'In May' (the month is what papers give; a date known only to the year says 'In 2023')."""
    if day is None:
        return ""
    if precision == "year":
        return f"In {day.year}"
    return f"In {MONTHS[day.month - 1]}"


# Officers' log shorthand → the words a paper writes. Only spelling: no figure, date or name changes.
_SHORTHAND = [
    (r"\bw/\s*", "with "),
    (r"\s&\s", " and "),
    (r"\bapprox\.?\s", "about "),
    (r"~\s?(?=\d)", "about "),
    (r"\bmtgs?\b", "meeting"),
    (r"\bcllrs\b", "councillors"),
    (r"\bCllrs\b", "Councillors"),
    (r"\bQs\b", "questions"),
    (r"\b2nd reading\b", "second reading"),
    (r"\b2R\b", "second reading"),
    (r"\bincl\.\s?", "including "),
    (r"\bgov\b", "Government"),
    (r"\bGov\b", "Government"),
    (r"\bTBC\b", "to be confirmed"),
    (r"\brecieved\b", "received"),
    (r"\bDA Commissioner\b", "Domestic Abuse Commissioner"),
    (r"\bparas?\b(?=\s(?:to|in|on|about)\b)", "paragraph"),
    (r"\bwon't\b", "will not"),
    (r"\bcan't\b", "cannot"),
    (r"\bhaven't\b", "have not"),
    (r"\bhasn't\b", "has not"),
    (r"\bdidn't\b", "did not"),
    (r"\bdoesn't\b", "does not"),
    (r"\bWe'll\b", "We will"),
    (r"\bwe'll\b", "we will"),
    (r"\bwe'd\b", "we would"),
    (r"\bJan\b(?!\s\d{2}\b)", "January"),
    (r"\bFeb\b(?!\s\d{2}\b)", "February"),
    (r"\bSept?\b(?!\s\d{2}\b)", "September"),
    (r"\bOct\b(?!\s\d{2}\b)", "October"),
    (r"\bNov\b(?!\s\d{2}\b)", "November"),
    (r"\bDec\b(?!\s\d{2}\b)", "December"),
]
_SHORTHAND_RE = [(re.compile(p), r) for p, r in _SHORTHAND]

_COMMON_OPENERS = {
    "quarterly",
    "emergency",
    "annual",
    "monthly",
    "joint",
    "online",
    "regular",
    "further",
    "several",
    "weekly",
    "all",
    "some",
    "most",
    "first",
    "second",
    "third",
    "last",
    "next",
    "each",
}
_KEEP_CAPITAL = {"Government", "Parliament", "Ministers", "Minister", "I", "Lords", "Commons", "Prevent"}

# Past-tense verbs that open an officer's log entry ("Submitted our response …"): the builder adds
# "we". Regular verbs end in -ed; these are the irregular ones the genre uses.
_IRREGULAR_PAST = {
    "spoke", "met", "sent", "ran", "held", "wrote", "gave", "put", "took", "led", "set", "made", "won",
    "began", "brought", "sought", "told", "went", "built", "chaired", "co-hosted", "co-chaired",
}  # fmt: skip


# "due Jan 24" is January 2024 in a log (a day comes first: "24 Jan"); "beyond 24/25" is 2024/25.
_MONTH_YEAR = re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) (\d{2})\b(?![\d:/])")
_SHORT_YEAR = re.compile(
    r"(?<![\d/])(\d{2})/(\d{2})(?![\d/])(?!\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
)
_MONTH_OF = {m[:3]: m for m in MONTH_NAMES}


def _short_year(m: re.Match[str]) -> str:
    a, b = int(m.group(1)), int(m.group(2))
    return f"20{m.group(1)}/{m.group(2)}" if b == (a + 1) % 100 else m.group(0)


def expand_shorthand(text: str) -> str:
    """Officers' shorthand spelled out ("w/" → "with", "approx" → "about", "Jan 24" → "January
    2024", "24/25" → "2024/25", "won't" → "will not"); figures and names kept."""
    out = text
    for pat, rep in _SHORTHAND_RE:
        out = pat.sub(rep, out)
    out = _MONTH_YEAR.sub(lambda m: f"{_MONTH_OF[m.group(1)[:3]]} 20{m.group(2)}", out)
    out = _SHORT_YEAR.sub(_short_year, out)
    return " ".join(out.split())


def first_sentence(text: str) -> str:
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9])", " ".join((text or "").split()))
    return parts[0].rstrip(".") if parts else ""


def opens_with_past_verb(text: str) -> bool:
    first = (text.split() or [""])[0].lower().strip(",")
    return (first.endswith("ed") and len(first) > 4) or first in _IRREGULAR_PAST
