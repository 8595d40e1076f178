"""Train the activity classifier of `boardwork/papers/extract/model.py` on the development papers.

Reads the two sample papers (../shared/corpus) and every development paper of tests/data/real (those
not listed in held-out.txt: the held-out papers never enter training or the choice of thresholds), labels each unit the pipeline reads with
its answer key (a unit is an activity when the key has one with its paragraph number and its text),
and fits a logistic regression (scikit-learn, in the `train` extra only:
`.venv/bin/pip install -e '.[train]'`) on `model.features`.

Judged by grouped cross-validation: papers are left out, not paragraphs (GroupKFold over stems).
The out-of-fold probabilities choose the two thresholds — where a unit the rules passed over is
added, and below which a rule activity is dropped — by the mean of the extraction scores
(activities, kinds, organisations, dates, policies) over the development papers. The final model
is fitted on all of them and written, with those thresholds and the CV figures, to
boardwork/papers/extract/data/activity_model.json.

    .venv/bin/python bench/train_activity_model.py            # CV figures, then write the model
    .venv/bin/python bench/train_activity_model.py --cv-only  # CV figures only
    .venv/bin/python bench/train_activity_model.py --history  # on the rules as they stood before

`--history`: each development paper is also extracted with the code of the commit before the one
that added its key to the corpus (`bench/activity_history_dump.py`, run on a `git archive` of that
commit; cached under $TMPDIR/activity_history), and what those rules said of each unit (an activity
or not, its kinds, why it was passed over) replaces the present rules' verdict among the features,
under the same names ("skip=…", "rule kind=…"), so that the shipped model reads the present rules'
verdict in their place at run time. The rules as they stood before a paper are out of sample on it,
as the present rules are on a paper of a house not seen yet, so their verdict is a fair feature and
their figures a fair baseline: CV scores the earlier rules' own extraction against today's keys,
and the rules + model as that extraction less the activities the model vetoes plus the units it
adds. The two samples have no earlier reading (the rules were written from them from the start) and
are left out.

`--gate` (with --history): the model's additions apply only to a paper in which the rules read at
least one activity and at most a share of its units as activities (`pipeline.additions_open`; the
shares tried in BW_MODEL_SHARES), and the thresholds and the share are the best CV figure among the
settings that, with today's rules and the weights fitted on every paper, move no activity of a
sample or genre paper (nor of the genre tests' invented papers, `bench/invented_genre_papers.py`) and
lower no development mean. The shipped weights were written by this command on the 210 development
papers of 2026-12-04 (commit 00c7523; the JSON's "trained_on"); its retrains since (256 papers, and 280-289
of 2026-12-06 with the import's reading, the history CV's veto sparing what `pipeline._spared` spares)
were not shipped (ADR 0013). `BW_MODEL_COMPARE=<json>,<commit>` also prints another weights file's
figures on the same papers and on those added since `commit` (the shipped file: 00c7523):

    BW_MODEL_OLD_LOOSE=1 BW_MODEL_SHARES=1.0,0.6,0.5,0.4,0.34,0.25 \
        .venv/bin/python bench/train_activity_model.py --history --gate

`BW_MODEL_TRAIN_AT=<commit>` trains each fold only on its papers keyed at that commit (the shipped file's
recipe on its own corpus: 00c7523) and scores every paper of the fold, and `BW_MODEL_SEED=n` deals the
papers to the folds at random: the fair comparison of a retrain with the shipped file, both out of
sample on the same papers and the same folds (ADR 0013, 2026-12-07). Under --history the grid written
to BW_MODEL_GRID_OUT carries each setting's papers by `zero_class`, and BW_MODEL_COMPARE's lines too.

`BW_MODEL_ROWS=<file>` pickles the rows read (every development paper with its first reading) and
reads them from there on the next run, so that a change to `model.features` is judged in a minute or
two rather than after reading every paper again; delete the file after a change to the rules, the
reading or the keys. `BW_MODEL_KINDS=1` gives a unit the model adds with no kinds read loosely the
kinds of a per-kind logistic regression over the same features, fitted out of fold on the keys' kinds
(NOTES 1990-1999: no gain, not shipped). The "shape:" features (`model._shape`, the genre's shape
of a deed) are left out unless asked for (`BW_MODEL_DROP=w:,b:` with --history), so that the command
above fits the shipped recipe; with them the history CV rises, but the held-out means fell with the
weights they gave (NOTES 1990-1999).

`BW_MODEL_PAPER=1` (with --history): decisions about a whole paper, tried on top of the weights
file's own setting (the shipped one, or BW_MODEL_COMPARE's file) and written nowhere (ADR 0013,
2026-12-06, paper-level decisions): in a paper the rules read nothing in, add its most likely unit
from a threshold (`empty_at`; every unit from it with BW_MODEL_EMPTY_ALL=1); where the veto would take
every activity the rules read, keep the most likely one from a threshold (`last_at`); where every
activity the rules read and the veto keeps is below a threshold and spared by nothing
(`pipeline._spared`; BW_MODEL_WEAK_SPARE=organisations: names no organisation), read no work
(`weak_below`). It prints, out of fold, each decision's figures, the papers in each class (the key
has activities or none, the extraction found some or none: `zero_class`) and the papers up and down,
then the in-sample bars of `--gate` for every combination with the file's own weights and with
weights fitted on every paper (`paper_bars`). The run of the ADR:

    BW_MODEL_PAPER=1 BW_MODEL_OLD_LOOSE=1 BW_MODEL_SHARES=0.34 \
        .venv/bin/python bench/train_activity_model.py --history --cv-only
"""

import json
import math
import os
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from history import commit_before_added, dumped, fit_logistic  # noqa: E402
from invented_genre_papers import invented_papers  # noqa: E402
from scores import REAL, SHARED, documents, groups, held_out, load_scorer  # noqa: E402

from boardwork.papers.extract import unsure as unsure_notes  # noqa: E402
from boardwork.papers.extract.model import features  # noqa: E402
from boardwork.papers.extract.pipeline import (  # noqa: E402
    _spared,
    _told_of_others,
    additions_open,
    assemble,
    read_paper,
    select,
)
from boardwork.papers.extraction import ActivityFound, ReadAs  # noqa: E402
from boardwork.papers.readers import ReadError, read_path  # noqa: E402
from boardwork.papers.readers.limits import Limits  # noqa: E402

# Papers are read as an import reads them (the plain-text heading model on, ADR 0014): the model runs
# on that reading. BW_MODEL_OLD_READING=1 reads them as before the heading model was on by default
# (`Limits(heading_model=False)`), the reading the shipped weights were fitted on (three units
# differ); on the 210 papers of the time it wrote them again byte for byte (ADR 0013). The JSON
# records the reading as "heading_model".
READING = Limits(heading_model=os.environ.get("BW_MODEL_OLD_READING") != "1")


def reading() -> Limits:
    """The reading's limits for one file: a `Limits` starts its time budget when it is made, so one
    made at import would refuse every file once the run passed 120 s (the in-sample bars of a long
    search read their files last)."""
    return Limits(heading_model=READING.heading_model)


