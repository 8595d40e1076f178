"""Running headers and footers of a PDF, found across its pages: a line that recurs at the same
height on many pages, or a lone page number near the top or bottom, is furniture, not text."""

from __future__ import annotations

import re
from collections import defaultdict

from .layout import PAGE_NUMBER, Line, PageLayout, Word, join_words

_DIGITS = re.compile(r"\d+")


def _norm(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.lower().split()))


def split_wide(line: Line) -> list[str]:
    """A header row's separate pieces: "Council name ⟶ Agenda Item 5" set left and right."""
    pieces: list[list[Word]] = [[line.words[0]]]
    for w in line.words[1:]:
        if w.x0 - pieces[-1][-1].x1 > 2 * line.size:
            pieces.append([w])
        else:
            pieces[-1].append(w)
    return [join_words(p) for p in pieces]


def mark_furniture(pages: list[PageLayout]) -> list[str]:
    """Mark running headers/footers and page numbers; return the header lines' text (for meta).

    A line is furniture when, with its digits normalised ("Page 3 of 9" → "page # of #"), it
    recurs at the same height (±3 pt) in the top or bottom quarter of at least 40 % of the pages
    (and on two or more), or when it is a lone page number / "Page N of M" in the top or bottom
    eighth of a page. Returns the distinct header lines (top half, not page numbers) in order of
    first appearance: they often name the board and the meeting date.
    """
    text_pages = [p for p in pages if p.nwords]
    threshold = max(2, int(0.4 * len(text_pages) + 0.999))
    where: dict[str, list[tuple[int, float, Line]]] = defaultdict(list)
    for p in text_pages:
        for e in p.elements:
            if isinstance(e, Line) and (e.bottom < 0.25 * p.height or e.top > 0.75 * p.height):
                where[_norm(e.text)].append((p.index, e.top, e))
    header: list[tuple[int, float, str]] = []
    for occ in where.values():
        if len(occ) < threshold:
            continue
        occ.sort(key=lambda o: o[1])
        # Cluster by height so that the same words at different places do not add up.
        clusters: list[list[tuple[int, float, Line]]] = []
        for o in occ:
            if clusters and o[1] - clusters[-1][-1][1] <= 3:
                clusters[-1].append(o)
            else:
                clusters.append([o])
        for cl in clusters:
            if len({o[0] for o in cl}) >= threshold:
                for _, _, line in cl:
                    line.furniture = True
                first = min(cl, key=lambda o: o[0])
                if first[2].top < 0.5 * pages[first[0]].height and not PAGE_NUMBER.match(
                    first[2].text.strip()
                ):
                    for k, piece in enumerate(split_wide(first[2])):
                        header.append((first[0], first[1] + 0.001 * k, piece))
    for p in text_pages:
        for e in p.elements:
            if (
                isinstance(e, Line)
                and not e.furniture
                and (e.bottom < 0.125 * p.height or e.top > 0.875 * p.height)
                and PAGE_NUMBER.match(e.text.strip())
            ):
                e.furniture = True
    header.sort()
    return [h[2] for h in header]
