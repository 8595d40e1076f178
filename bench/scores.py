"""Parse and extraction quality: every paper with an answer key, scored with the shared scorers.

Answer keys:
- ../shared/corpus/*.paper.json and *.extraction.json: the two sample papers (as .txt and in formats/);
- tests/data/genre/*.paper.json: papers in other house styles made for the readers' tests;
- tests/data/real/*.paper.json and *.extraction.json: real papers of other bodies (see SOURCES.md),
  the ones listed in tests/data/real/held-out.txt reported apart, since rules are not tuned on them.

Needs ../shared/tools/score_paper.py and score_extraction.py. Prints one row per file and the mean of
each group; extraction is scored on what the reader made of the file (the whole import path).

    .venv/bin/python bench/scores.py            # everything
    .venv/bin/python bench/scores.py --real     # only tests/data/real
    .venv/bin/python bench/scores.py --real --no-held-out   # while tuning: the held-out papers unseen
    .venv/bin/python bench/scores.py --stems a,b  # only these papers of tests/data/real (a new batch; held-out ones as means)
    .venv/bin/python bench/scores.py --real --no-held-out --errors  # and what each paper got wrong
    .venv/bin/python bench/scores.py --real --summary   # error classes counted per group, no text
    .venv/bin/python bench/scores.py --real --held-out-rows  # the held-out papers' own rows too (closing notes)
    .venv/bin/python bench/scores.py --real --model     # with the trained activity classifier (ADR 0013)
    .venv/bin/python bench/scores.py --heading-model    # plain text read with the heading model (ADR 0014)
    .venv/bin/python bench/scores.py --rules-alone      # plain text read with the rules alone (no heading model)
    .venv/bin/python bench/scores.py --board-body "Local Government Association"  # as an import into that body's board

Under each group's extraction table a line gives the activities matched by unit (a paragraph's
number, else the first 30 characters of its text, as `--summary` and `--errors` match them): the
shared scorer's activities F1 is of the set of paragraph numbers, so on a paper that numbers none any
activity found against any keyed scores 1.0. Each group also prints its plain-text files' reading means apart (the readers' goals for other
councils' plain text are stated on those). `--errors` lists, per paper, the activities found and
not in the key (FP), those missed (FN), and per activity the kinds, organisations, policies, people
and dates that differ (people paired as the shared scorer pairs them, so that "Cllr Jo Bloggs" found
for "Jo Bloggs" keyed is no difference); it is for the development papers: reading it for the held-out ones is tuning
on them. `--summary` counts the same differences by class for each group (activities missed by the
key's kind, found but not in the key, kinds confused, organisations found that are the paper's author,
policies missed where the paragraph points back with "the Act"/"the review" …; and, as "detail" lines
beside those, each organisation or policy found or missed as read too long or too short, with a year,
a programme read as a body or a report as a policy, in the text as such or not), and the plain-text
files' headings missed or added by shape and place (capitals, the title, a label, in the opening
lines …) and, for a heading the rules alone missed too, the rule that made its line text (by the
name `_classify` gives it: "a run of heading-like lines", "under the title" …) or the line's shape
(over fourteen words, closing with a stop), and why each keyed activity was missed by the rules' own reading of the paper (the paper
judged to report no work, no such unit, skipped and why, read for work with no kind read, vetoed
by the model), and how each reference meta field was read (matched, missed, or wrong and in what
shape: a date of another day or year, a body's acronym or a committee of it, a title that is a heading
below it or a cover line) and the extraction's cycle (missed, wrong by a year, found where the key has
none): figures only, so it may be read for the held-out papers too. The held-out group prints its
means only: a held-out paper's own row is shown with `--held-out-rows` (for a closing note's
per-paper figures), so that reading the means while working never shows which paper moved.

Papers are extracted as the extractor reads a paper of unknown origin (no author given) unless
`--board-body NAME` says to extract them as an import into a board of that body does
(`papers.services.extract_args`: the board's organisation given to the extractor as `board_body`).
"""

import functools
import importlib
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from boardwork.papers.extract import extract, extraction_of  # noqa: E402
from boardwork.papers.extract.kinds import action_cues, classify_trace  # noqa: E402
from boardwork.papers.extract.model import _DEED, _WE, shipped_model  # noqa: E402
from boardwork.papers.extract.pipeline import read_paper  # noqa: E402
from boardwork.papers.readers import ReadError, read_path  # noqa: E402
from boardwork.papers.readers._shared.decode import decode_text  # noqa: E402
from boardwork.papers.readers._shared.meta import find_date  # noqa: E402
from boardwork.papers.readers.limits import Limits  # noqa: E402

# (The module, not the package's `layout` function of the same name.)
txt_layout = importlib.import_module("boardwork.papers.readers.txt.layout")

SHARED = ROOT.parent / "shared"
REAL = ROOT / "tests" / "data" / "real"
PARSE_FIELDS = ["headings", "numbered", "sections", "text_recall", "text_precision", "tables", "meta"]
EXTRACT_FIELDS = ["activities", "kinds", "dates", "organisations", "people", "policies", "themes", "cycle"]


def load_scorer(name):
    return scorer_module(name).score