# BW_MODEL_OUT writes the weights elsewhere (to compare a retrain with the shipped file).
OUT = Path(
    os.environ.get("BW_MODEL_OUT")
    or ROOT / "boardwork" / "papers" / "extract" / "data" / "activity_model.json"
)
FIELDS = ["activities", "kinds", "organisations", "dates", "policies"]
# A word, pair of words or heading word is a feature only when it is in this many training papers:
# fewer, and the model would learn one paper's words.
MIN_PAPERS = 3
C = float(os.environ.get("BW_MODEL_C", "0.1"))
HISTORY = "--history" in sys.argv
# Under --history, the loose kinds as that commit's patterns read them (an experiment: the present
# patterns were written from these papers, so their loose kinds are in sample here).
OLD_LOOSE = os.environ.get("BW_MODEL_OLD_LOOSE") == "1"
FOLDS = int(os.environ.get("BW_MODEL_FOLDS", "8"))
# Features left out of training: the rules' own verdicts are right on the papers they were tuned on
# (the development papers), so a model given them only learns to copy them; and the paragraph's own
# words and word pairs ("w:", "b:"), which are the papers' vocabulary rather than the genre's shape:
# without them the model alone is no worse under CV (units F1 0.888 -> 0.902 with 8 folds) and its
# veto is right on every unit it drops (ADR 0013, 2026-12-04). The genre's shape of a deed ("shape:")
# is left out too unless asked for: the shipped recipe was fitted without it (NOTES 1990-1999).
# With --history the earlier rules' verdict is kept (under the present rules' names): it is out of
# sample there.
DROP = tuple(
    p
    for p in os.environ.get(
        "BW_MODEL_DROP", "w:,b:,shape:" if HISTORY else "skip=rules,skip=no kinds,rule kind=,w:,b:,shape:"
    ).split(",")
    if p
)
# Never adding (1.01) is tried first: a tie keeps the rules' silence, so the model adds units only
# where adding them gains under CV.
# What the thresholds are chosen by: the mean of the five figures; under --history the mean of
# activities and kinds, the two the model decides (a unit it adds takes its date, organisations and
# policies from the present rules, which are in sample on these papers while the earlier rules'
# are not, so the other three figures favour adding).
_OBJECTIVE = "activities,kinds" if HISTORY else ",".join(FIELDS)
OBJECTIVE = os.environ.get("BW_MODEL_OBJECTIVE", _OBJECTIVE).split(",")
ADD_GRID = [1.01, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]
VETO_GRID = [0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]
# The gate on additions (`pipeline.additions_open`): the largest share of a paper's units the rules
# may read as activities for the model to add to it (1.0: no gate). BW_MODEL_SHARES lists the ones
# tried (the first is kept on a tie); BW_MODEL_VETO_MAX caps the veto threshold tried.
SHARE_GRID = [float(x) for x in os.environ.get("BW_MODEL_SHARES", "1.0").split(",")]
# Which earlier rule activities the history CV never vetoes: "today" those `pipeline._spared` spares
# at run time (one naming an organisation, counted help, a counted survey or a study's findings, a
# paper's only account of its work), read from the earlier activity; "organisations" only the first,
# as the CV did before the other exemptions were added to the import (ADR 0013, 2026-12-06).
SPARE = os.environ.get("BW_MODEL_SPARE", "today")
# BW_MODEL_PAPER=1: the paper-level decisions searched on the weights file's setting (`paper_level`).
PAPER = os.environ.get("BW_MODEL_PAPER") == "1"
# Which activities make a paper not weak whatever the model gives them: those the veto spares
# ("spared", `pipeline._spared`), or only those naming an organisation ("organisations").
WEAK_SPARE = os.environ.get("BW_MODEL_WEAK_SPARE", "spared")
# BW_MODEL_EMPTY_ALL=1: in a paper the rules read nothing in, every unit from `empty_at` is added, not
# only the most likely one.
EMPTY_ALL = os.environ.get("BW_MODEL_EMPTY_ALL") == "1"
VETO_GRID = [v for v in VETO_GRID if v <= float(os.environ.get("BW_MODEL_VETO_MAX", "1"))]
# BW_MODEL_KINDS=1: a unit the model adds with no kinds read loosely takes the kinds of a per-kind
# logistic regression over the same features, fitted (out of fold) on the units that are activities
# of the keys with the keys' kinds, instead of the present rules' fallback (`Candidate.guess`: a list
# item's noun, or the default kind).
KINDS_MODEL = os.environ.get("BW_MODEL_KINDS") == "1"


def pnum(x):
    return re.sub(r"[().\s]", "", str(x or "")).lower()


def words(s):
    return re.findall(r"[a-z0-9]+", (s or "").lower())


def same_text(unit, key):
    """Is the key's activity text this unit's text (the key may quote a bullet or a whole paragraph)?"""
    u, k = " ".join(words(unit)), " ".join(words(key))
    if not u or not k:
        return False
    if k[:80] in u or u[:80] in k:
        return True
    a, b = set(u.split()), set(k.split())
    return len(a & b) / max(1, min(len(a), len(b))) >= 0.7


def load():
    """[(stem, file, paper, key, candidates, labels)] for the development papers."""
    if HISTORY:
        return load_history()
    hold = held_out()
    rows = []
    # The two sample papers (their plain text: the other renditions read the same) and the
    # development papers.
    keys = [
        (ref, [ref.parent / (ref.name.removesuffix(".extraction.json") + ".txt")])
        for ref in sorted((SHARED / "corpus").glob("*.extraction.json"))
    ]
    keys += [
        (ref, documents(REAL, ref.name.removesuffix(".extraction.json")))
        for ref in sorted(REAL.glob("*.extraction.json"))
    ]
    for ref, files in keys:
        stem = ref.name.removesuffix(".extraction.json")
        if stem in hold:
            continue
        key = json.loads(ref.read_text(encoding="utf-8"))
        for f in files:
            try:
                paper = read_path(f, reading())
            except ReadError:
                continue
            read = read_paper(paper)
            labels = label(read, key)
            rows.append((stem, f.name, paper, key, read, labels))
    return rows


def cached_rows():
    """`load()`, or the rows it returned last time, pickled in BW_MODEL_ROWS (when set): reading every
    development paper takes minutes on a loaded machine, and the features are computed from the rows
    at fit time, so a change to `model.features` can be judged again on the same rows. Delete the file
    after a change to the rules, the reading or the keys."""
    import pickle

    path = os.environ.get("BW_MODEL_ROWS")
    if path and Path(path).exists():
        with open(path, "rb") as fh:
            return pickle.load(fh)
    rows = load()
    if path:
        with open(path, "wb") as fh:
            pickle.dump(rows, fh)
    return rows


