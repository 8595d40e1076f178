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

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

os.environ.setdefault("BW_MODEL_OLD_LOOSE", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import train_activity_model as tam  # noqa: E402
from history import keyed_development  # noqa: E402
from scores import REAL, documents, held_out, load_scorer  # noqa: E402

from boardwork.papers.extract import extraction_of  # noqa: E402
from boardwork.papers.extract.model import shipped_model  # noqa: E402
from boardwork.papers.extract.organisations import _ORG_HEADS, default_gazetteer  # noqa: E402
from boardwork.papers.readers import read_path  # noqa: E402

score = load_scorer("score_extraction")
norm = score.__globals__["norm"]
pnum = tam.pnum
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


def tally(extraction, key, text, fname, missed, extra, lines):
    acts = extraction["activities"]
    keyP = {}
    for a in key["activities"]:
        keyP.setdefault(pnum(a.get("paragraph")), []).append(a)
    gotP = {}
    for a in acts:
        gotP.setdefault(pnum(a.get("paragraph")), []).append(a)
    acrs = defined_acronyms(text)
    author = key["paper"].get("body")
    keyed_paper = {norm(o) for a in key["activities"] for o in a.get("organisations") or []}
    matched = 0
    for p, kas in keyP.items():
        if p not in gotP:
            continue
        matched += 1
        want = [o for a in kas for o in a.get("organisations") or []]
        got = [o for a in gotP[p] for o in a.get("organisations") or []]
        unit_text = " ".join(a.get("text", "") for a in kas)
        left = list(got)
        for w in want:
            hit = next((g for g in left if norm(g) == norm(w)), None)
            if hit is not None:
                left.remove(hit)
                continue
            why = miss_cause(w, unit_text, acrs, got)
            missed[why] += 1
            lines.append(f"{fname} {p} missed: {why}: {w!r}")
        for g in left:
            why = extra_cause(g, author, [norm(w) for w in want], keyed_paper)
            extra[why] += 1
            lines.append(f"{fname} {p} extra: {why}: {g!r}")
    return matched


def main():
    now = "--now" in sys.argv
    hold = held_out()
    model = shipped_model() if now else None
    missed, extra, lines = Counter(), Counter(), []
    files = matched = 0
    for stem, ref, parent in keyed_development(REAL, hold):
        key = json.loads(ref.read_text(encoding="utf-8"))
        docs = documents(REAL, stem)
        earlier = tam.earlier_readings(parent, docs)
        for f in docs:
            then = earlier.get(str(f))
            if not then or "error" in then:
                continue
            try:
                paper = read_path(f)
            except Exception:
                continue
            ext = extraction_of(paper, model=model).to_dict() if now else then["extraction"]
            if now:
                # the same units as at first reading: the activities the first reading matched
                firstP = {pnum(a.get("paragraph")) for a in then["extraction"]["activities"]}
                ext = dict(
                    ext, activities=[a for a in ext["activities"] if pnum(a.get("paragraph")) in firstP]
                )
                kept = dict(
                    key, activities=[a for a in key["activities"] if pnum(a.get("paragraph")) in firstP]
                )
            else:
                kept = key
            files += 1
            matched += tally(ext, kept, paper.text(), f.name, missed, extra, lines)
    print(
        f"organisations of the keyed activities matched at first reading: {files} development files, "
        f"{matched} matched activities; read by {'this tree (with the model)' if now else 'the rules at first reading'}"
    )
    print()
    print("| keyed organisation missed: cause | pairs |")
    print("| --- | --- |")
    for why, n in missed.most_common():
        print(f"| {why} | {n} |")
    print(f"| all | {sum(missed.values())} |")
    print()
    print("| organisation found, not keyed: cause | pairs |")
    print("| --- | --- |")
    for why, n in extra.most_common():
        print(f"| {why} | {n} |")
    print(f"| all | {sum(extra.values())} |")
    if "--list" in sys.argv:
        print()
        print("\n".join(lines))


if __name__ == "__main__":
    main()
