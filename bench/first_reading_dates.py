"""Where activity dates are lost on papers the rules were not written on: each development paper as
the rules stood before its key was added (its first reading, with the shipped activity model's veto
and additions as an import applies them: `bench/first_reading_losses.py`'s reading, from the
extractions `bench/activity_history_dump.py` caches under $TMPDIR/activity_history), by class.

The shared scorer's dates figure is the share of keyed activity dates (non-null) read at the same
paragraph number (any activity read there with exactly that date). For each keyed date at a
paragraph where the first reading read an activity:

- right: the date read;
- none read: no activity at the paragraph has a date; why, judged from the keyed text and the paper:
  the text names the day / the month with its year / a month without its year (the year the paper's)
  / a span of days or months / a season / the year; a day told from the page's own day ("today",
  "on Tuesday", "last week"); the date only in the section's heading, the page's date line or the
  meeting's date; nothing of it in the text;
- wrong: a date read, not the key's; why: granularity (the key's month and a day read in it, or the
  other way, or the year), the meeting's or the page's date taken, the same month of another year
  (a bare month put in the wrong year), another date the text names, else other;
- and beside them, the keyed activities matched whose key has no date and where a date was read
  (on a page's unnumbered paragraphs, in the key's own unit), by how precise the date read is.

Each class twice: as the first reading read it, and as this tree's date rule
(`extract.dates.resolve_date`, with its cycle, `detect_cycle`, and this tree's author) reads the
same units (the units of this tree's reading whose number and text are the first reading's
activity's; its text where none is). A page's unnumbered paragraphs are one number to the scorer:
there the dates of the activities read in the key's own unit are judged, and a keyed unit not read
is a class of its own. The second column is what a date rule changes on these papers; the rules before each key
never saw its paper, this tree's did (its rules were tuned on them), so the first column is the
out-of-sample figure and the second an upper bound.

Beside them, every keyed date (read at first reading or not) as this tree's date rule reads the
key's own unit: what the rule gives once the activity is read; with `BW_DATES_MODULE`, two rules
compared on the units the first readings did not reach too.

Counts are per file (a paper's renditions count once each). Held-out papers are never read. Prints
counts only, unless `--list` is given.

    TMPDIR=/tmp/x .venv/bin/python bench/first_reading_dates.py [--list]

`--list` prints each keyed date the first reading or this tree misses, and each date read where
the key has none, with its development file and text.
"""

import importlib
import os
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

os.environ.setdefault("BW_MODEL_OLD_LOOSE", "1")  # the shipped weights' training (ADR 0013)
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import train_activity_model as tam  # noqa: E402

from boardwork.lib.dates import MONTH_NAMES, PartialDate, iso_date  # noqa: E402
from boardwork.papers.extract.model import shipped_model  # noqa: E402

# BW_DATES_MODULE names another module of the same functions to judge with (an earlier tree's
# `extract/dates.py` copied beside this one under another name), to compare two date rules.
DATES = importlib.import_module(os.environ.get("BW_DATES_MODULE", "boardwork.papers.extract.dates"))

_RELATIVE = re.compile(
    r"\b(?:today|yesterday|this (?:week|month|morning)|last (?:week|month)|earlier this (?:week|month|year)"
    r"|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|recently|last year)\b",
    re.I,
)
_SEASON = re.compile(r"\b(?:spring|summer|autumn|winter)\b", re.I)


def _month_words(month: int) -> str:
    name = MONTH_NAMES[month - 1]
    return r"\b(?:" + name + "|" + name[:3] + r")\b"