def label(read, key):
    """1 for each candidate whose unit is an activity of the key (its paragraph number and text)."""
    labels = []
    for c in read.candidates:
        a = c.rule or c.guess()
        labels.append(
            int(any(same_unit(k.get("paragraph"), k["text"], a.paragraph, a.text) for k in key["activities"]))
        )
    return labels


def earlier_readings(parent, files):
    """{file: {"extraction": …, "skips": […]} or {"error": …}}: `files` read and extracted by the code
    of commit `parent` (cached)."""
    import tempfile

    return dumped(
        "activity_history_dump.py",
        parent,
        files,
        Path(tempfile.gettempdir()) / "activity_history",
        f"{parent}.json",
    )


def same_unit(number, text, paragraph, other):
    return pnum(number) == pnum(paragraph) and same_text(text, other)


def load_history():
    """The development papers as read now, each unit with what the rules said of it before the
    paper's key was added to the corpus (`earlier_verdicts`); files the earlier code could not read
    are left out."""
    hold = held_out()
    by_parent = defaultdict(list)
    for ref in sorted(REAL.glob("*.extraction.json")):
        stem = ref.name.removesuffix(".extraction.json")
        if stem in hold:
            continue
        parent = commit_before_added(ref)
        if parent is None:
            print(f"{stem}: no commit added its key; left out")
            continue
        by_parent[parent].append((stem, ref))
    rows = []
    for parent, items in sorted(by_parent.items()):
        files = {stem: documents(REAL, stem) for stem, _ in items}
        earlier = earlier_readings(parent, [f for fs in files.values() for f in fs])
        for stem, ref in items:
            key = json.loads(ref.read_text(encoding="utf-8"))
            for f in files[stem]:
                then = earlier.get(str(f))
                if not then or "error" in then:
                    print(
                        f"{f.name}: the earlier code did not read it ({(then or {}).get('error')}); left out"
                    )
                    continue
                try:
                    paper = read_path(f, reading())
                except ReadError:
                    continue
                read = read_paper(paper)
                earlier_verdicts(read, then)
                read.old_extraction = then["extraction"]
                rows.append((stem, f.name, paper, key, read, label(read, key)))
    return rows


def earlier_verdicts(read, earlier):
    """Set on each candidate what the earlier rules said of its unit: `old` is the index of their
    activity for it in `earlier["extraction"]["activities"]` (or None), `old_view` the view with
    their verdict in place of the present rules' (their kinds, or why they passed it over)."""
    from dataclasses import replace

    acts = earlier["extraction"]["activities"]
    skips = earlier["skips"]
    for c in read.candidates:
        a = c.rule or c.guess()
        u = c.found.unit
        then = next((s for s in skips if same_unit(s["number"], s["text"], u.number, u.text)), None)
        c.old = next(
            (
                i
                for i, o in enumerate(acts)
                if same_unit(o.get("paragraph"), o.get("text", ""), a.paragraph, a.text)
            ),
            None,
        )
        if c.old is not None:
            skip, kinds = None, tuple(acts[c.old].get("kinds") or ()) or ("support",)
        else:
            why = next(
                (s["skip"] for s in skips if same_unit(s["number"], s["text"], u.number, u.text)), None
            )
            skip, kinds = why, ()
        # The loose kinds are the rules' own where the rules read the unit as loosely (`_view`):
        # there, the earlier rules' kinds.
        v = c.view
        loose = tuple((then or {}).get("loose") or ()) if OLD_LOOSE else v.loose_kinds
        if v.skip is None and not v.is_item and v.role != "background" and v.first_person_paper:
            loose = kinds
        c.old_view = replace(v, skip=skip, rule_kinds=kinds, loose_kinds=loose)


def unit_features(c):
    """The features of a candidate in training: its view, with the earlier rules' verdict under
    --history."""
    return features(c.old_view if HISTORY else c.view)


def vocabulary(rows, idx):
    """Lexical features in at least MIN_PAPERS of the papers `idx`; all the others."""
    papers = defaultdict(set)
    for i in idx:
        stem, *_, read, _ = rows[i]
        for c in read.candidates:
            for k in unit_features(c):
                papers[k].add(stem)
    return {
        k
        for k, s in papers.items()
        if (k[:2] not in ("w:", "b:", "h:") or len(s) >= MIN_PAPERS) and not k.startswith(DROP)
    }


def fit(rows, idx):
    vocab = vocabulary(rows, idx)
    X, y = [], []
    for i in idx:
        _, _, _, _, read, labels = rows[i]
        for c, lab in zip(read.candidates, labels, strict=True):
            X.append({k: v for k, v in unit_features(c).items() if k in vocab})
            y.append(lab)
    return fit_logistic(X, y, C, max_iter=2000)


def probability(model, c):
    import math

    z = model["intercept"] + math.fsum(
        model["weights"].get(k, 0.0) * v for k, v in sorted(unit_features(c).items())
    )
    return 1 / (1 + math.exp(-z))


# A paper's scores by the units chosen as activities (paper, their indices): most thresholds choose
# what the rules chose on most papers, so the grid scores each choice of a paper once.
_SCORED = {}


def history_choice(read, add_at, veto_below, share=1.0, empty_at=None, weak_below=None, last_at=None):
    """Under --history: (the earlier rules' activities kept, the candidates added). An earlier
    activity is vetoed when every unit matched to it is below `veto_below` and the import would not
    spare it (`spared`, as `pipeline.select` does); a unit they had no activity for is
    added from `add_at`, in a paper where they read at least one activity and at most `share` of
    its units as activities (`pipeline.additions_open`, on the earlier rules' verdicts).

    The paper-level decisions tried with BW_MODEL_PAPER (`paper_level`; none is in the import):
    `empty_at`, in a paper the rules read nothing in, its most likely unit is added from there (every
    unit from there with BW_MODEL_EMPTY_ALL); `last_at`, where the veto takes every activity the rules
    read and the model adds none, the most likely of them is kept from there; `weak_below`, where every
    activity kept is a rule's that the model gives less than that and none is spared (`spared`:
    naming an organisation, counted help, the paper's only account …) and the model adds none, the
    paper reads no work."""
    acts = read.old_extraction["activities"]
    best = {}
    for c in read.candidates:
        if c.old is not None and c.probability is not None:
            best[c.old] = max(best.get(c.old, 0.0), c.probability)
    kept = tuple(
        i for i, a in enumerate(acts) if veto_below is None or best.get(i, 1.0) >= veto_below or spared(a)
    )
    rules = sum(c.old is not None for c in read.candidates)
    if share < 1.0 and not (rules >= 1 and rules <= share * len(read.candidates)):
        add_at = None
    added = tuple(
        j
        for j, c in enumerate(read.candidates)
        if c.old is None and add_at is not None and c.probability is not None and c.probability >= add_at
    )
    if last_at is not None and acts and not kept and not added:
        top = max(range(len(acts)), key=lambda i: best.get(i, 1.0))
        kept = (top,) if best.get(top, 1.0) >= last_at else ()
    if empty_at is not None and not acts:
        if EMPTY_ALL:
            added = tuple(
                j
                for j, c in enumerate(read.candidates)
                if c.probability is not None and c.probability >= empty_at and not _told_of_others(c)
            )
        else:
            top = _most_likely(read.candidates)
            added = (top,) if top is not None and read.candidates[top].probability >= empty_at else ()
    if weak_below is not None and kept and not added and _weak(acts, best, kept, weak_below):
        kept = ()
    return kept, added


