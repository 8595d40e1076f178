"""Revising a composed paper: stable block keys, an officer's edits laid over a recomposed paper,
and the differences between two versions.

Pure Python like `document.py` (no Django, no records): `papers/drafts.py` stores what this
computes.

Why keys: compose numbers paragraphs continuously ("1", "1.1" … "53"), so one activity added to
the first theme renumbers everything after it; a block's position and number say nothing about
which block it is. Compose gives every block `refs` (the records it came from) but no id of its
own, so a block's key is derived from what does not move: the heading of the section it sits in,
its type and its refs. Blocks with the same (section, type, refs) — boilerplate paragraphs have
no refs — are told apart by their order among themselves. Keys are always computed on the paper
*as composed* (before edits), so an officer renaming a heading does not change the keys under it.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TypeGuard

from .document import Block, Heading, ListItem, Paper, Paragraph, block_text, clean

# Blocks whose text an officer may change in the app (tables are built from records, cell by cell).
EDITABLE = (Heading, Paragraph, ListItem)


def block_keys(doc: Paper) -> list[str]:
    """One stable key per block of `doc` (a composed paper, edits not applied), in order."""
    keys: list[str] = []
    seen: dict[str, int] = {}
    section = ""
    for block in doc.blocks:
        if isinstance(block, Heading):
            # A heading's own identity is its composed text (and refs, for theme headings).
            basis = f"h|{block.level}|{clean(block.text).lower()}|{','.join(sorted(block.refs))}"
            section = clean(block.text).lower()
        else:
            basis = f"{block.type}|{section}|{','.join(sorted(block.refs))}"
        n = seen.get(basis, 0)
        seen[basis] = n + 1
        keys.append(hashlib.sha1(f"{basis}#{n}".encode()).hexdigest()[:12])
    return keys


def is_editable(block: Block) -> TypeGuard[Heading | Paragraph | ListItem]:
    return isinstance(block, EDITABLE)


def apply_edits(doc: Paper, keys: list[str], edits: dict[str, str]) -> Paper:
    """A copy of composed `doc` with each block whose key is in `edits` given the edited text.
    Refs, numbers and everything else about the block stay as compose made them; an edit whose
    block compose no longer produces is simply not applied (the diff shows the block removed)."""
    out = copy.deepcopy(doc)
    for block, key in zip(out.blocks, keys, strict=True):
        if key in edits and is_editable(block):
            block.text = edits[key]
    return out


@dataclass
class BlockChange:
    """One line of a diff between two versions."""

    status: str  # "added", "removed", "changed", "same"
    key: str
    type: str
    before: str | None
    after: str | None
    edited: bool = False  # the newer version's text is an officer's edit
    number: str | None = None


def diff(
    old: Sequence[tuple[str, Block]], new: Sequence[tuple[str, Block]], edited: Collection[str] = frozenset()
) -> list[BlockChange]:
    """The changes from `old` to `new`, each a list of (key, block) in paper order: the new
    paper's blocks in order, each same / changed / added, with removed blocks placed after the
    block that preceded them in the old paper. `edited` names the keys holding an officer's edit."""
    old_by_key = {k: b for k, b in old}
    new_keys = {k for k, _ in new}
    removed_after: dict[str | None, list[BlockChange]] = {}
    prev: str | None = None
    for k, b in old:
        if k not in new_keys:
            removed_after.setdefault(prev, []).append(
                BlockChange("removed", k, b.type, block_text(b), None, number=getattr(b, "number", None))
            )
        else:
            prev = k
    out: list[BlockChange] = list(removed_after.get(None, []))
    for k, b in new:
        after = block_text(b)
        number = getattr(b, "number", None)
        if k not in old_by_key:
            out.append(BlockChange("added", k, b.type, None, after, k in edited, number))
        else:
            before = block_text(old_by_key[k])
            status = "same" if before == after else "changed"
            out.append(BlockChange(status, k, b.type, before, after, k in edited, number))
        out.extend(removed_after.get(k, []))
    return out