def named_in(text: str, key: PartialDate) -> str | None:
    """How `text` names the key's date, if it does: the class of a date the rule could read."""
    y = str(key.year)
    if key.month is not None:
        month = _month_words(key.month)
        if key.day is not None:
            day = rf"\b0?{key.day}(?:st|nd|rd|th)?\s+(?:of\s+)?" + month[2:]
            mdy = month + rf"\.?\s+0?{key.day}\b"
            if re.search(day, text, re.I) or re.search(mdy, text, re.I):
                return "the text names the day"
            if re.search(rf"\b0?{key.day}[/.]0?{key.month}[/.]{y}\b", text):
                return "the text names the day"
        if re.search(month + r"\.?,?\s+" + y, text, re.I):
            return "the text names the month with its year"
        if re.search(
            r"\b\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?\s+" + month[2:],
            text,
            re.I,
        ):
            return "the text names a span of days"
        if re.search(month, text, re.I):
            return (
                "the text names the month without its year"
                if y not in text
                else "the text names the month, its year apart"
            )
    if re.search(rf"\b{y}\b(?!\s*[/-]\s*\d)", text):
        if _SEASON.search(text):
            return "the text names a season with the year"
        return "the text names the year"
    return None


def none_cause(text: str, key: PartialDate, heading: str, page_days: dict[str, date | None]) -> str:
    named = named_in(text, key)
    if named:
        return named
    if _RELATIVE.search(text):
        return "a day told from the page's day (today, last week, on Tuesday)"
    if heading and named_in(heading, key):
        return "the date only in the section's heading"
    for what, day in page_days.items():
        if day is not None and key.contains(day):
            return f"the date only in {what}"
    return "nothing of the date in the text"


def wrong_cause(text: str, key: PartialDate, got: set[str], page_days: dict[str, date | None]) -> str:
    read = [PartialDate.from_iso(g) for g in got if g]
    k = key.iso()
    for r in read:
        if r.iso().startswith(k):
            return f"granularity: the key's {key.precision}, a {r.precision} read in it"
        if k.startswith(r.iso()):
            return f"granularity: the key's {key.precision}, its {r.precision} read"
    for what, day in page_days.items():
        if day is not None and any(r.contains(day) for r in read):
            return f"{what} taken"
    if key.month is not None and any(r.month == key.month and r.year != key.year for r in read):
        return "the same month of another year"
    if any(r.year == key.year for r in read):
        return "another date of the same year"
    if named_in(text, key):
        return "another date the text names taken (the key's is named too)"
    return "other"


def classify(text, key_iso, got, own, p, heading, page_days):
    """The class of a keyed date given the dates read at its paragraph number (`got`, as the scorer
    compares them) and those of the activities read in the key's own unit (`own`)."""
    key = PartialDate.from_iso(key_iso)
    if key_iso in got:
        return "right"
    if not p:
        # A page's unnumbered paragraphs are one number to the scorer: the dates of every activity
        # read on it are compared; judged on the activities read in the key's unit, if any.
        if not own:
            return "unnumbered: the key's unit not read, other units' dates"
        got = own
    if not any(got):
        return "none read: " + none_cause(text, key, heading, page_days)
    return "wrong: " + wrong_cause(text, key, got, page_days)


LIST = "--list" in sys.argv