@functools.cache
def scorer_module(name):
    path = SHARED / "tools" / f"{name}.py"
    if not path.exists():
        sys.exit(f"the shared scorer is not at {path}")
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def documents(folder, stem):
    return [
        f for f in sorted(folder.glob(f"{stem}.*")) if not f.name.endswith((".json", ".md", ".txt.orig"))
    ] + [f for f in sorted(folder.glob(f"{stem}.md")) if f.name != "SOURCES.md"]


def held_out():
    f = REAL / "held-out.txt"
    return {s.strip() for s in f.read_text().split()} if f.exists() else set()


def groups(real_only=False, no_held_out=False, only=frozenset()):
    """(group name, [(file, paper key, extraction key or None)])"""
    out = []
    if not real_only and not only:
        samples = []
        for ref in sorted((SHARED / "corpus").glob("*.paper.json")):
            stem = ref.name.removesuffix(".paper.json")
            ex = ref.with_name(f"{stem}.extraction.json")
            for f in [
                SHARED / "corpus" / f"{stem}.txt",
                *sorted((SHARED / "corpus" / "formats").glob(f"{stem}.*")),
            ]:
                if f.exists():
                    samples.append((f, ref, ex if ex.exists() else None))
        out.append(("samples", samples))
        genre = []
        for ref in sorted((ROOT / "tests/data/genre").glob("*.paper.json")):
            stem = ref.name.removesuffix(".paper.json")
            genre += [(f, ref, None) for f in documents(ref.parent, stem)]
        out.append(("genre", genre))
    hold = held_out()
    dev, test = [], []
    for ref in sorted(REAL.glob("*.paper.json")):
        stem = ref.name.removesuffix(".paper.json")
        ex = ref.with_name(f"{stem}.extraction.json")
        rows = [(f, ref, ex if ex.exists() else None) for f in documents(REAL, stem)]
        (test if stem in hold else dev).extend(rows)
    out += [("real (development)", dev), ("real (held out)", test)]
    if only:
        # Named stems keep the split: a held-out stem's row is hidden like any held-out row, so
        # that means over a list (a batch, the papers of an earlier day) never show which moved.
        def chosen(rows):
            return [r for r in rows if r[1].name.split(".")[0] in only]

        out = [(name, chosen(rows)) for name, rows in out[-2:]]
        out = [g for g in out if g[1] and not (no_held_out and g[0] == "real (held out)")]
    elif no_held_out:
        out = [g for g in out if g[0] != "real (held out)"]
    return out


def activity_key(a):
    """The unit an activity is matched by in `--summary` and `by_unit`: its paragraph's number, or,
    where the paper numbers none, the first 30 characters of its text."""
    return re.sub(r"[().\s]", "", str(a.get("paragraph") or "")).lower() or " ".join(a["text"].split())[:30]


def errors(got, ref):
    """Lines saying how `got` differs from the reference extraction `ref`, activity by activity
    (matched by paragraph number, or by the start of the text where no number is printed)."""
    key = activity_key

    def norm(x):
        return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9 ]+", " ", (x or "").lower())).strip()

    pa = {key(a): a for a in got.get("activities", [])}
    ra = {key(a): a for a in ref.get("activities", [])}
    out = []
    for k in sorted(set(pa) | set(ra)):
        g, r = pa.get(k), ra.get(k)
        if r is None:
            out.append(f"  FP {k}: {g['kinds']} :: {g['text'][:120]}")
            continue
        if g is None:
            out.append(f"  FN {k}: {r['kinds']} orgs={r['organisations']} :: {r['text'][:120]}")
            continue
        for field in ("kinds", "organisations", "policies"):
            gs, rs = {norm(x) for x in g.get(field) or []}, {norm(x) for x in r.get(field) or []}
            if gs != rs:
                out.append(f"  {field} {k}: +{sorted(gs - rs)} -{sorted(rs - gs)}")
        extra, missed, _ = people_unmatched(g.get("people") or [], r.get("people") or [])
        if extra or missed:
            out.append(
                f"  people {k}: +{sorted({norm(x) for x in extra})} -{sorted({norm(x) for x in missed})}"
            )
        if r.get("date") and r["date"] != g.get("date"):
            out.append(f"  date {k}: got {g.get('date')} want {r['date']}")
    return out


@functools.cache
def same_person(found, keyed):
    """Whether the shared scorer counts the name `found` as the keyed name `keyed` (one contains the
    other, as it normalises them). Its people test is a lambda inside `score`, not exposed, so it is
    asked of a paper of one activity naming one person on each side: the rule stays the scorer's own."""
    score = load_scorer("score_extraction")
    got = {"activities": [{"paragraph": "1", "people": [found]}]}
    key = {"activities": [{"paragraph": "1", "people": [keyed]}]}
    return score(got, key)["people"] == 1.0


def people_unmatched(found, keyed):
    """(found and not paired, keyed and not paired, the pairs) for one activity's people, paired as the
    shared scorer pairs them: each keyed name, in order, by the first unused name found that
    `same_person` accepts."""
    used, pairs, missed = set(), [], []
    for r in keyed:
        i = next((i for i, g in enumerate(found) if i not in used and same_person(g, r)), None)
        if i is None:
            missed.append(r)
        else:
            used.add(i)
            pairs.append((found[i], r))
    return [g for i, g in enumerate(found) if i not in used], missed, pairs


