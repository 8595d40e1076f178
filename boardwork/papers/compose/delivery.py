"""Delivery against a theme's commitments ("Of our four commitments under this theme, two are
complete …", and why each slipped), and how a sentence names a commitment. Pure Python over the
facts; the sentence builder (`narrative.py`) re-exports these."""

from __future__ import annotations

import re

from .facts import CommitmentFact, Para, Sentence
from .wording import (
    count_word,
    expand_shorthand,
    first_sentence,
    join_words,
    lower_first,
    note_sentences,
    opens_with_past_verb,
    sentence,
    upper_first,
)

_NOT_IMPERATIVE = {"a", "an", "the", "we", "our", "officers", "case", "series", "it", "there"}
_VERBS_IN_S = {"press", "address", "progress", "assess", "discuss", "process", "focus", "access"}


def commitment_phrase(title: str) -> str:
    """'our commitment to support councils …' for a title written as an action; a title that is not
    ("Case studies to capture …", "We anticipate …") is quoted: 'our commitment “Case studies …”'."""
    t = title.strip().rstrip(".:")
    first = (t.split() or [""])[0].lower()
    if (
        first.endswith("ing")
        or first in _NOT_IMPERATIVE
        or (first.endswith("s") and first not in _VERBS_IN_S)
    ):
        return f"our commitment “{t}”"
    return f"our commitment to {lower_first(t)}"


def commitment_short(title: str) -> str:
    """A long commitment title cut to its first part for a sentence that names it: the words before
    the first ', ', ' and ', ':' or ' so that ' after its fifth word ("Develop a programme of support
    for councils on modern slavery, including …" → "… on modern slavery"). Still the recorded words."""
    t = title.strip().rstrip(".:")
    words = t.split()
    if len(words) <= 12:
        return t
    for m in re.finditer(
        rf",\s(?=[a-z])|:\s|\s(?:and(?=\s(?:{_PLAN_VERBS})\b)|so that|including|with|backed by)\s|\s\(", t
    ):
        if len(t[: m.start()].split()) >= 5:
            return t[: m.start()]
    return t


# Verbs a work plan's items start with: "… and press for …" begins a second action, where "… and
# the ASB measures" is still the first one's object.
_PLAN_VERBS = (
    "influence|press|embed|deliver|support|publish|develop|work|run|lobby|build|respond|promote|"
    "engage|ensure|shape|provide|host|raise|make|seek|continue|take|review|prepare|refresh|fund"
)


# --------------------------------------------------------------------------------------------------
# Delivery against commitments
# --------------------------------------------------------------------------------------------------

STATE_WORDS = {
    "complete": "complete",
    "on_track": "on track",
    "planned": "not yet started",
    "at_risk": "at risk",
    "off_track": "off track",
    "deferred": "deferred",
    "dropped": "dropped",
}
SLIPPED = ("at_risk", "off_track", "deferred", "dropped")


def short_reason(text: str) -> str:
    """A recorded reason cut to its first clause where long (a quote, never a paraphrase): its first
    sentence; a short status before a colon ("Not delivered in 2022/23: officer time went …") gives
    way to the reason after it; past twenty words, the part before '; ', ', and ' or ', which'."""
    whole = " ".join(text.split()).rstrip(".")
    head, sep, tail = whole.partition(": ")
    if (
        sep
        and len(head.split()) <= 5
        and len(tail.split()) >= 3
        and not re.search(r"\b(dropped|deferred)\b", head, re.I)
    ):
        whole = tail
    if len(whole.split()) <= 20:
        return whole
    first = first_sentence(whole).rstrip(".")
    if len(first.split()) > 20:
        for m in re.finditer(r";\s|,\s(?:and|which|so|but)\s|\s-\s", first):
            if len(first[: m.start()].split()) >= 6:
                return first[: m.start()]
    return first


def reason_for(c: CommitmentFact, quarter: int | None = None) -> tuple[str, list[str]]:
    """Why a commitment slipped: its delay reason, else the latest commentary (with the refs),
    cut to its first clause (`short_reason`)."""
    if c.delay_reason.strip():
        return short_reason(c.delay_reason), [c.ref]
    u = c.latest(quarter)
    if u and u.commentary.strip():
        return short_reason(expand_shorthand(u.commentary)), [c.ref, u.ref]
    return "", [c.ref]


def recorded_reason(c: CommitmentFact) -> str:
    """Why the commitment slipped this year, as a paper may say it: its recorded delay reason (a
    quarterly update is a progress note, told in Appendix 1, not a reason), cut to its first clause;
    '' when there is none, or when the reason is the year it was carried from's ("Not delivered in
    2022/23: …" explains why it came into this year, not why it slipped in it)."""
    r = " ".join(c.delay_reason.split())
    if not r or (c.carried_from_cycle and c.carried_from_cycle in r):
        return ""
    return short_reason(expand_shorthand(r))


# A reason with a verb of its own ("DHSC did not confirm …", "funding … is still not confirmed").
_FINITE_CLAUSE = re.compile(
    r"\b(is|are|was|were|has|have|had|did|does|do|will|would|could|can|cannot|went|came|took|"
    r"withdrew|meant|cover|covers|need|needs|remain|remains|ran|slipped|moved)\b"
)


