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
from boardwork.papers.readers import read_path  # noqa: E402

score = load_scorer("score_extraction")
norm = score.__globals__["norm"]
pnum = tam.pnum
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


def tally(extraction, key, fname, missed, extra, lines):
    acts = extraction["activities"]
    keyP = {}
    for a in key["activities"]:
        keyP.setdefault(pnum(a.get("paragraph")), []).append(a)
    gotP = {}
    for a in acts:
        gotP.setdefault(pnum(a.get("paragraph")), []).append(a)
    keyed_paper = {norm(o) for a in key["activities"] for o in a.get("policies") or []}
    matched = 0
    for p, kas in keyP.items():
        if p not in gotP:
            continue
        matched += 1
        want = list(dict.fromkeys(o for a in kas for o in a.get("policies") or []))
        got = list(dict.fromkeys(o for a in gotP[p] for o in a.get("policies") or []))
        unit_text = " ".join(a.get("text", "") for a in kas)
        left = list(got)
        for w in want:
            hit = next((g for g in left if norm(g) == norm(w)), None)
            if hit is not None:
                left.remove(hit)
                continue
            why = miss_cause(w, unit_text, got)
            missed[why] += 1
            lines.append(f"{fname} {p} missed: {why}: {w!r}")
        for g in left:
            why = extra_cause(g, [norm(w) for w in want], keyed_paper, unit_text)
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
            if now:
                try:
                    paper = read_path(f)
                except Exception:
                    continue
                ext = extraction_of(paper, model=model).to_dict()
                # the same units as at first reading: the activities the first reading matched
                firstP = {pnum(a.get("paragraph")) for a in then["extraction"]["activities"]}
                ext = dict(
                    ext, activities=[a for a in ext["activities"] if pnum(a.get("paragraph")) in firstP]
                )
                kept = dict(
                    key, activities=[a for a in key["activities"] if pnum(a.get("paragraph")) in firstP]
                )
            else:
                ext, kept = then["extraction"], key
            files += 1
            matched += tally(ext, kept, f.name, missed, extra, lines)
    print(
        f"policies of the keyed activities matched at first reading: {files} development files, "
        f"{matched} matched activities; read by {'this tree (with the model)' if now else 'the rules at first reading'}"
    )
    print()
    print("| keyed policy missed: cause | pairs |")
    print("| --- | --- |")
    for why, n in missed.most_common():
        print(f"| {why} | {n} |")
    print(f"| all | {sum(missed.values())} |")
    print()
    print("| policy found, not keyed: cause | pairs |")
    print("| --- | --- |")
    for why, n in extra.most_common():
        print(f"| {why} | {n} |")
    print(f"| all | {sum(extra.values())} |")
    if "--list" in sys.argv:
        print()
        print("\n".join(lines))


if __name__ == "__main__":
    main()
