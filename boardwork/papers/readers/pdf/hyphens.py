"""Line-end hyphens in PDF text: the document's own words decide whether a hyphen at a line end
was written by the author ("far-right") or inserted when the line was set ("regu-" + "lation")."""

from __future__ import annotations

import re

# Prefixes that make hyphenated compounds ("counter-terrorism", "non-statutory") but are not
# words of their own, so the "both parts are words" test cannot see them.
_COMPOUND_PREFIXES = {
    "anti", "co", "counter", "cross", "ex", "inter-agency", "mid", "multi", "non", "post", "pre",
    "pro", "pseudo", "quasi", "re", "self", "semi", "socio", "sub", "super", "trans", "ultra",
    "well", "long", "short", "far", "high", "low", "full", "part", "all", "half", "cost", "life",
    "year", "day", "one", "two", "three", "four", "five", "first", "second", "third",
}  # fmt: skip
# A suspended hyphen: "on- and off-line", "pre- or post-war".
_SUSPENDED = {"and", "or", "to", "nor"}
# A line ending in one of these may be a word broken over the line end.
HYPHENS = ("-", "\u2010", "\u00ad")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*")
_TAIL = re.compile(r"([A-Za-z]+)[-\u2010]$")
_HEAD = re.compile(r"^([A-Za-z]+)")


class Vocabulary:
    """The document's own words, used to decide what a line-end hyphen was.

    When a line ends "X-" and the next starts "y", the hyphen is a real one (kept: "far-right")
    or one inserted by hyphenation (dropped: "regu-" + "lation" → "regulation"). In order:

    1. "y" starts with a capital or a digit ("non-UK", "COVID-19"): kept.
    2. "y" is "and"/"or"/"to": a suspended hyphen ("on- and off-line"): kept, with the space.
    3. "X-y" is written with a hyphen elsewhere in the document (not at a line end): kept.
    4. "Xy" is written closed up elsewhere: dropped.
    5. "X" is a compound-forming prefix (non, anti, counter, self, far, …): kept.
    6. both "X" and "y" occur as words elsewhere in the document: kept (a compound of words).
    7. otherwise dropped: the pieces are not words, so it is one word broken by hyphenation.
    """

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.hyphenated: set[str] = set()

    def add_line(self, text: str, after_hyphen: bool = False) -> bool:
        """Learn the words of one line; returns whether it ends with a hyphen."""
        stripped = text.rstrip()
        end_hyphen = stripped.endswith(HYPHENS)
        tokens = _TOKEN.findall(stripped)
        # The pieces of a word broken over the line end tell us nothing.
        if end_hyphen:
            tokens = tokens[:-1]
        if after_hyphen:
            tokens = tokens[1:]
        if "-" not in stripped:
            self.words.update(map(str.lower, tokens))  # most lines: no hyphenated word
            return end_hyphen
        for low in map(str.lower, tokens):
            if "-" in low:
                self.hyphenated.add(low)
                self.words.update(low.split("-"))
            else:
                self.words.add(low)
        return end_hyphen

    def join(self, a: str, b: str) -> str:
        """Join two wrapped lines of one paragraph."""
        if not a:
            return b
        if not b:
            return a
        last = a[-1]
        if last == "\u00ad":
            return a[:-1] + b
        if last not in "-\u2010\n":
            return a + " " + b  # no hyphen at the end (and no scan of a long paragraph for one)
        m = _TAIL.search(a)
        if not m or (len(a) >= 2 and a[-2] in " -\u2010"):
            return a + " " + b
        x = m.group(1)
        a = a[:-1] + "-"  # a kept hyphen is written as ASCII, whichever hyphen the PDF drew
        hb = _HEAD.match(b)
        if not hb:
            return a + b  # "2020-" + "21", "COVID-" + "19"
        y = hb.group(1)
        if y[0].isupper():
            return a + b
        if y.lower() in _SUSPENDED and not b[len(y) : len(y) + 1].isalpha():
            return a + " " + b
        xl, yl = x.lower(), y.lower()
        if f"{xl}-{yl}" in self.hyphenated:
            return a + b
        if xl + yl in self.words:
            return a[:-1] + b
        if xl in _COMPOUND_PREFIXES:
            return a + b
        if xl in self.words and yl in self.words and len(xl) > 1 and len(yl) > 1:
            return a + b
        return a[:-1] + b