_ANAPHOR = re.compile(
    r"\b(?:the|this|that) (?:Act|Bill|review|strategy|plan|report|consultation|inquiry|programme|scheme|"
    r"duty|framework|guidance|legislation|regulations)\b"
)


# Last words of a name that make an organisation found a programme, a project or an event instead, and
# a policy found a report or a paper (for the finer classes of `summary`).
_PROGRAMME_HEADS = frozenset(
    "programme project scheme strategy plan week day month campaign fund initiative pilot service".split()
)
_REPORT_HEADS = frozenset("report reports paper update review survey findings evaluation briefing".split())


def _name_class(name, others, text, heads, same):
    """The finer class of an organisation or policy name found or missed (normalised): 'scored as
    the same' where the shared scorer pairs it with one on the other side (`same`, its own test), so
    that the difference costs nothing; 'boundary' where one on the other side contains it or is
    contained in it (read too long or too short); a year in it; its last word in `heads`; whether its
    words are in the activity's text as such (counts only, no text)."""
    tags = []
    if any(same(name, o) for o in others):
        tags.append("scored as the same")
    elif any(name in o or o in name for o in others):
        tags.append("boundary")
    if re.search(r"\b(?:19|20)\d\d\b", name):
        tags.append("a year")
    if name.split() and name.split()[-1] in heads:
        tags.append("head " + name.split()[-1])
    tags.append("in text" if f" {name} " in f" {text} " else "not in text as such")
    return ", ".join(tags)


def by_unit(got, ref):
    """(matched, found, keyed) activities by `activity_key`. The shared scorer's activities F1 is of the
    set of paragraph numbers: on a paper that numbers no paragraph every activity is the one number
    None, so any one found against any number keyed scores 1.0; matched by unit, it does not."""
    pa = {activity_key(a) for a in got.get("activities", [])}
    ra = {activity_key(a) for a in ref.get("activities", [])}
    return len(pa & ra), len(pa), len(ra)


def unit_line(units):
    """The activities matched by unit over a group's files: the mean of each file's F1 (1 when
    nothing is found and nothing keyed, as the shared scorer has it) and the F1 of the pooled counts."""
    if not units:
        return ""
    f1s = [1.0 if not (n or k) else 2 * m / (n + k) for m, n, k in units]
    m, n, k = (sum(u[i] for u in units) for i in range(3))
    p, r = (m / n if n else 0.0), (m / k if k else 0.0)
    pooled = 2 * p * r / (p + r) if p + r else 0.0
    return (
        f"activities matched by unit (a paragraph's number, else the text's start): mean F1 of "
        f"{len(units)} {sum(f1s) / len(f1s):.3f}; pooled precision {p:.3f}, recall {r:.3f}, F1 "
        f"{pooled:.3f} ({m} matched of {n} found and {k} keyed)"
    )


def summary(got, ref, counts):
    """Add to `counts` the classes of difference between `got` and `ref` (no text kept)."""
    key = activity_key

    def norm(x):
        return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9 ]+", " ", (x or "").lower())).strip()

    author = norm((ref.get("paper") or {}).get("body"))
    scorer = scorer_module("score_extraction")
    same_org = lambda a, b: scorer.norm(a) == scorer.norm(b)  # noqa: E731
    same_policy = lambda a, b: scorer.wf1(a, b) >= 0.6  # noqa: E731
    pa = {key(a): a for a in got.get("activities", [])}
    ra = {key(a): a for a in ref.get("activities", [])}
    for k in set(pa) | set(ra):
        g, r = pa.get(k), ra.get(k)
        if r is None:
            counts["activity FP (found, not in key), kinds " + "+".join(sorted(g["kinds"]))] += 1
            continue
        if g is None:
            counts["activity FN (missed), key kinds " + "+".join(sorted(r["kinds"]))] += 1
            continue
        counts["activity matched"] += 1
        gk, rk = set(g["kinds"]), set(r["kinds"])
        for x in sorted(gk - rk):
            counts[f"kind FP {x}" + (f" (key has {'+'.join(sorted(rk - gk))})" if rk - gk else "")] += 1
        for x in sorted(rk - gk):
            counts[f"kind FN {x}" + ("" if gk - rk else " (nothing else wrong)")] += 1
        go, ro = (
            {norm(x) for x in g.get("organisations") or []},
            {norm(x) for x in r.get("organisations") or []},
        )
        text = norm(r["text"])
        for o in go - ro:
            is_author = bool(author) and (o == author or o in author or author in o)
            counts["org FP, the author body" if is_author else "org FP, other"] += 1
            if not is_author:
                counts["org FP detail: " + _name_class(o, ro - go, text, _PROGRAMME_HEADS, same_org)] += 1
        for o in ro - go:
            counts[
                "org FN, acronym-defined in text"
                if re.search(r"\([A-Z][A-Za-z]{1,8}\)", r["text"])
                else "org FN"
            ] += 1
            is_author = bool(author) and (o == author or o in author or author in o)
            counts[
                "org FN detail: "
                + ("the author body, " if is_author else "")
                + _name_class(o, go - ro, text, frozenset(), same_org)
            ] += 1
        gp, rp = {norm(x) for x in g.get("policies") or []}, {norm(x) for x in r.get("policies") or []}
        for p in gp - rp:
            counts["policy FP"] += 1
            counts["policy FP detail: " + _name_class(p, rp - gp, text, _REPORT_HEADS, same_policy)] += 1
        for p in rp - gp:
            counts["policy FN, anaphora in text" if _ANAPHOR.search(r["text"]) else "policy FN"] += 1
            counts["policy FN detail: " + _name_class(p, gp - rp, text, frozenset(), same_policy)] += 1
        extra, missed, paired = people_unmatched(g.get("people") or [], r.get("people") or [])
        counts["people FP"] += len(extra)
        counts["people FN"] += len(missed)
        # Pairs the scorer counts right though written differently ("Cllr Bill McIntosh" for "Bill
        # McIntosh"): a detail line, so that what exact names used to count as FP and FN stays seen.
        differently = sum(norm(a) != norm(b) for a, b in paired)
        if differently:
            counts["people detail: scored as the same, written differently"] += differently
        if r.get("date") and r["date"] != g.get("date"):
            counts["date missed (none found)" if not g.get("date") else "date wrong"] += 1
        elif not r.get("date") and g.get("date"):
            counts["date found, key has none"] += 1
        if g.get("confidence") is not None:
            right = not (gk ^ rk) and go == ro
            counts["flagged unsure, right" if right else "flagged unsure, wrong"] += 1
        elif gk ^ rk or go ^ ro:
            counts["wrong and not flagged unsure"] += 1


