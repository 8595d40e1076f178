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
    # An acronym or a name with capitals inside it ("NFCC", "DfT", "MoJ") keeps its case.
    if len(first) > 1 and (any(ch.isupper() for ch in first[1:]) or any(ch.isdigit() for ch in first)):
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
    (r"(?<=\w)\s\+\s(?=\w)", " and "),  # "survey + 6 interviews"
    (r"\bgov\b", "Government"),
    (r"\bGov\b", "Government"),
    (r"\bTBC\b", "to be confirmed"),
    (r"\b(\d[\d,]*)\+(?!\w)", r"\1 or more"),
    (r"\bon first call\b", "on the first call"),
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
_KEEP_CAPITAL = {
    "Government",
    "Parliament",
    "Ministers",
    "Minister",
    "I",
    "Lords",
    "Commons",
    "Prevent",
    "Bill",
    "Act",
}

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
    # "due January 2024" → "due in January 2024" (a month is "in"; a day keeps its own form).
    out = re.sub(r"\bdue (?=(?:" + "|".join(MONTH_NAMES) + r") \d{4}\b)", "due in ", out)
    return " ".join(out.split())


# A log line written on the day says what is still to come ("briefing on the guidance before it
# comes in on 31 Dec"); the year-end paper is written after it: "before it came in on 31 December".
_PAST_OF = {
    "comes": "came", "come": "came", "goes": "went", "go": "went", "starts": "started", "start": "started",
    "begins": "began", "begin": "began", "closes": "closed", "close": "closed", "opens": "opened",
    "open": "opened", "takes": "took", "take": "took", "ends": "ended", "end": "ended", "is": "was",
    "are": "were", "runs": "ran", "run": "ran", "applies": "applied", "apply": "applied",
}  # fmt: skip
_PRESENT_AFTER = re.compile(
    r"\b(?P<conj>before|until|when|once|after|as soon as)\s+"
    r"(?P<subj>it|they|this|these|the\s[\w'’-]+(?:\s[\w'’-]+){0,3}?)\s"
    rf"(?P<verb>{'|'.join(_PAST_OF)})\b"
)


def past_tense(text: str) -> str:
    """What a log line said was still to come, told in the past for a paper written after it:
    'before it comes in on 31 December' → 'before it came in on 31 December'. Only a verb after a
    conjunction of time changes; the log's own words and figures stay."""
    return _PRESENT_AFTER.sub(
        lambda m: f"{m.group('conj')} {m.group('subj')} {_PAST_OF[m.group('verb')]}", text
    )


def first_sentence(text: str) -> str:
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9])", " ".join((text or "").split()))
    return parts[0].rstrip(".") if parts else ""


def opens_with_past_verb(text: str) -> bool:
    first = (text.split() or [""])[0].lower().strip(",")
    return (first.endswith("ed") and len(first) > 4) or first in _IRREGULAR_PAST


# An outcome logged as a noun and a participle, with no verb ("Guidance note deferred to 2024/25",
# "Reply received 20 Nov offering a meeting"): the builder adds the article and "was".
_PARTICIPLE_NOTE = re.compile(
    r"^(?P<np>[A-Za-z][\w'’-]*(?:\s[a-z][\w'’-]*){0,3}?)\s"
    r"(?P<pp>deferred|postponed|delayed|received|published|agreed|confirmed|approved|cancelled|"
    r"withdrawn|dropped|launched|extended|moved|paused|sent|held|completed|drafted)\b(?P<rest>.*)$"
)
_NOT_NOUN = {"we", "they", "it", "no", "government", "ministers", "officials", "members", "councils"}


def participle_note(note: str) -> str:
    """A note logged as a noun and a participle with no verb, told as a clause: 'Guidance note
    deferred to 2024/25' → 'the guidance note was deferred to 2024/25', 'Reply received 20 Nov …'
    → 'we received a reply on 20 November …'; '' when the note is not one."""
    m = _PARTICIPLE_NOTE.match(note)
    if (
        not m
        or m.group("np").lower() in _NOT_NOUN
        or re.search(r"\b(is|are|was|were|will|has|have)\b", m.group("np"))
    ):
        return ""
    np_, pp, rest = lower_first(m.group("np")), m.group("pp"), m.group("rest")
    if re.match(r"\s\d{1,2}\s[A-Z][a-z]+", rest):
        rest = " on" + rest  # "received 20 November" → "received on 20 November"
    if pp == "received":
        return f"we received {'a' if not re.match('[aeiou]', np_) else 'an'} {np_}{rest}"
    plural = np_.endswith("s") and not np_.endswith("ss")
    return f"{_the(np_)}{np_} {'were' if plural else 'was'} {pp}{rest}"


def _the(np_: str) -> str:
    """The article a logged noun phrase lacks: none before a count ("Two case studies")."""
    first = (np_.split() or [""])[0].lower()
    return "" if first in NUMBER_WORDS or first[:1].isdigit() else "the "


