"""How close a parse is to an answer key (both `boardwork.paper/1` dicts): test tooling.

The same measures as the shared scorer (`shared/tools/score_paper.py`), written here so the tests
need nothing outside the repository. Each figure is 0..1, higher is better:

- headings: F1 of heading texts (case, spacing and end punctuation ignored; levels ignored);
- numbered: share of the key's numbered paragraphs and list items found with the same number and
  nearly the same words (word F1 ≥ 0.9); sections: share of those found under the same heading;
- text_recall / text_precision: body words kept / body words that belong (no page furniture);
- tables: for each of the key's table rows, the best predicted row's word F1, averaged;
- meta: share of the key's metadata fields (title, body, meeting date, item, contact name and
  e-mail) matched after normalising.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

Paper = dict[str, Any]


def _norm(s: str | None) -> str:
    s = (s or "").translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}))
    return " ".join(s.split()).lower().strip(" .:;,")


def _words(s: str | None) -> list[str]:
    return re.findall(r"[a-z0-9£%]+", _norm(s))


def _f1(expected: list[str] | Counter[str], got: list[str] | Counter[str]) -> float:
    e, g = Counter(expected), Counter(got)
    if not e and not g:
        return 1.0
    common = sum((e & g).values())
    if not common:
        return 0.0
    precision, recall = common / sum(g.values()), common / sum(e.values())
    return 2 * precision * recall / (precision + recall)


def _number(n: Any) -> str | None:
    return None if n is None else re.sub(r"[().\s]", "", str(n)).lower() or None


def _body_words(blocks: list[dict[str, Any]]) -> list[str]:
    out: list[str] = []
    for b in blocks:
        if b.get("type") in ("paragraph", "list_item"):
            out += _words(b.get("text"))
        elif b.get("type") == "table":
            for row in ([b["header"]] if b.get("header") else []) + b.get("rows", []):
                for cell in row:
                    out += _words(cell)
    return out


def _numbered(blocks: list[dict[str, Any]]) -> list[tuple[str | None, str, dict[str, Any]]]:
    """(heading above, number, block) for each numbered paragraph or list item."""
    heading, out = None, []
    for b in blocks:
        if b.get("type") == "heading":
            heading = _norm(b.get("text"))
        elif b.get("type") in ("paragraph", "list_item") and _number(b.get("number")):
            out.append((heading, _number(b.get("number")) or "", b))
    return out


def score(got: Paper, key: Paper) -> dict[str, float]:
    """The figures for parse `got` against answer key `key` (see the module docstring)."""
    gb, kb = got.get("blocks", []), key.get("blocks", [])
    out: dict[str, float] = {}
    out["headings"] = _f1(
        [_norm(b.get("text")) for b in kb if b.get("type") == "heading"],
        [_norm(b.get("text")) for b in gb if b.get("type") == "heading"],
    )
    by_number: dict[str, list[tuple[str | None, dict[str, Any]]]] = {}
    for heading, n, b in _numbered(gb):
        by_number.setdefault(n, []).append((heading, b))
    wanted = _numbered(kb)
    found = same_section = 0
    for heading, n, b in wanted:
        cands = [(_f1(_words(b.get("text")), _words(c.get("text"))), h) for h, c in by_number.get(n, [])]
        best = max(cands, default=None, key=lambda fh: fh[0])
        if best and best[0] >= 0.9:
            found += 1
            same_section += best[1] == heading
    out["numbered"] = found / len(wanted) if wanted else 1.0
    out["sections"] = same_section / len(wanted) if wanted else 1.0
    kw, gw = Counter(_body_words(kb)), Counter(_body_words(gb))
    both = sum((kw & gw).values())
    out["text_recall"] = both / max(1, sum(kw.values()))
    out["text_precision"] = both / max(1, sum(gw.values()))
    key_rows = [r for b in kb if b.get("type") == "table" for r in b.get("rows", [])]
    got_rows = [r for b in gb if b.get("type") == "table" for r in b.get("rows", [])]
    if key_rows:
        out["tables"] = sum(
            max((_f1(_words(" ".join(r)), _words(" ".join(q))) for q in got_rows), default=0.0)
            for r in key_rows
        ) / len(key_rows)
    km, gm = key.get("meta") or {}, got.get("meta") or {}
    fields = [(km[k], gm.get(k)) for k in ("title", "body", "meeting_date", "item") if km.get(k)]
    kc, gc = km.get("contact") or {}, gm.get("contact") or {}
    fields += [(kc[k], gc.get(k)) for k in ("name", "email") if kc.get(k)]
    if fields:
        out["meta"] = sum(_norm(str(k)) == _norm(str(g or "")) for k, g in fields) / len(fields)
    return out
