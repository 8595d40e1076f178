"""Small helpers the writers share (no heavy imports: html/md must not pull in python-docx)."""

from __future__ import annotations

from typing import Any

from ..document import Heading


def action_section_end(blocks: list[Any], action_heading: str) -> int | None:
    """Index of the last block of the section headed `action_heading` ("Action", "Actions:"), or None.

    The contact block goes after it when the house style says "after_action".
    """
    want = action_heading.strip().lower().rstrip("s:")
    start = None
    for i, b in enumerate(blocks):
        if isinstance(b, Heading):
            if start is not None:
                return i - 1
            if b.text.strip().lower().rstrip("s:") == want:
                start = i
    return len(blocks) - 1 if start is not None else None


def column_widths(rows: list[list[str]], ncols: int, total: int) -> list[int]:
    """Share `total` between columns by each column's mean line length (clamped to 6–80 characters).

    Prose tables (a short "Priority area" beside long "Proposed activity" bullets) then get the
    narrow/wide split a person would give them, where equal or auto widths waste the page.
    """
    weights = []
    for c in range(ncols):
        lines = [ln for r in rows for ln in (r[c].split("\n") if c < len(r) and r[c] else [])]
        mean = sum(len(ln) for ln in lines) / len(lines) if lines else 6
        weights.append(min(max(mean, 6.0), 80.0))
    s = sum(weights)
    widths = [int(total * w / s) for w in weights]
    widths[-1] += total - sum(widths)
    return widths


def ref_label(ref: str, labels: dict[str, str] | None = None) -> str:
    """A ref's human label: from `labels`, else 'activity:3f2a9c0e-…' → 'activity 3f2a9c0e'."""
    if labels and ref in labels:
        return labels[ref]
    kind, _, ident = ref.partition(":")
    return f"{kind.replace('_', ' ')} {ident[:8]}" if ident else ref
