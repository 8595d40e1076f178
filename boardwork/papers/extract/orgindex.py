"""Organisations recorded beyond the shipped gazetteer, in a file the extractor looks words up in.

A board that has imported for years has thousands of organisations on record. Building a gazetteer
of all of them for every paper (and sending the list to the sandbox's worker that extracts it) made
each paper slower the more organisations there were. A paper can only name an organisation whose
first words it contains, so the recorded ones are kept in an SQLite file keyed by the first two
words of each of their names, aliases and acronyms, written by the process that imports once per
change of the organisations (appended to when organisations are only added), and each paper's
extraction adds to the shipped gazetteer (built once, in the fork server) only the entries whose
first two words the paper contains: the work a paper costs follows its words, not the table.

The result is the gazetteer of the whole list as far as the paper can tell: where two entries share
a name the first keeps it, and both have the same first words, so both are looked up or neither.

`upto` numbers the entries a caller's extraction may use: a file appended to while a paper is being
extracted gives that paper the list as it was when its extraction was asked for.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from typing import Any

from .organisations import Gazetteer, entry_keys

_TOKEN = re.compile(r"[a-z0-9]+")


def _pair(key: str) -> tuple[str, str]:
    """The first two words of a name as looked up (lower case; "" where there is no second)."""
    words = _TOKEN.findall(key.lower())
    return (words[0] if words else "", words[1] if len(words) > 1 else "")


def words_of(strings: Iterable[str]) -> set[str]:
    """The words the lookup matches entries by, in `strings`: lower-cased, as `_pair` makes them
    (each string lower-cased before and after splitting it, so that no way of comparing them in
    any case misses one)."""
    out = {""}
    for s in strings:
        low = s.lower()
        out.update(_TOKEN.findall(low))
        out.update(w.lower() for w in re.findall(r"[A-Za-z0-9]+", s))
    return out


def strings_in(data: Any) -> Iterable[str]:
    """Every string in a paper's structure (`Paper.to_dict()`): its text, title, tables, notes."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for v in data.values():
            yield from strings_in(v)
    elif isinstance(data, list):
        for v in data:
            yield from strings_in(v)


def gazetteer_for(
    structure: dict[str, Any],
    index: dict[str, Any],
    base: Gazetteer,
    author: str | None = None,
    board_body: str | None = None,
) -> Gazetteer:
    """`base` with the entries of `index` ({"path": …, "upto": …}) that the paper whose structure
    this is may name. Beside the paper's own words (and its author's and importing board's body's),
    those of the bodies whose
    regional branches are named by prefixing a place count: the extractor looks up such a name
    ("North West Local Government Association") where the paper writes only "North West LGA"."""
    words = words_of(strings_in(structure))
    words |= words_of([author or "", board_body or ""])
    words |= words_of(name for name, e in base.entries.items() if e.get("prefixable"))
    return base.extended(lookup(str(index["path"]), int(index["upto"]), words))


_SCHEMA = """
CREATE TABLE IF NOT EXISTS entry (seq INTEGER PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entry_key (first TEXT NOT NULL, second TEXT NOT NULL, seq INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS entry_key_words ON entry_key (first, second);
"""


def append(path: str, items: list[dict[str, Any]]) -> int:
    """Add `items` after the entries already in the file at `path` (made if missing); returns the
    number of the last entry, the `upto` that includes them."""
    db = sqlite3.connect(path)
    try:
        # Readers (extractions in the sandbox's workers) go on while an import appends.
        db.execute("PRAGMA journal_mode=WAL")
        # Never synced to the disk: the file is this process's copy of what the database holds, made
        # afresh by a process that starts (an append waited 5-10 ms a paper on the disk for nothing;
        # readers still see each commit whole).
        db.execute("PRAGMA synchronous=OFF")
        db.executescript(_SCHEMA)
        (last,) = db.execute("SELECT coalesce(max(seq), 0) FROM entry").fetchone()
        for it in items:
            keys = entry_keys(it)
            if keys is None:
                continue
            last += 1
            db.execute("INSERT INTO entry (seq, data) VALUES (?, ?)", (last, json.dumps(it)))
            pairs = {_pair(k) for k in [*keys[1], *keys[2]]}
            db.executemany("INSERT INTO entry_key VALUES (?, ?, ?)", [(a, b, last) for a, b in pairs])
        db.commit()
    finally:
        db.close()
    return int(last)


def lookup(path: str, upto: int, words: set[str]) -> list[dict[str, Any]]:
    """The entries numbered up to `upto` that a text with these `words` (`words_of`) may name, in
    their order."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        # One index search a word (the second word is checked here: asking SQLite for both makes it
        # try every pair of the paper's words).
        seqs = sorted(
            {
                seq
                for second, seq in db.execute(
                    "SELECT k.second, k.seq FROM json_each(?) AS w JOIN entry_key AS k ON k.first = w.value"
                    " WHERE k.seq <= ?",
                    (json.dumps(sorted(words)), upto),
                )
                if second in words
            }
        )
        rows = db.execute(
            "SELECT data FROM entry WHERE seq IN (SELECT value FROM json_each(?)) ORDER BY seq",
            (json.dumps(seqs),),
        ).fetchall()
    finally:
        db.close()
    return [json.loads(data) for (data,) in rows]
