"""The frame the field benches share (`first_reading_organisations.py`, `first_reading_policies.py`):
each development paper's keyed activities whose unit the first reading matched (the shared scorer's
unit, a paragraph number), read as the rules stood before the key was added (`--now`: as this tree
reads the same units, with the shipped activity model), and one field's names (organisations,
policies …) paired with the key's by the scorer's normalised form. Each bench gives the causes of a
missed and of an extra name; this module counts them and prints the tables. Held-out papers are never
read.
"""

import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_activity_model as tam  # noqa: E402
from history import keyed_development  # noqa: E402
from scores import REAL, documents, held_out, load_scorer  # noqa: E402

from boardwork.papers.extract import extraction_of  # noqa: E402
from boardwork.papers.extract.model import shipped_model  # noqa: E402
from boardwork.papers.readers import read_path  # noqa: E402

norm = load_scorer("score_extraction").__globals__["norm"]
pnum = tam.pnum

# (name, unit's text, names found at the unit) -> cause
MissCause = Callable[[str, str, list[str]], str]
# (name, the key's normalised names at the unit, the key's normalised names in the paper, unit's text) -> cause
ExtraCause = Callable[[str, list[str], set[str], str], str]


def readings(now: bool, read_always: bool) -> Iterator[tuple[str, dict, dict, object]]:
    """(file name, extraction, key, paper or None) for each development file its first reading read:
    the first reading's extraction, or with `now` this tree's, kept to the units the first reading
    matched (and the key likewise), so that the same units are compared. The paper is read when `now`
    or `read_always` (a bench that needs its text); a file the reader refuses is left out."""
    model = shipped_model() if now else None
    for stem, ref, parent in keyed_development(REAL, held_out()):
        key = json.loads(ref.read_text(encoding="utf-8"))
        docs = documents(REAL, stem)
        earlier = tam.earlier_readings(parent, docs)
        for f in docs:
            then = earlier.get(str(f))
            if not then or "error" in then:
                continue
            paper = None
            if now or read_always:
                try:
                    paper = read_path(f)
                except Exception:
                    continue
            if not now:
                yield f.name, then["extraction"], key, paper
                continue
            ext = extraction_of(paper, model=model).to_dict()
            first = {pnum(a.get("paragraph")) for a in then["extraction"]["activities"]}
            ext = dict(ext, activities=[a for a in ext["activities"] if pnum(a.get("paragraph")) in first])
            kept = dict(key, activities=[a for a in key["activities"] if pnum(a.get("paragraph")) in first])
            yield f.name, ext, kept, paper


def tally(
    extraction: dict,
    key: dict,
    field: str,
    fname: str,
    causes: tuple[MissCause, ExtraCause],
    counts: tuple[Counter, Counter, list[str]],
    dedupe: bool = False,
) -> int:
    """Pair `field`'s names at each unit both the key and the extraction have; count each missed and
    extra name by its cause (`causes`) into `counts` (missed, extra, listing lines). Returns how many
    units were matched. `dedupe`: a name given twice at a unit counts once."""
    miss_cause, extra_cause = causes
    missed, extra, lines = counts
    by_unit: tuple[dict, dict] = ({}, {})
    for side, acts in zip(by_unit, (key["activities"], extraction["activities"]), strict=True):
        for a in acts:
            side.setdefault(pnum(a.get("paragraph")), []).append(a)
    key_at, got_at = by_unit
    keyed_paper = {norm(o) for a in key["activities"] for o in a.get(field) or []}
    matched = 0
    for p, kas in key_at.items():
        if p not in got_at:
            continue
        matched += 1
        want = [o for a in kas for o in a.get(field) or []]
        got = [o for a in got_at[p] for o in a.get(field) or []]
        if dedupe:
            want, got = list(dict.fromkeys(want)), list(dict.fromkeys(got))
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


def report(
    names: tuple[str, str], files: int, matched: int, now: bool, counts: tuple[Counter, Counter, list[str]]
) -> None:
    """Print the two tables of causes (and each pair with `--list`); `names`: the field's name, one and
    many ("policy", "policies")."""
    label, plural = names
    missed, extra, lines = counts
    print(
        f"{plural} of the keyed activities matched at first reading: {files} development files, "
        f"{matched} matched activities; read by {'this tree (with the model)' if now else 'the rules at first reading'}"
    )
    for title, counter in ((f"keyed {label} missed", missed), (f"{label} found, not keyed", extra)):
        print()
        print(f"| {title}: cause | pairs |")
        print("| --- | --- |")
        for why, n in counter.most_common():
            print(f"| {why} | {n} |")
        print(f"| all | {sum(counter.values())} |")
    if "--list" in sys.argv:
        print()
        print("\n".join(lines))