def _most_likely(candidates):
    """The index of the unit the model finds most likely among those it may add (the first on a tie)."""
    best = None
    for j, c in enumerate(candidates):
        if c.probability is None or _told_of_others(c):
            continue
        if best is None or c.probability > candidates[best].probability:
            best = j
    return best


def _weak(acts, best, kept, weak_below):
    """Is every earlier activity kept one the model gives less than `weak_below` and the import would
    not spare (BW_MODEL_WEAK_SPARE=organisations: that names no organisation)?"""
    if WEAK_SPARE == "organisations":
        return all(best.get(i, 1.0) < weak_below and not acts[i].get("organisations") for i in kept)
    return all(best.get(i, 1.0) < weak_below and not spared(acts[i]) for i in kept)


# How an earlier reading read an activity (`extraction.ReadAs`, the codes `pipeline._spared` and
# `_only_account` test), by the words of its notes: a history dump carries only the words (the codes
# are not in `boardwork.extraction/1`). The one place words become codes: the words of today's notes
# (`extract.unsure`) and those the rules wrote before 2026-12-07, when they were reworded for an officer.
_READ_AS_BY_NOTE = {
    unsure_notes.MONEY_SPENT: ReadAs.SPENDING,
    "an item of the body's money spent or committed: help given by its sum": ReadAs.SPENDING,
    unsure_notes.TOLD_TO_THE_MEETING: ReadAs.REPORTED,
    "read from what the meeting was told, in reported speech": ReadAs.REPORTED,
    unsure_notes.VISIT_IN_MINUTES: ReadAs.VISIT,
    "read from a visit the minute tells of": ReadAs.VISIT,
    unsure_notes.EARLIER_WORK_IN_MINUTES: ReadAs.EARLIER_IN_MINUTES,
    "read from a deed told in the past perfect in the meeting's minute": ReadAs.EARLIER_IN_MINUTES,
    unsure_notes.FROM_SUMMARY: ReadAs.SUMMARY,
    "read from the paper's summary: the rest of it reports no work": ReadAs.SUMMARY,
    unsure_notes.FROM_CONSULTATION: ReadAs.CONSULTATION,
    "read from a consultation page's dates: the page is the body's own survey": ReadAs.CONSULTATION,
}


def spared(a):
    """Would the import never veto the earlier rules' activity `a` (a dict of their extraction)?"""
    if SPARE == "organisations":
        return bool(a.get("organisations"))
    return _spared(
        ActivityFound(
            a.get("paragraph"),
            a.get("theme"),
            list(a.get("kinds") or ()),
            a.get("date"),
            list(a.get("organisations") or ()),
            list(a.get("policies") or ()),
            list(a.get("people") or ()),
            list(a.get("nations") or ()),
            a.get("text") or "",
            unsure=list(a.get("unsure") or ()),
            read_as=frozenset(
                _READ_AS_BY_NOTE[why] for why in a.get("unsure") or () if why in _READ_AS_BY_NOTE
            ),
        )
    )


def history_prediction(read, choice):
    kept, added = choice
    acts = read.old_extraction["activities"]
    return {
        **read.old_extraction,
        "activities": [acts[i] for i in kept] + [guessed(read.candidates[j]) for j in added],
    }


def guessed(c):
    """A unit the model adds, as an activity: its kinds read loosely (by that commit's patterns with
    BW_MODEL_OLD_LOOSE), else the present rules' guess (or the kinds model's, BW_MODEL_KINDS)."""
    d = c.guess().to_dict()
    if OLD_LOOSE and c.old_view.loose_kinds:
        d["kinds"] = list(c.old_view.loose_kinds)
    elif KINDS_MODEL and not c.view.loose_kinds and getattr(c, "kinds_guess", None):
        d["kinds"] = list(c.kinds_guess)
    return d


def unit_view(c):
    return c.old_view if HISTORY else c.view


def key_kinds(read, key):
    """The kinds of the key's activity for each candidate (empty where the unit is not one)."""
    out = []
    for c in read.candidates:
        a = c.rule or c.guess()
        k = next(
            (k for k in key["activities"] if same_unit(k.get("paragraph"), k["text"], a.paragraph, a.text)),
            None,
        )
        out.append(tuple((k or {}).get("kinds") or ()))
    return out


def fit_kinds(rows, idx):
    """{kind: logistic regression} over the features of the units of papers `idx` that are activities
    of the keys: does the key give the unit this kind?"""
    vocab = vocabulary(rows, idx)
    X, Y = [], []
    for i in idx:
        _, _, _, key, read, labels = rows[i]
        for c, lab, kinds in zip(read.candidates, labels, key_kinds(read, key), strict=True):
            if lab and kinds:
                X.append({k: v for k, v in unit_features(c).items() if k in vocab})
                Y.append(kinds)
    every = sorted({k for ks in Y for k in ks})
    return {
        kind: fit_logistic(X, [int(kind in ks) for ks in Y], C, max_iter=2000)
        for kind in every
        if 3 <= sum(kind in ks for ks in Y) < len(Y)
    }


def guess_kinds(models, c):
    """The kinds the kinds model gives the unit 0.5 or more, else its likeliest kind."""
    p = {kind: probability(m, c) for kind, m in models.items()}
    if not p:
        return ()
    return tuple(sorted(k for k, v in p.items() if v >= 0.5)) or (max(p, key=p.get),)


# Under --history, the papers of each class of `zero_class` at each setting scored (add_at, veto_below,
# share): written with the grid (BW_MODEL_GRID_OUT), to see whether a setting recovers the papers
# whose key has work and in which the earlier rules read none.
_CLASSES = {}


def scores_at(rows, score, add_at, veto_below, share=1.0):
    if HISTORY:
        per, classes = [], dict.fromkeys(CLASSES, 0)
        for i, (_, _, _, key, read, _) in enumerate(rows):
            choice = history_choice(read, add_at, veto_below, share)
            k = (i, choice)
            if k not in _SCORED:
                _SCORED[k] = score(history_prediction(read, choice), key)
            per.append(_SCORED[k])
            classes[zero_class({"activities": choice[0] + choice[1]}, key)] += 1
        _CLASSES[add_at, veto_below, share] = classes
        return {f: sum(s[f] for s in per if f in s) / sum(f in s for s in per) for f in FIELDS}
    per = []
    for i, (_, _, paper, key, read, _) in enumerate(rows):
        chosen = select(read.candidates, add_at, veto_below, share)
        picked = tuple((a.paragraph, a.text) for _, a in chosen)
        k = (i, picked)
        if k not in _SCORED:
            _SCORED[k] = score(assemble(paper, read, chosen).to_dict(), key)
        per.append(_SCORED[k])
    return {f: sum(s[f] for s in per if f in s) / sum(f in s for s in per) for f in FIELDS}