def _unit_key(number, text):
    """A unit's key as `summary` keys an activity: its paragraph number, else its text's start."""
    return re.sub(r"[().\s]", "", str(number or "")).lower() or " ".join(text.split())[:30]


def miss_causes(paper, got, ref, counts, model, extract_kw):
    """Add to `counts` why each keyed activity `got` lacks was missed, by the current rules' own
    reading of the paper (counts only, no text): the paper judged to report no work as a whole; no
    unit with the key's number or text; a unit the rules passed over (`pipeline._skipped`'s reason);
    one read for work where no kind was read (split by whether the loose kinds read any); a rule
    activity the model vetoed; or one the rules read that was lost later. What an unseen paper's
    misses are made of, so that work on recall can aim at the commonest cause without reading it."""
    pa = {_unit_key(a.get("paragraph"), a["text"]) for a in got.get("activities", [])}
    missed = [
        k for a in ref.get("activities", []) if (k := _unit_key(a.get("paragraph"), a["text"])) not in pa
    ]
    if not missed:
        return
    read = read_paper(paper, for_model=True, model_adds=True, add_share_max=1.0, **extract_kw)
    if read.no_work is not None:
        counts["activity FN cause: the paper judged to report no work"] += len(missed)
        return
    by_key = {}
    for c in read.candidates:
        by_key.setdefault(_unit_key(c.found.unit.number, c.found.unit.text), c)
    for k in missed:
        c = by_key.get(k)
        if c is None:
            why = "no unit with the key's number or text"
        elif c.rule is None:
            v = c.view
            if v is not None and v.skip:
                why = f"skipped: {v.skip}"
            else:
                why = "read for work, no kind" + (" (loose kinds read some)" if v and v.loose_kinds else "")
                counts["activity FN cause detail, read for work, no kind: " + _why_no_kind(c, read)] += 1
        elif model is not None and c.view is not None and model.probability(c.view) < model.veto_below:
            why = "read by the rules, vetoed by the model"
        else:
            why = "read by the rules, lost later"
        counts["activity FN cause: " + why] += 1


# A count or a sum in a unit (not a year): the genre's outputs told by their number ("trained 40 staff",
# "£12,000 awarded").
_COUNT_OR_SUM = re.compile(r"£\s?\d|\b(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?\b")


def _why_no_kind(c, read):
    """Why a unit the rules read for work had no kind, by the rules' own reading of it (a class, no
    text): kinds the first reading found that a later pass of the pipeline set aside; a kind's pattern
    that matched and the check that set it aside (`kinds.classify_trace`, the first met); the body's
    deed verb set aside (`kinds.action_cues`' trace); else no kind's pattern at all, by the unit's
    shape: a past-tense deed verb (`model._DEED`) or none, "we"/"our" or the author's name or neither,
    a list item or prose, a count or a sum (not a year) or none."""
    v, u = c.view, c.found.unit
    if v is not None and v.rule_kinds:
        return "kinds read first, set aside by a later pass"
    words = read.po.author_words
    first_person = v.first_person_paper if v is not None else True
    role = u.section.role
    _, trace = classify_trace(
        u.text,
        item=u.is_item and role != "background",
        strict=role == "background",
        author_words=words,
        first_person=first_person,
        unknown_author=not words,
    )
    if trace:
        return "a kind's pattern matched, set aside by: " + trace[0][1]
    deeds: list[tuple[str, str]] = []
    action_cues(u.text, words, trace=deeds)
    if deeds:
        return "no kind's pattern; " + deeds[0][1]
    we = bool(_WE.search(u.text)) or any(w in u.text for w in words)
    return "no kind's pattern matched: " + ", ".join(
        (
            "a deed verb" if _DEED.search(u.text) else "no deed verb",
            "we or the author" if we else "no we or author",
            "list item" if u.is_item else "prose",
            "a count or sum" if _COUNT_OR_SUM.search(u.text) else "no count or sum",
        )
    )