def main():
    model = shipped_model()
    tam.HISTORY = True
    rows = tam.load_history()
    then, now, extra_then, extra_now = Counter(), Counter(), Counter(), Counter()
    unit_now: Counter[str] = Counter()
    keyed_dates = matched_dates = 0
    for _stem, _fname, paper, key, read, _labels in rows:
        for c in read.candidates:
            c.probability = model.probability(c.old_view)
        kept, added = tam.history_choice(read, model.add_at, model.veto_below, model.add_share_max)
        pred = tam.history_prediction(read, (kept, added))
        page_days = {
            "the meeting's date": iso_date(key["paper"].get("meeting_date"))
            or iso_date(paper.meta.meeting_date),
            "the page's date line": DATES.detect_cycle(paper).dated,
        }
        cycle = DATES.detect_cycle(paper)
        acts_at = {}
        for a in pred["activities"]:
            acts_at.setdefault(tam.pnum(a.get("paragraph")), []).append(a)
        for k in key["activities"]:
            p = tam.pnum(k.get("paragraph"))
            keyed_dates += bool(k.get("date"))
            if k.get("date"):
                own_unit(_fname, k, read, cycle, page_days, unit_now)
            if p not in acts_at:
                continue
            got_then, got_now, own_then, own_now = set(), set(), set(), set()
            heading = ""
            for a in acts_at[p]:
                unit = next(
                    (
                        c.found.unit
                        for c in read.candidates
                        if tam.same_unit(
                            a.get("paragraph"), a.get("text", ""), c.found.unit.number, c.found.unit.text
                        )
                    ),
                    None,
                )
                d_now = DATES.resolve_date(
                    unit.text if unit else a.get("text", ""), cycle, read.po.author_words
                )
                got_then.add(a.get("date"))
                got_now.add(d_now)
                if tam.same_text(a.get("text", ""), k.get("text", "")):
                    own_then.add(a.get("date"))
                    own_now.add(d_now)
                    if unit is not None:
                        heading = unit.section.title or ""
            text = k.get("text", "")
            if not k.get("date"):
                # (on a page's unnumbered paragraphs, the dates of the activities read in the key's unit)
                read_then, read_now = (got_then, got_now) if p else (own_then, own_now)
                if any(read_then):
                    extra_then[_precision(read_then)] += 1
                if any(read_now):
                    extra_now[_precision(read_now)] += 1
                if LIST and any(own_now):
                    print(
                        f"extra {_fname} {p or '-'} then {sorted(map(str, own_then))} now "
                        f"{sorted(map(str, own_now))} {text[:300]!r}"
                    )
                continue
            matched_dates += 1
            was = classify(text, k["date"], got_then, own_then, p, heading, page_days)
            is_now = classify(text, k["date"], got_now, own_now, p, heading, page_days)
            then[was] += 1
            now[is_now] += 1
            if LIST and (was != "right" or is_now != "right"):
                print(
                    f"{_fname} {p or '-'} key {k['date']} then {sorted(map(str, got_then))} now "
                    f"{sorted(map(str, got_now))} [{is_now}] {text[:300]!r}"
                )
    print(
        f"first reading of {len(rows)} development files: keyed dates {keyed_dates}, of which at a paragraph"
    )
    print(f"where an activity was read {matched_dates}")
    print()
    print("| keyed date at a matched paragraph: class | first reading | this tree's date rule |")
    print("| --- | --- | --- |")
    for why in sorted(set(then) | set(now), key=lambda w: (w != "right", -then[w], w)):
        print(f"| {why} | {then[why]} | {now[why]} |")
    print(f"| all | {sum(then.values())} | {sum(now.values())} |")
    print()
    print(
        "| keyed activity matched, the key with no date, a date read: read to the | first reading | this tree |"
    )
    print("| --- | --- | --- |")
    for p in ("day", "month", "year"):
        print(f"| {p} | {extra_then[p]} | {extra_now[p]} |")
    print(f"| all | {sum(extra_then.values())} | {sum(extra_now.values())} |")
    print()
    print("| every keyed date, this tree's date rule on the key's own unit (read or not): class | count |")
    print("| --- | --- |")
    for why in sorted(unit_now, key=lambda w: (w != "right", -unit_now[w], w)):
        print(f"| {why} | {unit_now[why]} |")
    print(f"| all | {sum(unit_now.values())} |")


def own_unit(fname, k, read, cycle, page_days, counts):
    """The class of a keyed date as this tree's date rule reads the key's own unit (by its number
    and text among the units of this tree's reading; the key's text where none is), whether the
    first reading read an activity there or not: what the date rule gives once the activity is read."""
    unit = next(
        (
            c.found.unit
            for c in read.candidates
            if tam.same_unit(k.get("paragraph"), k.get("text", ""), c.found.unit.number, c.found.unit.text)
        ),
        None,
    )
    text = unit.text if unit else k.get("text", "")
    got = DATES.resolve_date(text, cycle, read.po.author_words)
    heading = (unit.section.title or "") if unit else ""
    why = classify(k.get("text", ""), k["date"], {got}, {got}, "unit", heading, page_days)
    counts[why] += 1
    if LIST and why != "right":
        print(f"unit {fname} {k.get('paragraph') or '-'} key {k['date']} now {got} [{why}] {text[:300]!r}")


def _precision(got):
    return max((PartialDate.from_iso(g) for g in got if g), key=lambda d: len(d.iso())).precision


if __name__ == "__main__":
    main()