def model_alone(rows, score):
    """The model alone: every unit it gives 0.5 or more is an activity (the rules' reading of it, or
    its kinds read loosely where the rules read none)."""
    if HISTORY:
        return scores_at(rows, score, 0.5, 0.5)
    per = []
    for _, _, paper, key, read, _ in rows:
        chosen = [(c.section_index, c.rule or c.guess()) for c in read.candidates if c.probability >= 0.5]
        per.append(score(assemble(paper, read, chosen).to_dict(), key))
    return {f: sum(s[f] for s in per if f in s) / sum(f in s for s in per) for f in FIELDS}


def moved(rows, score, add_at, veto_below, share=1.0):
    """Each paper whose figures the chosen thresholds move, out of fold, and the units they move."""
    up = down = 0
    for _, name, paper, key, read, labels in rows:
        if HISTORY:
            a = score(history_prediction(read, history_choice(read, None, None)), key)
            b = score(history_prediction(read, history_choice(read, add_at, veto_below, share)), key)
        else:
            a = score(assemble(paper, read, select(read.candidates)).to_dict(), key)
            b = score(
                assemble(paper, read, select(read.candidates, add_at, veto_below, share)).to_dict(), key
            )
        if a == b:
            continue
        diff = sum(b[f] - a[f] for f in FIELDS if f in a)
        up += diff > 1e-9
        down += diff < -1e-9
        print(
            f"  {name}: "
            + " ".join(f"{f} {a[f]:.2f} -> {b[f]:.2f}" for f in FIELDS if f in a and a[f] != b[f])
        )
        kept, added = history_choice(read, add_at, veto_below, share) if HISTORY else ((), ())
        if not HISTORY:
            opened = additions_open(read.candidates, share)
        for j, (c, lab) in enumerate(zip(read.candidates, labels, strict=True)):
            if HISTORY:
                vetoed = c.old is not None and c.old not in kept
                if not vetoed and j not in added:
                    continue
            elif not (
                vetoed := c.rule is not None and c.probability < veto_below and not _spared(c.rule)
            ) and not (c.rule is None and opened and c.probability >= add_at):
                continue
            what = "vetoed" if vetoed else "added"
            print(
                f"    {what} at {c.probability:.2f}, {'in' if lab else 'not in'} the key: {c.view.text[:70]!r}"
            )
    print(f"  papers up {up}, down {down} (the sum of their five figures)")


def unit_figures(rows):
    """Precision, recall and F1 of units as activities: rules alone, model at 0.5."""
    out = {}
    for name, pick in (
        ("rules", lambda c: (c.old if HISTORY else c.rule) is not None),
        ("model at 0.5", lambda c: c.probability >= 0.5),
    ):
        tp = fp = fn = 0
        for *_, read, labels in rows:
            for c, lab in zip(read.candidates, labels, strict=True):
                got = pick(c)
                tp += got and lab
                fp += got and not lab
                fn += lab and not got
        p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
        out[name] = {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(2 * p * r / max(1e-9, p + r), 3),
        }
    return out


def bar_files(model):
    """The files the in-sample bars read, each as (name, paper, its reading, `model`'s probability of
    each candidate, its answer key or None): the samples, genre files and development papers with a
    key, read with today's rules, and the genre tests' invented papers (bench/invented_genre_papers.py),
    held to the genre files' bar since the suite asserts their activities with the shipped weights."""
    import math

    def p(c):
        z = model["intercept"] + math.fsum(
            model["weights"].get(k, 0.0) * v for k, v in sorted(features(c.view).items())
        )
        return 1 / (1 + math.exp(-z))

    files = []
    for group, items in groups(no_held_out=True):
        for f, _, ex in items:
            if group != "genre" and ex is None:
                continue
            try:
                paper = read_path(f, reading())
            except ReadError:
                continue
            read = read_paper(paper)
            key = json.loads(ex.read_text(encoding="utf-8")) if group == "real (development)" else None
            files.append((f.name, paper, read, [p(c) for c in read.candidates], key))
    for title, paper in invented_papers():
        read = read_paper(paper)
        files.append((title, paper, read, [p(c) for c in read.candidates], None))
    return files


def in_sample_bars(model, score, settings):
    """With `--gate`: which settings (share, add_at, veto_below) keep, with today's rules and the
    weights trained on every paper, the samples and genre papers as the rules alone read them (not
    one activity moved) and no development mean below the rules alone's. The settings are judged
    on the choice of units they make in each file, each distinct choice scored once."""
    files = [(paper, read, probs, key) for _, paper, read, probs, key in bar_files(model)]

    def picked(read, probs, add_at, veto, share):
        opened = additions_open(read.candidates, share)
        return tuple(
            j
            for j, (c, q) in enumerate(zip(read.candidates, probs, strict=True))
            if (c.rule is not None and (q >= veto or _spared(c.rule)))
            or (c.rule is None and opened and q >= add_at)
        )

    scored = {}

    def means(setting):
        per, moved = [], False
        for i, (paper, read, probs, key) in enumerate(files):
            got = picked(read, probs, *setting)
            if key is None:
                moved = moved or got != picked(read, probs, 1.01, 0.0, 1.0)
                continue
            if (i, got) not in scored:
                for c, q in zip(read.candidates, probs, strict=True):
                    c.probability = q
                scored[i, got] = score(
                    assemble(paper, read, select(read.candidates, *setting)).to_dict(), key
                )
            per.append(scored[i, got])
        return moved, {f: sum(s[f] for s in per if f in s) / sum(f in s for s in per) for f in FIELDS}

    _, base = means((1.01, 0.0, 1.0))
    ok = set()
    for setting in settings:
        moved, m = means(setting)
        if not moved and all(m[f] >= base[f] - 1e-9 for f in FIELDS):
            ok.add(setting)
    print(
        f"in sample (today's rules): {len(ok)} of {len(settings)} settings move no sample or genre paper "
        "and lower no development mean; rules alone " + " ".join(f"{f} {v:.3f}" for f, v in base.items())
    )
    return ok, means