def read_rules_alone(path):
    """A plain-text file read by the rules alone, as a dict, with the units its emitter was given
    (under "units"): each heading-shaped unit the rules made text names the rule that did
    (`Unit.excluded`), so that a heading the rules missed is counted by that rule."""
    seen = []
    emit = txt_layout._emit

    def capture(units, *args, **kwargs):
        seen.append(units)
        return emit(units, *args, **kwargs)

    txt_layout._emit = capture
    try:
        out = read_path(path, Limits(heading_model=False)).to_dict()
    finally:
        txt_layout._emit = emit
    out["units"] = seen[-1] if seen else []
    return out


def _why_rules_missed(units, h, norm):
    """Which rule left the key heading `h` text in the rules' reading (a name, no text): the named
    rule that made a heading-shaped unit text, the line's shape (too long, closing with a stop, no
    capital first), a numbered unit, a unit its text begins or is inside (lines joined), or none."""
    u = next((u for u in units if u.table is None and norm(u.text) == h), None)
    if u is None:
        texts = [norm(u.text) for u in units if u.table is None]
        if any(t.startswith(h + " ") for t in texts):
            return "the start of a longer unit"
        return "inside a longer unit" if any(h in t for t in texts) else "no unit of its text"
    if u.kind is not None:
        return "a numbered unit (" + u.kind + ")"
    if u.excluded:
        return "ruled out: " + u.excluded
    if u.rule == "address":
        return "ruled out: a letter's address block"
    s = u.text.strip()
    if txt_layout.is_heading_text(s) or txt_layout.is_label_heading(s):
        return "heading-shaped, none ruled it out (emitter)"
    if len(s.split()) > 14 or len(s) > 120:
        return "shape: over 14 words"
    stop = re.search(r"[.:;,!]$", s)
    if stop:
        # (By the kind of stop: a label's colon, a full stop, a list's semicolon or comma; NOTE 2565.)
        kind = {":": "a colon", ".": "a full stop", "!": "an exclamation mark"}.get(
            s[-1], "a semicolon or comma"
        )
        return f"shape: closes with punctuation ({kind})"
    if s.endswith("?"):
        return "shape: a question over eight words"
    if not (s[:1].isupper() or s[:1].isdigit()):
        return "shape: no capital first"
    return "shape: other"


