"""People's names as UK council and board papers write them: honorifics ("Cllr", "Lord", "Rt Hon")
before the name. One list serves the extractor (finding people), the importer (splitting the
honorific from the stored name) and anything that prints a person."""

from __future__ import annotations

import re

# Longest first where one honorific starts another ("the rt hon" before "rt hon").
HONORIFICS = (
    "the rt hon",
    "rt hon",
    "councillor",
    "cllr",
    "baroness",
    "lord",
    "lady",
    "sir",
    "dame",
    "professor",
    "prof",
    "dr",
    "mr",
    "mrs",
    "ms",
    "miss",
)

# Titles that introduce a named person in running text, as a regex alternation (written forms,
# capitals as printed; "Dr." and "Cllr." with their full stop). "Miss" and "Rt Hon" are left out:
# "Miss" too often starts other words' sentences and "Rt Hon" is always followed by another title.
TITLE_PATTERN = r"Cllr\.?|Councillor|Lord|Baroness|Lady|Sir|Dame|Dr\.?|Professor|Prof\.?|Mr\.?|Mrs\.?|Ms\.?"

# Lower-case words that are titles: a capitalised run starting with one is a person, not a body.
TITLE_WORDS = frozenset(
    {"cllr", "councillor", "lord", "baroness", "sir", "dame", "mr", "mrs", "ms", "dr", "professor"}
)

# The last word of a title or post that the genre writes straight before its holder's name
# ("Councillor Bill Jones", "Council Leader Bill Jones", "Provost Bill Jones", "Chief Executive Bill
# Jones", "PCC Bill Jones"): a capitalised word after one of these is the holder's first name, never
# the headword of a document ("Bill", "Plan") that a run of capitals would otherwise end in.
TITLE_BEFORE_NAME = re.compile(
    r"(?:"
    + TITLE_PATTERN
    + r"|Leader|Provost|Bailie|Mayor|Commissioner|Officer|Executive|Chair(?:man|woman|person)?|"
    r"Member|Holder|Constable|Inspector|Sergeant|Superintendent|Manager|President|Minister|Secretary|Director|"
    r"PCC|PC|PCSO|MP|MSP|MS|AM)$"
)

_COUNCILLOR = re.compile(r"^(?:cllr|councillor)\.?$", re.I)


def canonical_title(title: str) -> str:
    """The title as Boardwork stores it: 'Councillor'/'Cllr.' → 'Cllr'; others lose a full stop."""
    title = title.strip()
    return "Cllr" if _COUNCILLOR.match(title) else title.rstrip(".")


def is_councillor_title(honorific: str) -> bool:
    """Does the honorific make its bearer a councillor ('Cllr', 'Councillor')?"""
    return honorific.strip().lower().rstrip(".") in ("cllr", "councillor")


def split_honorific(name: str) -> tuple[str, str]:
    """'Cllr Nesil Caliskan' → ('Cllr', 'Nesil Caliskan'); honorifics may stack ('Rt Hon Lord X').
    A name that is nothing but a title ('Lord') keeps it as the name."""
    words = name.strip().split()
    taken: list[str] = []
    while words:
        rest = " ".join(words).lower()
        hit = next(
            (h for h in HONORIFICS if rest == h or rest.startswith(h + " ") or rest.startswith(h + ". ")),
            None,
        )
        if not hit or len(hit.split()) >= len(words):
            break
        n = len(hit.split())
        taken += words[:n]
        words = words[n:]
    return " ".join(taken).replace(".", ""), " ".join(words)