def compare_weights(rows, score, best):
    """BW_MODEL_COMPARE=<weights JSON>[,<commit>]: that file's weights and thresholds (the shipped
    ones) on the same rows, beside the out-of-fold figures at the chosen setting; with a commit, also on the papers
    whose keys were not in the tree at that commit (the ones those weights never saw)."""

    path, _, commit = os.environ["BW_MODEL_COMPARE"].partition(",")
    shipped = json.loads(Path(path).read_text(encoding="utf-8"))
    oof = [[c.probability for c in r[4].candidates] for r in rows]
    seen = keyed_at(commit) if commit else None

    def means(idx, add_at, veto, share):
        per, classes = [], defaultdict(int)
        for i in idx:
            _, _, _, key, read, _ = rows[i]
            choice = history_choice(read, add_at, veto, share)
            if (i, choice) not in _SCORED:
                _SCORED[i, choice] = score(history_prediction(read, choice), key)
            per.append(_SCORED[i, choice])
            classes[zero_class(history_prediction(read, choice), key)] += 1
        m = {f: sum(s[f] for s in per if f in s) / max(1, sum(f in s for s in per)) for f in FIELDS}
        return {**m, "classes": ", ".join(f"{c} {classes[c]}" for c in CLASSES)}

    subsets = [("all", list(range(len(rows))))]
    if seen is not None:
        subsets.append(("unseen by those weights", [i for i, r in enumerate(rows) if r[0] not in seen]))
    _, add_at, veto, _, share = best
    for name, idx in subsets:
        cv = means(idx, add_at, veto, share)
        cv_theirs = means(idx, shipped["add_at"], shipped["veto_below"], shipped["add_share_max"])
        for i in idx:
            for c in rows[i][4].candidates:
                c.probability = probability(shipped, c)
        fixed = means(idx, shipped["add_at"], shipped["veto_below"], shipped["add_share_max"])
        base = means(idx, None, None, 1.0)
        for i in idx:
            for c, q in zip(rows[i][4].candidates, oof[i], strict=True):
                c.probability = q
        for label, m in (
            ("earlier rules", base),
            (path, fixed),
            ("out of fold, that file's setting", cv_theirs),
            ("out of fold, the chosen setting", cv),
        ):
            print(
                f"  {name} ({len(idx)} files), {label}:",
                " ".join(f"{f} {m[f]:.3f}" for f in FIELDS),
                f"objective {sum(m[f] for f in OBJECTIVE) / len(OBJECTIVE):.3f}; {m['classes']}",
            )


def zero_class(pred, key):
    """Which of the four classes a paper falls in by its activities: the key has some (or none), the
    extraction found some (or none). Found none where the key has work, or some where it has none,
    scores 0 on activities; both empty scores 1."""
    k, f = bool(key["activities"]), bool(pred["activities"])
    return {(True, False): "key>0 found 0", (False, True): "key 0 found>0", (False, False): "both 0"}.get(
        (k, f), "both >0"
    )


CLASSES = ("key>0 found 0", "key 0 found>0", "both 0", "both >0")
EMPTY_GRID = [None, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9]
WEAK_GRID = [None, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]
LAST_GRID = [None, 0.05, 0.1, 0.15, 0.2, 0.25]


def paper_level(rows, score):
    """BW_MODEL_PAPER=1 (with --history): the paper-level decisions of `history_choice` (`empty_at`,
    `weak_below`, `last_at`) on top of the weights file's own setting (BW_MODEL_COMPARE's file, else
    the shipped one). Prints, out of fold, each decision's figures alone at each threshold with the
    papers in each class of `zero_class` and the papers up and down against the setting alone, the
    best combinations, and the in-sample bars (`paper_bars`) with the file's own weights and with
    weights fitted on every paper."""
    path = os.environ.get("BW_MODEL_COMPARE", str(OUT)).partition(",")[0]
    shipped = json.loads(Path(path).read_text(encoding="utf-8"))
    base = (shipped["add_at"], shipped["veto_below"], shipped["add_share_max"])
    ref = []

    def run(*setting):
        per, classes = [], defaultdict(int)
        for i, (_, _, _, key, read, _) in enumerate(rows):
            choice = history_choice(read, *setting)
            if (i, choice) not in _SCORED:
                _SCORED[i, choice] = score(history_prediction(read, choice), key)
            per.append(_SCORED[i, choice])
            classes[zero_class(history_prediction(read, choice), key)] += 1
        m = {f: sum(s[f] for s in per if f in s) / sum(f in s for s in per) for f in FIELDS}
        counts = {c: classes[c] for c in CLASSES}
        if ref:  # papers up and down against the weights' setting, by the objective's figures
            d = [sum(a[f] - b[f] for f in OBJECTIVE) for a, b in zip(per, ref[0], strict=True)]
            counts["up"], counts["down"] = sum(x > 1e-9 for x in d), sum(x < -1e-9 for x in d)
        else:
            ref.append(per)
        return m, counts

    def show(label, m, counts):
        print(
            f"  {label}:",
            " ".join(f"{f} {m[f]:.3f}" for f in FIELDS),
            f"objective {sum(m[f] for f in OBJECTIVE) / len(OBJECTIVE):.3f};",
            ", ".join(f"{c} {n}" for c, n in counts.items()),
        )

    def name(setting):
        return ", ".join(
            f"{k} {v}" for k, v in zip(("empty from", "weak below", "last from"), setting, strict=True)
        )

    print(f"paper-level decisions, history CV out of fold, on {path}'s setting {base}:")
    show("the weights' setting", *run(*base))
    show("the earlier rules alone", *run(None, None))
    grid = {}
    for setting in ((e, w, last) for e in EMPTY_GRID for w in WEAK_GRID for last in LAST_GRID):
        grid[setting] = run(*base, *setting)
        if sum(x is not None for x in setting) == 1:
            show(name(setting), *grid[setting])
    paper_signal(rows)
    top = sorted(grid, key=lambda g: -sum(grid[g][0][f] for f in OBJECTIVE))[:5]
    print("  the best settings by the objective:")
    for setting in top:
        show(name(setting), *grid[setting])
    # The bars, with today's rules: the weights file's own weights (what an import would run), and the
    # weights fitted on every development paper (as `--gate` judges a setting).
    for label, weights in (
        (path, shipped),
        ("weights fitted on every paper", fit(rows, list(range(len(rows))))),
    ):
        ok = paper_bars(weights, score, base, list(grid), label)
        # On a tie the fewest decisions: a setting that changes nothing is the weights' setting itself.
        g = max(
            ok,
            key=lambda g: (round(sum(grid[g][0][f] for f in OBJECTIVE), 9), sum(x is None for x in g)),
            default=None,
        )
        if g is not None:
            show(f"best meeting the bars with {label}: {name(g)}", *grid[g])


