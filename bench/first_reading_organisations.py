"""Organisations at first reading: each development paper as the rules stood before its key was added
(`bench/activity_history_dump.py`, the rules alone, cached under $TMPDIR/activity_history as
`bench/first_reading_losses.py` reads them), and, beside it, as this tree reads it (`--now`, with
the shipped activity model, as `bench/scores.py --real --model` reads). Only the keyed activities
whose unit the reading matched (the shared scorer's unit, a paragraph number) are counted, so that
what is tallied is the organisations' own error, not the activities'.

For each matched activity, with the shared scorer's normalised names:

- every keyed organisation missed, by cause: an acronym the paper defines ("Long Name (LN)") or
  the key's name defined by one; in the gazetteer (shipped names, aliases, acronyms); a name ending
  in a body's headword ("… Council", "… Partnership"); the key's name not in the unit's text (the
  key names it as it is known, or from elsewhere); a name found under another form (one name holds
  the other); else "other, not in the gazetteer";
- every organisation found that the key lacks, by cause: the paper's author (as keyed); a web
  site; a post or a person's office; a name another keyed name holds or is held by (read in part,
  or too long); a venue or a building; a body the key names in another activity of the paper; no
  body's headword and not in the gazetteer (a place, a name of a thing); a gazetteer body the key
  leaves out; else "other".

Counts are per file (as the means are). Held-out papers are never read. Prints counts only
(`--list` prints each development pair with its cause).

    TMPDIR=/tmp/x .venv/bin/python bench/first_reading_organisations.py [--now] [--list]
"""

import re
import sys
from collections import Counter

from first_reading_fields import norm, readings, report, tally

from boardwork.papers.extract.organisations import _ORG_HEADS, default_gazetteer

GAZ = default_gazetteer()
_VENUE = re.compile(
    r"\b(Hall|Stadium|Library|Hotel|House|Park|Museum|Theatre|Arena|Church|Castle|Square|Street|Road|"
    r"Gardens|Building|Chambers|Court)\b"
)
_POST = re.compile(
    r"\b(Commissioner|Officer|Chief|Chair|Chairman|Director|Minister|Secretary|Mayor|Leader|Manager|"
    r"Member|Councillor|Cllr|Constable|Superintendent|Inspector)\b"
)
_WEB = re.compile(r"www\.|https?:|\.(gov|org|co|ac|nhs|police)\.|\.uk\b|\.com\b", re.I)


def heads(name):
    return bool(set(re.findall(r"[a-z]+", name.lower())) & _ORG_HEADS)


def defined_acronyms(text):
    """{acronym: the words before it} for "Long Name (LN)" in a paper's text."""
    out = {}
    for m in re.finditer(
        r"((?:[A-Z][\w'&-]*\s+(?:(?:of|and|for|the|&)\s+)*){1,10})\(([A-Z][A-Za-z&]{1,9})\)", text
    ):
        out[m.group(2)] = m.group(1).strip()
    return out


def in_gazetteer(name):
    return GAZ.canonical(name) is not None


def miss_cause(name, unit_text, acrs, found):
    n = norm(name)
    if any(n and (n in norm(f) or norm(f) in n) for f in found if norm(f)):
        return "found under another form (one name holds the other)"
    if name.strip() in acrs or any(
        re.search(rf"\b{re.escape(a)}\b", unit_text) and (norm(v).endswith(n) or n.endswith(norm(v)))
        for a, v in acrs.items()
        if n and norm(v)
    ):
        return "an acronym the paper defines"
    if in_gazetteer(name):
        return "in the gazetteer"
    if norm(name) not in norm(unit_text):
        return "the key's name not in the unit's text"
    if heads(name):
        return "a name ending in a body's headword, not in the gazetteer"
    return "other, not in the gazetteer"


def extra_cause(name, author, keyed_here, keyed_paper):
    n = norm(name)
    if author and (
        n == norm(author) or (GAZ.canonical(author) and GAZ.canonical(author) == GAZ.canonical(name))
    ):
        return "the paper's author"
    if _WEB.search(name):
        return "a web site"
    if any(n and k and (n in k or k in n) for k in keyed_here):
        return "another keyed name holds it or is held by it"
    if _POST.search(name):
        return "a post or a person's office"
    if _VENUE.search(name):
        return "a venue or a building"
    if n in keyed_paper:
        return "a body the key names in another activity"
    if not heads(name) and not in_gazetteer(name) and not re.fullmatch(r"[A-Z&]{2,9}s?", name.strip()):
        return "no headword, not in the gazetteer (a place, a thing's name)"
    if in_gazetteer(name):
        return "a gazetteer body the key leaves out"
    return "other"


def main():
    now = "--now" in sys.argv
    counts = (Counter(), Counter(), [])
    files = matched = 0
    for fname, ext, key, paper in readings(now, read_always=True):
        acrs = defined_acronyms(paper.text())
        author = key["paper"].get("body")
        causes = (
            lambda name, unit_text, found, acrs=acrs: miss_cause(name, unit_text, acrs, found),
            lambda name, keyed_here, keyed_paper, _unit_text, author=author: extra_cause(
                name, author, keyed_here, keyed_paper
            ),
        )
        files += 1
        matched += tally(ext, key, "organisations", fname, causes, counts)
    report(("organisation", "organisations"), files, matched, now, counts)


if __name__ == "__main__":
    main()
