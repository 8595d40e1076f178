"""Policies at first reading: each development paper as the rules stood before its key was added
(`bench/activity_history_dump.py`, the rules alone, cached under $TMPDIR/activity_history as
`bench/first_reading_losses.py` reads them), and, beside it, as this tree reads it (`--now`, with
the shipped activity model, as `bench/scores.py --real --model` reads). Only the keyed activities
whose unit the reading matched (the shared scorer's unit, a paragraph number) are counted, so that
what is tallied is the policies' own error, not the activities'.

For each matched activity, with the shared scorer's normalised names:

- every keyed policy missed, by cause: found under another form (a name cut or run on: one holds
  the other); the unit says "the Act", "the Bill", "the review", "the strategy" … (anaphora); the
  name is in the unit's text in quotation marks (a document's title); the name is in the unit's
  text (read past); the key names it by a short form's long name, or the unit by its short form;
  else "the key's name not in the unit's text";
- every policy found that the key lacks, by cause: a name another keyed one holds or is held by
  (cut or run on); a policy the key names in another activity of the paper (another part's);
  a headword alone with generic words ("the strategy", "Report"), or a lower-case name (a generic
  noun read as a policy); else "other".

Counts are per file (as the means are). Held-out papers are never read. Prints counts only
(`--list` prints each development pair with its cause).

    TMPDIR=/tmp/x .venv/bin/python bench/first_reading_policies.py [--now] [--list]
"""

import re
import sys
from collections import Counter

from first_reading_fields import norm, readings, report, tally

_ANAPHORA = re.compile(
    r"\b(?:the|this) (?:act|bill|legislation|review|strategy|plan|inquiry|consultation|fund|scheme|"
    r"programme|framework|report|duty|policy|charter|guidance)\b",
    re.I,
)


def short_form(name, text):
    """The key's name defined in the text by a short form, or a short form of it used."""
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", name) if w[0].isupper())
    return len(initials) >= 2 and re.search(rf"\b{re.escape(initials)}\b", text) is not None


def miss_cause(name, unit_text, found):
    n = norm(name)
    if any(n and (n in norm(f) or norm(f) in n) for f in found if norm(f)):
        return "a name cut or run on (one holds the other)"
    if n and n in norm(unit_text):
        quoted = re.search(r"[\"'‘“]" + re.escape(name.split()[0]), unit_text)
        if quoted:
            return "a document's title in quotation marks"
        return "in the unit's text, not read"
    if short_form(name, unit_text):
        return "named only by its short form"
    if _ANAPHORA.search(unit_text):
        return "anaphora: 'the Act'/'the review' … resolved to no or the wrong name"
    return "the key's name not in the unit's text"


def extra_cause(name, keyed_here, keyed_paper, unit_text):
    n = norm(name)
    if any(n and k and (n in k or k in n) for k in keyed_here):
        return "a name cut or run on (another keyed name holds it)"
    if n in keyed_paper:
        return "a policy of another part of the paper"
    if norm(name) not in norm(unit_text):
        return "not in the unit's text (anaphora resolved or a name rebuilt)"
    if not re.search(r"[A-Z]", name[1:]) or len(name.split()) <= 2:
        return "a generic noun or a short name read as a policy"
    return "other"


def main():
    now = "--now" in sys.argv
    counts = (Counter(), Counter(), [])
    files = matched = 0
    for fname, ext, key, _paper in readings(now, read_always=False):
        files += 1
        matched += tally(ext, key, "policies", fname, (miss_cause, extra_cause), counts, dedupe=True)
    report(("policy", "policies"), files, matched, now, counts)


if __name__ == "__main__":
    main()