def paper_signal(rows):
    """Under BW_MODEL_PAPER: how well a paper's own features tell a paper whose key has work from one
    whose key has none, out of fold (the same folds): a logistic regression over the title's words (in
    at least MIN_PAPERS training papers), the number of units, how many activities the earlier rules
    read, the model's most likely unit and how many units it gives 0.3 or more. Prints the area under
    the ROC curve over every paper and over those the earlier rules read nothing in, beside that of
    the most likely unit's probability alone."""
    from sklearn.model_selection import GroupKFold

    def feats(row):
        _, _, paper, _, read, _ = row
        f = {
            "t:" + w: 1.0
            for w in set(re.findall(r"[a-z][a-z'-]+", (paper.meta.title or "").lower()))
            if len(w) >= 3
        }
        ps = sorted((c.probability or 0.0 for c in read.candidates), reverse=True) or [0.0]
        f[f"units {sum(len(ps) >= e for e in (3, 6, 12, 25))}"] = 1.0
        f[f"rules {min(len(read.old_extraction['activities']), 3)}"] = 1.0
        f[f"top {sum(ps[0] >= e for e in (0.2, 0.3, 0.4, 0.5))}"] = 1.0
        f[f"from 0.3 {min(sum(p >= 0.3 for p in ps), 3)}"] = 1.0
        return f

    X = [feats(r) for r in rows]
    y = [int(bool(r[3]["activities"])) for r in rows]
    stems = [r[0] for r in rows]
    got = [0.0] * len(rows)
    for train, test in GroupKFold(n_splits=FOLDS).split(rows, groups=stems):
        papers = defaultdict(set)
        for i in train:
            for k in X[i]:
                papers[k].add(stems[i])
        vocab = {k for k, s in papers.items() if not k.startswith("t:") or len(s) >= MIN_PAPERS}
        m = fit_logistic(
            [{k: v for k, v in X[i].items() if k in vocab} for i in train], [y[i] for i in train], C, 2000
        )
        for i in test:
            z = m["intercept"] + sum(m["weights"].get(k, 0.0) * v for k, v in X[i].items())
            got[i] = 1 / (1 + math.exp(-z))
    top = [max((c.probability or 0.0 for c in r[4].candidates), default=0.0) for r in rows]

    def auc(idx, s):
        pos = [s[i] for i in idx if y[i]]
        neg = [s[i] for i in idx if not y[i]]
        return sum((a > b) + 0.5 * (a == b) for a in pos for b in neg) / max(1, len(pos) * len(neg))

    every = range(len(rows))
    empty = [i for i in every if not rows[i][4].old_extraction["activities"]]
    print(
        f"  a paper with work told from one without, out of fold (area under the ROC curve): every paper "
        f"{auc(every, got):.3f}; the {len(empty)} the earlier rules read nothing in {auc(empty, got):.3f}, "
        f"by the most likely unit alone {auc(empty, top):.3f}"
    )


def paper_bars(model, score, base, settings, label):
    """`in_sample_bars` for the paper-level decisions on top of the setting `base`: which settings
    move no activity of a sample, genre file or invented genre paper and lower no development mean
    against `base` alone, with today's rules and `model`'s weights (the decisions as `history_choice`
    makes them, on today's rules' verdicts). Prints the files each decision alone moves."""
    files = bar_files(model)

    def picked(read, probs, empty_at, weak_below, last_at):
        add_at, veto, share = base
        cs = read.candidates
        rules = [j for j, c in enumerate(cs) if c.rule is not None]
        kept = [j for j in rules if probs[j] >= veto or _spared(cs[j].rule)]
        opened = additions_open(cs, share)
        added = [
            j
            for j, c in enumerate(cs)
            if c.rule is None and opened and probs[j] >= add_at and not _told_of_others(c)
        ]
        if last_at is not None and rules and not kept and not added:
            top = max(rules, key=lambda j: probs[j])
            kept = [top] if probs[top] >= last_at else []
        if empty_at is not None and not rules:
            top = max(
                (j for j, c in enumerate(cs) if not _told_of_others(c)), key=lambda j: probs[j], default=None
            )
            added = [top] if top is not None and probs[top] >= empty_at else []
        if (
            weak_below is not None
            and kept
            and not added
            and all(probs[j] < weak_below and not _spared(cs[j].rule) for j in kept)
        ):
            kept = []
        return tuple(kept), tuple(added)

    scored = {}
    ok = set()
    dev_names = {f[0] for f in files if f[4] is not None}
    before = [picked(read, probs, None, None, None) for _, _, read, probs, _ in files]
    ref = None
    for setting in [(None, None, None), *settings]:
        per, moved = [], []
        for i, (title, paper, read, probs, key) in enumerate(files):
            got = picked(read, probs, *setting)
            if got != before[i]:
                moved.append(title)
            if key is None:
                continue
            if (i, got) not in scored:
                kept, added = got
                chosen = [(read.candidates[j].section_index, read.candidates[j].rule) for j in kept]
                chosen += [(read.candidates[j].section_index, read.candidates[j].guess()) for j in added]
                scored[i, got] = score(assemble(paper, read, chosen).to_dict(), key)
            per.append(scored[i, got])
        m = {f: sum(s[f] for s in per if f in s) / sum(f in s for s in per) for f in FIELDS}
        if ref is None:
            ref = m
            print(
                f"  in sample with {label}, the setting alone:",
                " ".join(f"{f} {v:.3f}" for f, v in m.items()),
            )
            continue
        dev_moved = [n for n in moved if n in dev_names]
        other = [n for n in moved if n not in dev_names]
        lowered = [f for f in FIELDS if m[f] < ref[f] - 1e-9]
        if not other and not lowered:
            ok.add(setting)
        if moved and sum(x is not None for x in setting) == 1:
            print(
                f"    {', '.join(f'{k} {v}' for k, v in zip(('empty from', 'weak below', 'last from'), setting, strict=True) if v is not None)}: "
                f"moves {len(dev_moved)} development files"
                f"{' (' + ', '.join(dev_moved) + ')' if len(dev_moved) <= 3 else ''}, "
                f"{len(other)} sample, genre or invented files; lowers {', '.join(lowered) or 'no mean'};",
                " ".join(f"{f} {v:.3f}" for f, v in m.items()),
            )
    print(f"  {len(ok)} of {len(settings)} settings meet the bars with {label}")
    return ok


