"""Officers' bracketed asides told in a paper's words. A log line carries its detail in brackets
("Cllr Haddad on BBC local radio (breakfast)", "case studies up on the website (Harrowfield,
Eastmoor)", "wrote to the Minister (as chair of the Taskforce)"); a board paper does not. An aside
that restates a name the sentence already gives is dropped; one that carries information becomes
words ("a breakfast session", "case studies from Harrowfield City Council and Eastmoor District
Council", ", as chair of the Taskforce,", ", including closure orders and …"); one that is only a
qualifier with nowhere to go is dropped. Names stay recorded values: an organisation is printed
as the paper names its record. Pure Python over the facts."""

from __future__ import annotations

import re
from collections.abc import Callable

from .facts import OrgFact
from .names import Namer, mentions, spell_out
from .wording import join_words

_ASIDE = re.compile(r"\s*\(([^()]{1,160})\)")
# An aside that is a phrase of its own: told between commas.
_PHRASE_OPENERS = {
    "as", "in", "at", "for", "from", "via", "including", "with", "by", "chaired", "led", "hosted",
    "on", "under", "after", "before", "during", "ahead", "mainly", "mostly", "especially", "not",
}  # fmt: skip
# An acronym introduced after its name ("National Fire Chiefs Council (NFCC)") is not an aside.
_ACRONYM = re.compile(r"[A-Z][A-Za-z&]{0,8}[A-Z]s?")
# Words between an article and the noun a one-word qualifier goes before ("the first fire …").
_PRE = {"first", "second", "third", "last", "next", "new", "annual", "short", "two", "three", "four"}
# Where a publication went, which the name of its source precedes ("case studies from X on the website").
_WHERE_PUT = re.compile(r"\s(?:on|to) (?:the |our )?(?:website|web|KHub|Knowledge Hub)$")


def _org_of(piece: str, orgs: list[OrgFact]) -> OrgFact | None:
    """The recorded organisation an aside names: by name, acronym, alias, the short form of a
    council's name, or the place that opens it ("Harrowfield" for Harrowfield City Council)."""
    for o in orgs:
        words = o.name.split()
        place = words[0] if len(words) >= 3 and words[-1] == "Council" else ""
        if piece in {o.name, o.acronym, *o.aliases, place} - {""}:
            return o
    return None


def _introduces(before: str, content: str) -> bool:
    """Does the aside introduce an acronym for the name before it ("Council (NFCC)")?"""
    if not _ACRONYM.fullmatch(content):
        return False
    caps = [w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", before)[-(len(content) + 4) :] if w[0].isupper()]
    return "".join(caps).endswith(content.rstrip("s")) or content.rstrip("s") in "".join(caps)


def _between_commas(text: str, start: int, end: int, phrase: str) -> str:
    """`phrase` in place of text[start:end], set off by commas (none before closing punctuation)."""
    tail = text[end:]
    close = "" if re.match(r"^\s*(?:$|[.;:,])", tail) else ","
    return f"{text[:start].rstrip(',')}, {phrase}{close}{tail}"


def _qualified(before: str, word: str) -> str | None:
    """'we held a session' + 'breakfast' → 'we held a breakfast session'; None when no article
    opens the noun phrase the aside follows (a name: 'on BBC local radio (breakfast)')."""
    m = re.search(
        r"\b([Aa]n?|[Tt]he)((?:\s(?:" + "|".join(_PRE) + r"))*)\s([\w'’-]+(?:\s[\w'’-]+){0,3})$", before
    )
    if m is None:
        return None
    article = m.group(1)
    if article.lower() in ("a", "an"):
        article = article[0] + ("n" if word[:1].lower() in "aeiou" else "")
    return f"{before[: m.start()]}{article}{m.group(2)} {word} {m.group(3)}"


def tell_asides(
    text: str,
    orgs: list[OrgFact],
    namer: Namer,
    *,
    words: str = "",
    news: bool = False,
    source_word: str = "with",
) -> str:
    """`text` (a clause from a log entry) with its bracketed asides told as a paper tells them.
    `orgs` are the event's organisations, `words` the records' own text (for spelling out acronyms
    in a list), `news` marks the day's news (an organisation in brackets there is who in the
    Government acted: the news is told without it), `source_word` how named organisations join
    the sentence ("from" for a publication's sources, "with" for an event's)."""
    out = text
    for m in reversed(list(_ASIDE.finditer(text))):
        content = " ".join(m.group(1).split())
        before = out[: m.start()]
        told = _one_aside(out, m.start(), m.end(), content, before, orgs, namer, words, news, source_word)
        if told is not None:
            out = told
    return out


def _one_aside(
    text: str,
    start: int,
    end: int,
    content: str,
    before: str,
    orgs: list[OrgFact],
    namer: Namer,
    words: str,
    news: bool,
    source_word: str,
) -> str | None:
    """The text with one aside told, or None to leave it as typed."""
    drop: Callable[[], str] = lambda: before + text[end:]  # noqa: E731
    if _introduces(before, content) or re.search(r"\d", content) and not re.search(r"[a-z]{3}", content):
        return None  # an acronym's introduction, or a figure or a date: kept as typed
    pieces = [p.strip() for p in re.split(r",\s*|\s+and\s+|\s*/\s*", content) if p.strip()]
    named = [_org_of(p, orgs + list(namer.orgs.values())) for p in pieces]
    if pieces and all(named):
        found = [o for o in named if o is not None]
        rest = before + text[end:]
        if news or all(mentions(rest, o) for o in found):
            return drop()  # the news names who acted; or the sentence already names them
        names = join_words([namer(o) for o in found])
        where = _WHERE_PUT.search(before)
        if where and source_word == "from":
            return f"{before[: where.start()]} from {names}{before[where.start() :]}{text[end:]}"
        return _between_commas(text, start, end, f"{source_word} {names}")
    if news:
        return None  # the news's own asides ("(in force 31 Dec)") are told with the news
    first = content.split()[0]
    if first.lower() in _PHRASE_OPENERS and first[:1].islower():
        return _between_commas(text, start, end, content)
    if "," in content and all(p[:1].islower() or _ACRONYM.fullmatch(p.split()[0]) for p in pieces):
        # A list of what it covered, its acronyms in full (an aside's terms are not introduced).
        listed = spell_out(f"({join_words(pieces)})", namer, words)[1:-1]
        return _between_commas(text, start, end, f"including {listed}")
    if len(content.split()) <= 2 and content[:1].islower() and not re.search(r"\d", content):
        qualified = _qualified(before, content)
        return qualified + text[end:] if qualified is not None else drop()
    return None