# A verb that makes a note a sentence of its own ("Guide will not be ready this cycle").
_FINITE_NOTE = re.compile(
    r"^\S+(?:\s\S+){0,3}?\s(is|are|was|were|has|have|had|will|would|did|does|cannot|slip|slips|"
    r"remains?|continues?)\b"
)
# A progress note with its verb left out: a noun phrase and a participle ("Case studies drafted",
# "Review of Local Resilience Forums delayed by Government") or a state ("officer now in post",
# "Funding … still not confirmed", "sign-off from councils slower than planned").
_NP = r"(?P<np>[A-Za-z][\w'’-]*(?:\s(?!(?:is|are|was|were|will|has|have|now|still|not)\b)[\w'’-]+){0,5}?)"
_NOTE_PARTICIPLE = re.compile(
    _NP + r"(?P<adv>\s(?:well|poorly|fully|largely|partly|mostly))?"
    r"\s(?P<pp>[a-z][a-z-]*ed|set|held|sent|met|run|begun|done|written|found)\b(?!\s+to\b)(?P<rest>.*)$"
)
_NOTE_STATE = re.compile(
    _NP + r"\s(?P<rest>(?:still|now|not yet|no longer)\b.*|"
    r"(?:slower|later|lower|higher|faster|better|worse|smaller|larger) than\b.*)$"
)


def _note_clause(piece: str) -> str:
    told = participle_note(piece)
    if told:
        return told
    for pattern in (_NOTE_STATE, _NOTE_PARTICIPLE):
        m = pattern.match(piece)
        if not m or m.group("np").split()[0].lower() in _NOT_NOUN | _ARTICLE_FREE - {"the"}:
            continue
        np_ = m.group("np")
        # The head noun is the last word before a preposition: "sign-off from councils" is one.
        head = re.split(r"\s(?:from|with|of|for|on|in|to|at|by|about)\s", np_)[0].split()[-1]
        plural = head.endswith("s") and not head.endswith("ss")
        np_ = re.sub(r"^the\s", "", lower_first(np_), flags=re.I)
        verb = ("were" if plural else "was") if pattern is _NOTE_PARTICIPLE else ("are" if plural else "is")
        rest = m.group("rest")
        if pattern is _NOTE_PARTICIPLE:
            rest = f"{m.group('adv') or ''} {m.group('pp')}{rest}"
            if re.match(r"\s\S+\s\d{1,2}\s[A-Z][a-z]+", rest):
                rest = re.sub(r"^(\s\S+)(\s\d)", r"\1 on\2", rest)  # "published 14 March" → "on 14 March"
        else:
            rest = " " + rest
        return f"{_the(np_)}{np_} {verb}{rest}"
    if _FINITE_NOTE.match(piece):
        first = piece.split()[0]
        bare = first[:1].isupper() and first[1:].islower() and first.lower() not in _ARTICLE_FREE
        return ("the " + lower_first(piece)) if bare else piece
    return ""


def note_sentences(note: str) -> str:
    """An officer's progress note told in the paper's sentences, or left out: a note with its verb
    left out gets it back ('Case studies drafted' → 'The case studies were drafted', 'officer now
    in post' → 'The officer is now in post'); a note with its own verb keeps its words, with the
    article its bare noun lacks ('Guide will not be ready' → 'The guide will not be ready'); a
    fragment that is neither ('Funding position unchanged', 'at risk') is dropped — the full note is
    in the paper's table."""
    out: list[str] = []
    for piece in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9])|;\s+", " ".join(expand_shorthand(note).split())):
        piece = piece.strip().rstrip(".")
        # "…, more promotion planned": the next step the note adds, as a clause of its own.
        piece = re.sub(r",\s+(more|further)\s+([\w -]+?)\s+planned$", r", so \1 \2 is planned", piece)
        told = _note_clause(piece) if piece else ""
        if not told:
            continue
        if out and len(out[-1].split()) <= 8 and _SETBACK.search(told) and not _SETBACK.search(out[-1]):
            # What was done, then what holds it up, in one sentence: "The case studies were drafted,
            # but the sign-off from councils is slower than planned."
            out[-1] = out[-1].rstrip(".") + ", but " + lower_first(told).rstrip(".") + "."
            continue
        out.append(sentence(told))
    return " ".join(out)


# A note that says what holds the work up.
_SETBACK = re.compile(
    r"\b(slower|later|lower|worse|not yet|still not|no longer|delayed|behind|withdrew|paused)\b"
)


# Words a sentence may open with and need no article ("We", "All six", "Both").
_ARTICLE_FREE = {
    "we",
    "the",
    "our",
    "all",
    "both",
    "it",
    "this",
    "these",
    "they",
    "no",
    "two",
    "three",
    "four",
    "five",
    "six",
    "members",
    "councils",
    "officers",
    "ministers",
    "government",
}