def heading_summary(pred, ref, counts, text="", rules=None):
    """Add to `counts` the classes of heading missed or added in a plain-text file's parse, by shape
    and place (no text kept): in capitals or not, a label ending ":", with a date, the title (level 1),
    in the paper's first five blocks, long (over 8 words).

    Each miss or addition is also counted on its own lines by what the other side made of the
    heading's text (a missed one: a paragraph of its own in the parse, a list item, the start of a
    longer paragraph, part of the title, the meta; an added one: a paragraph of the key's, a list
    item, a line of a paragraph, in no block), its length in words, whether it ends in punctuation,
    and whether a blank line stands before and after its line in `text` (the file's own text); and,
    given `rules` (the file read by the rules alone), whether the heading model made the difference
    (a missed heading the rules had, an added one the rules had not) and, where `rules` carries the
    units its emitter read (`read_rules_alone`), which rule made a missed heading's line text."""

    def norm(x):
        return re.sub(r"\s+", " ", (x or "").replace("\u2019", "'")).strip().lower().strip(" .:;,")

    def shape(blocks, text):
        at = next(
            (i for i, b in enumerate(blocks) if b.get("type") == "heading" and norm(b["text"]) == text), 0
        )
        b = blocks[at]
        letters = [c for c in b["text"] if c.isalpha()]
        tags = [
            "capitals" if letters and all(c.isupper() for c in letters) else "mixed case",
            "title" if b.get("level") == 1 else "level 2+",
            "opening" if at < 5 else "body",
        ]
        if b["text"].rstrip().endswith(":"):
            tags.append("label ':'")
        if re.search(r"\b(?:19|20)\d\d\b", b["text"]):
            tags.append("a year")
        if len(b["text"].split()) > 8:
            tags.append("long")
        return ", ".join(tags)

    def original(blocks, h):
        return next(b["text"] for b in blocks if b.get("type") == "heading" and norm(b["text"]) == h)

    def made_of(blocks, meta, h, missed):
        """What a side's blocks (and meta) made of the text `h` the other side read as a heading."""
        kinds = {"paragraph": "a paragraph", "list_item": "a list item"}
        for b in blocks:
            if b.get("type") != "heading" and norm(b.get("text")) == h:
                what = kinds.get(b.get("type"), b.get("type") or "a block")
                return what + (" of its own" if missed and what == "a paragraph" else "")
        for b in blocks:
            t = norm(b.get("text"))
            if b.get("type") == "heading" and b.get("level") == 1 and h in t:
                return "part of the title"
            if b.get("type") != "heading" and t.startswith(h + " "):
                return "the start of a longer " + kinds.get(b.get("type"), "block")[2:]
        for b in blocks:
            if h in norm(b.get("text")):
                if missed:
                    return "inside a block"
                # (Inside one of the key's level-2 headings: a part of a longer heading.)
                return (
                    "a line of a " + kinds[b["type"]][2:]
                    if b.get("type") in kinds
                    else "part of a longer heading"
                )
        if any(h in norm(v) for v in (meta or {}).values() if isinstance(v, str)):
            return "meta"
        return "in no block"

    lines = [norm(re.sub(r"^\s*(?:[\d.]+[.)]?|[a-z][.)])\s+", "", x, flags=re.I)) for x in text.split("\n")]
    raw = text.split("\n")

    def blanks(h):
        """Whether the file has a blank line before and after the heading's (first) line."""
        at = next(
            (i for i, x in enumerate(lines) if x and (x == h or h.startswith(x + " ") and len(x) > 3)), None
        )
        if at is None:
            return "its line not found"
        end = at
        while end + 1 < len(lines) and lines[end] != h and lines[end + 1] and h.startswith(lines[end]):
            end += 1  # a heading wrapped over lines
        before = at == 0 or not raw[at - 1].strip()
        after = end + 1 >= len(raw) or not raw[end + 1].strip()
        return {(True, True): "blank before and after", (True, False): "blank before only"}.get(
            (before, after), "blank after only" if after else "no blank either side"
        )

    def about(kind, blocks, h, made):
        words = len(original(blocks, h).split())
        band = (
            "1-2 words"
            if words <= 2
            else "3-5 words"
            if words <= 5
            else "6-8 words"
            if words <= 8
            else "9+ words"
        )
        ends = (
            "ends in punctuation" if re.search(r"[.,;:!?)]$", original(blocks, h).strip()) else "no end stop"
        )
        level = "title" if shape(blocks, h).split(", ")[1] == "title" else "level 2+"
        side = "in the parse: " if kind == "FN" else "in the key: "
        by_rules = None
        if rules is not None:
            had = any(b.get("type") == "heading" and norm(b["text"]) == h for b in rules["blocks"])
            if kind == "FN":
                by_rules = "the rules had it, the model dropped it" if had else "the rules missed it too"
                if not had and rules.get("units") is not None:
                    counts[
                        f"heading FN [{level}] the rules missed it: "
                        + _why_rules_missed(rules["units"], h, norm)
                    ] += 1
            else:
                by_rules = "the rules added it" if had else "the model added it"
        for tag in (
            side + made,
            by_rules,
            band,
            ends,
            blanks(h) if text else None,
            side + made + "; " + (blanks(h) if text else ""),
        ):
            if tag:
                counts[f"heading {kind} [{level}] {tag}"] += 1

    ph = Counter(norm(b["text"]) for b in pred["blocks"] if b.get("type") == "heading")
    rh = Counter(norm(b["text"]) for b in ref["blocks"] if b.get("type") == "heading")
    for h in ph - rh:
        counts["heading FP (" + shape(pred["blocks"], h) + ")"] += 1
        about("FP", pred["blocks"], h, made_of(ref["blocks"], ref.get("meta"), h, missed=False))
    for h in rh - ph:
        pred_text = " ".join(norm(b.get("text")) for b in pred["blocks"])
        where = "its text in the parse" if h in pred_text else "its text not found as such"
        counts["heading FN (" + shape(ref["blocks"], h) + "; " + where + ")"] += 1
        about("FN", ref["blocks"], h, made_of(pred["blocks"], pred.get("meta"), h, missed=True))


def decoded_text(path):
    """A plain-text file's text as the reader decodes it (the heading classes look at its blank lines)."""
    return decode_text(path.read_bytes()).replace("\r\n", "\n").replace("\r", "\n")


_META_FIELDS = ("title", "body", "meeting_date", "item")
_CONTACT_FIELDS = ("name", "email")
_MINOR = {"and", "of", "the", "for", "&", "in", "on", "to"}


def _meta_norm(x):
    """As the shared scorer compares a meta value: quotes straightened, spaces, case and end
    punctuation ignored."""
    x = (x or "").replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", x).strip().lower().strip(" .:;,")