def keyed_at(commit):
    """The stems of the development keys in the tree at `commit`."""
    import subprocess

    tree = subprocess.run(
        ["git", "ls-tree", "--name-only", commit, "tests/data/real/"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return {Path(t).name.removesuffix(".extraction.json") for t in tree if t.endswith(".extraction.json")}


def folds(rows, stems):
    """The cross-validation's (train, test) index lists, papers never split. BW_MODEL_SEED=n deals the
    papers to the folds at random (seeded) instead of GroupKFold's balancing by size, so that repeated
    seeds show how much a figure owes to one split. BW_MODEL_TRAIN_AT=<commit> trains each fold only on
    its papers whose keys were in the tree at that commit and still scores every paper of the test fold:
    the recipe as it stood on that commit's corpus, out of sample on every paper, to set beside the
    recipe on the whole corpus with the same folds (ADR 0013, 2026-12-07)."""
    from sklearn.model_selection import GroupKFold

    seed = os.environ.get("BW_MODEL_SEED")
    if seed is None:
        split = list(GroupKFold(n_splits=FOLDS).split(rows, groups=stems))
    else:
        import random

        papers = sorted(set(stems))
        random.Random(int(seed)).shuffle(papers)
        fold = {p: i % FOLDS for i, p in enumerate(papers)}
        split = [
            (
                [i for i, s in enumerate(stems) if fold[s] != k],
                [i for i, s in enumerate(stems) if fold[s] == k],
            )
            for k in range(FOLDS)
        ]
    at = os.environ.get("BW_MODEL_TRAIN_AT")
    if at:
        then = keyed_at(at)
        split = [([i for i in train if stems[i] in then], test) for train, test in split]
        print(
            f"each fold trained only on papers keyed at {at} ({len(then & set(stems))} of {len(set(stems))})"
        )
    return split


def main():
    t0 = time.process_time()
    score = load_scorer("score_extraction")
    rows = cached_rows()
    stems = [r[0] for r in rows]
    n_units = sum(len(r[5]) for r in rows)
    n_pos = sum(sum(r[5]) for r in rows)
    n_keys = sum(len(r[3]["activities"]) for r in rows)
    print(
        f"{len(set(stems))} development papers, {len(rows)} files, {n_units} units, {n_pos} labelled activities"
    )
    print(f"  ({n_keys} key activities over the files; a key activity matched by no unit is a reading miss)")
    for train, test in folds(rows, stems):
        m = fit(rows, train)
        km = fit_kinds(rows, train) if KINDS_MODEL else {}
        for i in test:
            for c in rows[i][4].candidates:
                c.probability = probability(m, c)
                if KINDS_MODEL and not c.view.loose_kinds and not unit_view(c).loose_kinds:
                    c.kinds_guess = guess_kinds(km, c)
    if KINDS_MODEL:
        n = [c for *_, read, _ in rows for c in read.candidates if getattr(c, "kinds_guess", None)]
        print(f"kinds model: {len(n)} units with no loose kinds given kinds out of fold")
    print("units (out of fold):", json.dumps(unit_figures(rows)))
    for add_at in ADD_GRID[1:]:
        added = [
            lab
            for *_, read, labels in rows
            for c, lab in zip(read.candidates, labels, strict=True)
            if (c.old if HISTORY else c.rule) is None and c.probability >= add_at
        ]
        print(
            f"  from {add_at:.2f} the model adds {len(added)} units the rules passed over, {sum(added)} in the keys"
        )
    base = scores_at(rows, score, None, None)
    print("rules alone (dev means):", " ".join(f"{f} {v:.3f}" for f, v in base.items()))
    alone = model_alone(rows, score)
    print("model alone, a unit at >= 0.5 (dev means):", " ".join(f"{f} {v:.3f}" for f, v in alone.items()))
    best = None
    grid = []  # every setting's figures, written to BW_MODEL_GRID_OUT when set
    for share in SHARE_GRID:
        top = None
        for add_at in ADD_GRID:
            for veto in VETO_GRID:
                s = scores_at(rows, score, add_at, veto, share)
                mean = sum(s[f] for f in OBJECTIVE) / len(OBJECTIVE)
                grid.append(
                    {
                        "share": share,
                        "add_at": add_at,
                        "veto_below": veto,
                        **s,
                        "mean": mean,
                        "classes": _CLASSES.get((add_at, veto, share)),
                    }
                )
                if best is None or mean > best[0] + 1e-9:
                    best = (mean, add_at, veto, s, share)
                if top is None or mean > top[0] + 1e-9:
                    top = (mean, add_at, veto, s)
                if share == SHARE_GRID[0] and (veto == 0.0 or add_at == 1.01 or veto == add_at):
                    print(
                        f"  add from {add_at:.2f} veto below {veto:.2f}:",
                        " ".join(f"{f} {v:.3f}" for f, v in s.items()),
                        f"mean {mean:.3f}",
                    )
        print(
            f"  additions gated at a rules' share of {share}: best add from {top[1]}, veto below {top[2]}:",
            " ".join(f"{f} {v:.3f}" for f, v in top[3].items()),
            f"mean {top[0]:.3f}",
        )
    if "--gate" in sys.argv:
        # The thresholds and the gate: the best CV mean among the settings that meet the in-sample bars.
        full = fit(rows, list(range(len(rows))))
        ok, in_sample = in_sample_bars(
            full, score, [(g["add_at"], g["veto_below"], g["share"]) for g in grid]
        )
        g = max(
            (g for g in grid if (g["add_at"], g["veto_below"], g["share"]) in ok),
            key=lambda g: (round(g["mean"], 9), g["share"], g["add_at"]),
        )
        for share in SHARE_GRID:
            top = max(
                (h for h in grid if h["share"] == share and (h["add_at"], h["veto_below"], share) in ok),
                key=lambda h: h["mean"],
                default=None,
            )
            if top:
                print(
                    f"  meeting the bars, gated at {share}: add from {top['add_at']}, veto below "
                    f"{top['veto_below']}:",
                    " ".join(f"{f} {top[f]:.3f}" for f in FIELDS),
                    f"mean {top['mean']:.3f}",
                )
        best = (g["mean"], g["add_at"], g["veto_below"], {f: g[f] for f in FIELDS}, g["share"])
        _, m = in_sample((g["add_at"], g["veto_below"], g["share"]))
        print("  in sample at the choice:", " ".join(f"{f} {v:.3f}" for f, v in m.items()))
    if os.environ.get("BW_MODEL_COMPARE"):
        compare_weights(rows, score, best)
    if PAPER:
        paper_level(rows, score)
        return
    if os.environ.get("BW_MODEL_GRID_OUT"):
        Path(os.environ["BW_MODEL_GRID_OUT"]).write_text(json.dumps(grid), encoding="utf-8")
    mean, add_at, veto, s, share = best
    moved(rows, score, add_at, veto, share)
    print(
        f"chosen by CV: add from {add_at}, veto below {veto}, additions gated at {share}:",
        " ".join(f"{f} {v:.3f}" for f, v in s.items()),
        f"(objective {'+'.join(OBJECTIVE)} {mean:.3f}, rules alone "
        f"{sum(base[f] for f in OBJECTIVE) / len(OBJECTIVE):.3f})",
    )
    print(f"cpu {time.process_time() - t0:.1f} s, load average {os.getloadavg()[0]:.2f}")
    if "--cv-only" in sys.argv:
        return
    m = fit(rows, list(range(len(rows))))
    model = {
        "about": "Logistic regression over boardwork.papers.extract.model.features, trained by "
        "bench/train_activity_model.py on the development papers of tests/data/real; see "
        "docs/adr/0013-trained-activity-classifier.md.",
        "trained_on": {"papers": len(set(stems)), "files": len(rows), "units": n_units, "activities": n_pos},
        "C": C,
        "min_papers": MIN_PAPERS,
        "history": HISTORY,
        "old_loose": OLD_LOOSE,
        "heading_model": READING.heading_model,
        "gate_in_sample": "--gate" in sys.argv,
        "objective": OBJECTIVE,
        "cv": {
            "folds": FOLDS,
            "rules_alone": {k: round(v, 3) for k, v in base.items()},
            "with_model": {k: round(v, 3) for k, v in s.items()},
        },
        "add_at": add_at,
        "veto_below": veto,
        "add_share_max": share,
        "intercept": m["intercept"],
        "weights": dict(sorted(m["weights"].items())),
    }
    OUT.write_text(json.dumps(model, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(m['weights'])} weights")


if __name__ == "__main__":
    main()