def slip_text(subject: str, state: str, reason: str) -> str:
    """A slipped commitment and why, in the paper's words: 'X was dropped at the January meeting, as
    …' (a reason that opens with the state), 'X is deferred: it was held back for …' (a reason
    that opens with a participle), 'X is at risk because …' (a clause); a reason that is a note
    with no verb is left out ('X is deferred.'), as the paper's Appendix 1 gives the notes."""
    word = STATE_WORDS.get(state, state.replace("_", " "))
    if not reason:
        return f"{subject} is {word}"
    head, sep, tail = reason.partition(": ")
    if reason.lower().startswith(word):
        text = f"{subject} was {lower_first(head if sep else reason)}"
        return text + (f", as {lower_first(tail)}" if sep and tail else "")
    first_words = " ".join(reason.split()[1:4])
    if opens_with_past_verb(reason) and not _FINITE_CLAUSE.search(first_words):
        return f"{subject} is {word}: it was {lower_first(reason)}"
    if _FINITE_CLAUSE.search(reason) and not opens_with_past_verb(reason):
        return f"{subject} is {word} because {lower_first(reason)}"
    return f"{subject} is {word}"


def because_sentence(reason: str) -> str:
    """A recorded reason as a sentence of its own: 'It was held back for …' (a participle), 'It was
    dropped at the January meeting, as …' (a status and its reason), 'This is because …' (a clause);
    '' for a note with no verb."""
    if not reason:
        return ""
    head, sep, tail = reason.partition(": ")
    if sep and re.match(r"(dropped|deferred|paused|postponed)\b", head, re.I):
        return sentence(f"It was {lower_first(head)}" + (f", as {lower_first(tail)}" if tail else ""))
    if opens_with_past_verb(reason) and not _FINITE_CLAUSE.search(" ".join(reason.split()[1:4])):
        return sentence(f"It was {lower_first(reason)}")
    if _FINITE_CLAUSE.search(reason):
        return sentence(f"This is because {lower_first(reason)}")
    return ""


_SLIP_SUBJECTS = ("Our commitment to {t}", "Work to {t}", "The commitment to {t}")


def delivery_paragraph(commitments: list[CommitmentFact]) -> Para | None:
    """'Of our four commitments under this theme, two are complete, one is on track and one is at
    risk.' then a sentence on each that slipped, with the first clause of its reason."""
    if not commitments:
        return None
    counts: dict[str, int] = {}
    for c in commitments:
        counts[c.state] = counts.get(c.state, 0) + 1
    order = ["complete", "on_track", "planned", "at_risk", "off_track", "deferred", "dropped"]
    parts = []
    for s in order:
        n = counts.get(s, 0)
        if n:
            verb = "is" if n == 1 else "are"
            parts.append(f"{count_word(n)} {verb} {STATE_WORDS[s]}")
    n = len(commitments)
    if n == 1:
        return _one_commitment(commitments[0])
    elif len(counts) == 1 and "planned" in counts:
        opening = f"{'Neither' if n == 2 else 'None'} of our {count_word(n)} commitments under this theme has started yet"
    elif len(counts) == 1:
        every = "Both" if n == 2 else f"All {count_word(n)}"
        opening = f"{every} of our commitments under this theme are {STATE_WORDS[commitments[0].state]}"
    else:
        opening = f"Of our {count_word(n)} commitments under this theme, {join_words(parts)}"
    sentences = [Sentence(sentence(opening), [c.ref for c in commitments])]
    slipped = [c for c in commitments if c.state in SLIPPED]
    for i, c in enumerate(slipped):
        why = recorded_reason(c)
        phrase = commitment_phrase(commitment_short(c.title))
        if phrase.startswith("our commitment to "):
            subject = _SLIP_SUBJECTS[i % len(_SLIP_SUBJECTS)].format(
                t=phrase.removeprefix("our commitment to ")
            )
        else:
            subject = upper_first(phrase)
        text = slip_text(subject, c.state, why)
        sentences.append(Sentence(sentence(text), [c.ref]))
        u = c.latest()
        if text == f"{subject} is {STATE_WORDS.get(c.state, c.state)}":
            # No reason recorded: the latest update's note, where it reads as sentences; else what
            # is recorded (its latest rating), never a bare "deferred" (readiness flags it too).
            told = note_sentences(u.commentary) if u is not None else ""
            if told:
                sentences.append(Sentence(told, [c.ref, u.ref] if u else [c.ref]))
            else:
                sentences[-1] = Sentence(
                    sentence(text + ": " + last_rating(c)), [c.ref, *([u.ref] if u else [])]
                )
    return Para(sentences)


def _one_commitment(c: CommitmentFact) -> Para:
    """A theme with one commitment says which it is and where it stands in one sentence ("Our one
    commitment under this theme, to publish …, is complete."), and why where it slipped — not "Our
    one commitment … is deferred. Our commitment to … is deferred: …"."""
    phrase = commitment_phrase(commitment_short(c.title))
    named = phrase.removeprefix("our commitment ")
    subject = f"Our one commitment under this theme, {named},"
    if c.state not in SLIPPED:
        return Para([Sentence(sentence(f"{subject} is {STATE_WORDS.get(c.state, c.state)}"), [c.ref])])
    text = slip_text(subject, c.state, recorded_reason(c))
    u = c.latest()
    if text != f"{subject} is {STATE_WORDS.get(c.state, c.state)}":
        return Para([Sentence(sentence(text), [c.ref])])
    told = note_sentences(u.commentary) if u is not None else ""
    if told and u is not None:
        return Para([Sentence(sentence(text), [c.ref]), Sentence(told, [c.ref, u.ref])])
    return Para([Sentence(sentence(text + ": " + last_rating(c)), [c.ref, *([u.ref] if u else [])])])


def last_rating(c: CommitmentFact) -> str:
    """What the record says of a slipped commitment with no reason and no note: 'it was rated amber
    at its last update, for quarter 3' (or that it has had no update)."""
    u = c.latest()
    if u is None:
        return "it has had no quarterly update"
    return f"it was rated {u.rag} at its last update, for quarter {u.quarter}"