def _initials(name):
    """The acronym a body's name makes ("Safer Communities Board" -> "scb"), minor words left out."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w.lower() not in _MINOR).lower()


def _date_shape(got, want):
    """How a meeting date read differs from the key's: the same month, the same year, a year apart or
    more (both ISO yyyy-mm-dd)."""
    if got[:7] == want[:7]:
        return "same month, other day"
    if got[:4] == want[:4]:
        return "same year, other month"
    return "a year apart" if abs(int(got[:4]) - int(want[:4])) == 1 else "years apart"


def _title_shape(got, want, ref_paper):
    """How a title read differs from the key's: holding it (longer) or part of it (shorter), the body's
    name, a heading below the title, a line of the key's text, or a line the key keeps out of its
    text (a cover line, a page's furniture)."""
    g, w = _meta_norm(got), _meta_norm(want)
    if w in g:
        return "longer (holds the key's)"
    if g in w:
        return "shorter (part of the key's)"
    if g == _meta_norm((ref_paper.get("meta") or {}).get("body")):
        return "the body's name"
    blocks = ref_paper.get("blocks", [])
    if any(b.get("type") == "heading" and _meta_norm(b.get("text")) == g for b in blocks):
        return "a heading below it"
    if any(g and g in _meta_norm(b.get("text")) for b in blocks if b.get("type") != "table"):
        return "a line of the key's text"
    return "a line not in the key's text (a cover line or furniture)"


def _body_shape(got, want):
    """How a body read differs from the key's: its acronym, a name holding it (a committee of it) or
    part of it, another acronym, a name sharing a word, or another name (a partner)."""
    g, w = _meta_norm(got), _meta_norm(want)
    if g.replace(" ", "") == _initials(want) or w.replace(" ", "") == _initials(got):
        return "the acronym of it (or it of the acronym)"
    if w in g:
        return "longer (a committee or part of it named)"
    if g in w:
        return "shorter (part of its name)"
    if re.fullmatch(r"[A-Z&]{2,8}", got.strip()):
        return "another acronym"
    gw, ww = set(g.split()) - _MINOR, set(w.split()) - _MINOR
    return "another name sharing a word" if gw & ww else "another name (a partner, the council)"


def _cycle_shape(got, want):
    """How a cycle read differs from the key's ("2020/21"): a year before or after, further, or a
    value of another form."""
    gy, wy = re.match(r"(?:19|20)\d\d", got or ""), re.match(r"(?:19|20)\d\d", want or "")
    if gy is None or wy is None or (got[4:] == "") != (want[4:] == ""):
        return "of another form"
    d = int(gy.group(0)) - int(wy.group(0))
    if d == 0:
        return "same start, other form"
    return "a year before the key's" if d == -1 else "a year after the key's" if d == 1 else "years apart"


def meta_summary(pred, ref, counts):
    """Add to `counts` how each reference meta field (and the contact's name and e-mail) was read:
    matched, missed (none read) or wrong, with the shape of the wrong value (`_title_shape`,
    `_body_shape`, `_date_shape`); no text kept. A missed field says whether the parse's text has
    the key's value (a title set as a heading or paragraph, a date in a block)."""
    rm, pm = ref.get("meta") or {}, pred.get("meta") or {}
    fields = [(k, rm.get(k), pm.get(k)) for k in _META_FIELDS]
    rc, pc = rm.get("contact") or {}, pm.get("contact") or {}
    fields += [("contact." + k, rc.get(k), pc.get(k)) for k in _CONTACT_FIELDS]
    text = " ".join(_meta_norm(b.get("text")) for b in pred.get("blocks", []) if b.get("text"))
    for name, want, got in fields:
        if not want:
            if got:
                counts[f"meta {name}: read, key has none"] += 1
            continue
        if _meta_norm(str(want)) == _meta_norm(str(got or "")):
            counts[f"meta {name}: matched"] += 1
            continue
        if not got:
            if name == "meeting_date":
                inside = want in _dates_in(pred)
            elif name == "item":
                # (An item's number alone is in most texts: it counts said as an item.)
                inside = (
                    re.search(rf"\bitem\W+(?:no\W+)?{re.escape(_meta_norm(str(want)))}\b", text) is not None
                )
            else:
                inside = _meta_norm(str(want)) in text
            where = "the key's value in the parse's text" if inside else "not in the parse's text"
            counts[f"meta {name}: missed ({where})"] += 1
            continue
        if name == "title":
            shape = _title_shape(got, want, ref)
        elif name == "body":
            shape = _body_shape(got, want)
        elif name == "meeting_date":
            shape = _date_shape(str(got), str(want))
        else:
            shape = "another value"
        counts[f"meta {name}: wrong, {shape}"] += 1


def _dates_in(pred):
    """The ISO dates the parse's blocks name."""
    out = set()
    for b in pred.get("blocks", []):
        t = b.get("text") or ""
        while t and (found := find_date(t)):
            out.add(found[0])
            t = t[found[1][1] :]
    return out


def cycle_summary(got, ref, counts):
    """Add to `counts` how the extraction's cycle compares with the key's: matched, none on both,
    missed, found where the key has none (a calendar year's report, a page with no year), or wrong
    and how (`_cycle_shape`)."""
    g, w = got.get("cycle"), ref.get("cycle")
    # (Compared as the shared scorer does: "2020/21" and "2020-21" are one cycle.)
    if (
        re.sub(r"[^a-z0-9]+", " ", (g or "").lower()).strip()
        == re.sub(r"[^a-z0-9]+", " ", (w or "").lower()).strip()
    ):
        counts["cycle matched" if w else "cycle none, as the key"] += 1
    elif not g:
        counts["cycle missed (none read)"] += 1
    elif not w:
        counts["cycle found, key has none"] += 1
    else:
        counts["cycle wrong, " + _cycle_shape(g, w)] += 1


def table(title, fields, rows, per_paper=True):
    print(f"\n{title}")
    print(f"{'file':58} " + " ".join(f"{k[:9]:>9}" for k in fields))
    for name, s in rows if per_paper else ():
        if s is None:
            print(f"{name:58} error")
            continue
        print(f"{name:58} " + " ".join(f"{s[k]:9.3f}" if k in s else f"{'-':>9}" for k in fields))
    scored = [s for _, s in rows if s is not None]
    means = {k: sum(s[k] for s in scored if k in s) / n for k in fields if (n := sum(k in s for s in scored))}
    print(
        f"{'mean of ' + str(len(scored)):58} "
        + " ".join(f"{means[k]:9.3f}" if k in means else f"{'-':>9}" for k in fields)
    )
    return means


# The options main() reads; anything else stops the run before a paper is scored (a mistyped or a
# help flag once printed every group's figures, the held-out means included).
OPTIONS = {
    "--real",
    "--no-held-out",
    "--errors",
    "--summary",
    "--held-out-rows",
    "--model",
    "--heading-model",
    "--rules-alone",
    "--stems",
    "--board-body",
}


def option_value(name):
    """The value of `--name VALUE` or `--name=VALUE` on the command line, or None."""
    for i, a in enumerate(sys.argv):
        if a.startswith(name + "="):
            return a.split("=", 1)[1]
        if a == name and i + 1 < len(sys.argv):
            return sys.argv[i + 1]
    return None


def import_args(board_body):
    """The extractor's arguments for a paper imported into a board of `board_body` (as
    `papers.services.extract_args` gives them, less the organisations recorded in a database)."""
    return {"board_body": board_body} if board_body else {}


def main():
    unknown = [a for a in sys.argv[1:] if a.startswith("-") and a.split("=", 1)[0] not in OPTIONS]
    if unknown:
        sys.exit(f"{__doc__}\nunknown option: {' '.join(unknown)}")
    score_paper, score_extraction = load_scorer("score_paper"), load_scorer("score_extraction")
    stems = option_value("--stems") or ""
    extract_kw = import_args(option_value("--board-body"))
    only = frozenset(filter(None, stems.split(",")))
    model = shipped_model() if "--model" in sys.argv else None
    # (The error classes cost a second reading of each file and of its extraction: only when asked.)
    want_summary = "--summary" in sys.argv
    for group, items in groups(
        real_only="--real" in sys.argv, no_held_out="--no-held-out" in sys.argv, only=only
    ):
        parse_rows, extract_rows, diffs = [], [], []
        units: list[tuple[int, int, int]] = []
        counts: Counter[str] = Counter()
        heading_counts: Counter[str] = Counter()
        meta_counts: Counter[str] = Counter()
        for f, ref, ex in items:
            label = f.name
            try:
                # (The heading model is the reader's default: --heading-model says so, --rules-alone
                # reads without it.)
                paper = read_path(f, Limits(heading_model="--rules-alone" not in sys.argv))
            except ReadError as e:
                print(f"{label}: cannot read: {e}")
                parse_rows.append((label, None))
                continue
            ref_paper = json.loads(ref.read_text(encoding="utf-8"))
            parsed = paper.to_dict()
            parse_rows.append((label, score_paper(parsed, ref_paper)))
            if want_summary:
                meta_summary(parsed, ref_paper, meta_counts)
            if want_summary and f.suffix == ".txt":
                # (The file read by the rules alone too: which misses are the model's.)
                alone = read_rules_alone(f) if "--rules-alone" not in sys.argv else None
                heading_summary(parsed, ref_paper, heading_counts, decoded_text(f), alone)
            if ex is not None:
                got = (
                    extraction_of(paper, model=model, **extract_kw).to_dict()
                    if model
                    else extract(paper, **extract_kw)
                )
                ref_ex = json.loads(ex.read_text(encoding="utf-8"))
                extract_rows.append((label, score_extraction(got, ref_ex)))
                units.append(by_unit(got, ref_ex))
                diffs.append((label, errors(got, ref_ex)))
                if want_summary:
                    summary(got, ref_ex, counts)
                    cycle_summary(got, ref_ex, meta_counts)
                    miss_causes(paper, got, ref_ex, counts, model, extract_kw)
        # A held-out paper's own row is a figure to tune on; its group shows means unless asked.
        rows = group != "real (held out)" or "--held-out-rows" in sys.argv
        if not rows:
            unread = [n for n, s in parse_rows if s is None]
            print(f"\n{group}: per-paper rows hidden (--held-out-rows shows them); unreadable: {len(unread)}")
        table(f"{group}: parse", PARSE_FIELDS, parse_rows, rows)
        plain_rows = [(n, s) for n, s in parse_rows if n.endswith(".txt")]
        if plain_rows and len(plain_rows) < len(parse_rows):
            table(f"{group}: parse, plain-text files only", PARSE_FIELDS, plain_rows, rows)
        if extract_rows:
            table(f"{group}: extraction", EXTRACT_FIELDS, extract_rows, rows)
            print(unit_line(units))
        if want_summary and counts:
            print(f"\n{group}: error classes (counts over {len(extract_rows)} files)")
            for name, n in sorted(counts.items()):
                if n:
                    print(f"  {n:4d}  {name}")
        if want_summary and meta_counts:
            print(
                f"\n{group}: meta of every file and cycle of the extracted ones, classes (counts over "
                f"{len(parse_rows)} files, {len(extract_rows)} extracted)"
            )
            for name, n in sorted(meta_counts.items()):
                print(f"  {n:4d}  {name}")
        if want_summary and heading_counts:
            n_txt = len(plain_rows)
            print(f"\n{group}: headings of the plain-text files, error classes (counts over {n_txt} files)")
            for name, n in sorted(heading_counts.items()):
                print(f"  {n:4d}  {name}")
        if "--errors" in sys.argv and diffs:
            print(f"\n{group}: what differs from the keys")
            for label, lines in diffs:
                if lines:
                    print(label)
                    print("\n".join(lines))


if __name__ == "__main__":
    main()
