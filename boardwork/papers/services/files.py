"""Stored paper files: written whole at their final name, removed when a failed import leaves
one nobody refers to (`boardwork cleanup-files`)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import Storage
from django.db import DatabaseError

from ..models import StoredPaper

log = logging.getLogger(__name__)


PARTIAL = ".partial"  # the bytes being written, in the paper's own folder, before the rename


def store_file(paper: StoredPaper, data: bytes) -> str:
    """Write the paper's bytes at their final name and return it.

    The name is a function of the board and the file's sha256, so an import killed before its
    commit and run again lands on the same name: the rerun replaces what the killed run left instead
    of leaving it beside the new file as an orphan (`boardwork cleanup-files` removes those nobody
    reruns)."""
    name = paper.file.field.generate_filename(paper, paper.filename or "paper")
    return write_stored_file(paper.file.storage, name, data)


def write_stored_file(storage: Storage, name: str, data: bytes) -> str:
    """Put `data` at exactly `name` in `storage` (replacing what is there) and return the name.

    On a filesystem the bytes go to a partial file in the same folder first and are renamed into
    place, so the final name never holds half a file. Used by imports and restores."""
    try:
        final = Path(storage.path(name))
    except NotImplementedError:  # not a filesystem: the storage writes the file in one go
        if storage.exists(name):
            storage.delete(name)
        saved: str = storage.save(name, ContentFile(data))
        return saved
    final.parent.mkdir(parents=True, exist_ok=True)
    partial = final.parent / PARTIAL
    with open(partial, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    try:
        os.replace(partial, final)
    except FileNotFoundError:
        # A concurrent import of the same file renamed the same partial first: same bytes, in place.
        if not final.exists():
            raise
    return name


def remove_unless_referenced(paper: StoredPaper, name: str) -> None:
    """Remove the file a failed import wrote, unless a committed paper uses the same name (a
    concurrent import of the same file that won)."""
    try:
        if not StoredPaper.objects.filter(file=name).exists():
            paper.file.storage.delete(name)
    except (OSError, DatabaseError):
        log.warning("could not remove %s after a failed import", name)


def unreferenced_files(min_age: float = 0.0) -> list[str]:
    """Stored paper files (and partial writes) that no paper refers to and that are at least
    `min_age` seconds old: what an import killed before its commit can leave behind."""
    import time

    storage = StoredPaper._meta.get_field("file").storage
    try:
        root = Path(storage.path("papers"))
    except NotImplementedError:
        return []
    if not root.is_dir():
        return []
    used = set(StoredPaper.objects.exclude(file="").values_list("file", flat=True))
    now = time.time()
    out = []
    for f in root.rglob("*"):
        if not f.is_file():
            continue
        name = f.relative_to(Path(storage.path(""))).as_posix()
        if name not in used and now - f.stat().st_mtime >= min_age:
            out.append(name)
    return sorted(out)


def cleanup_files(min_age: float = 0.0) -> list[str]:
    """Remove `unreferenced_files(min_age)`; returns their names. Empty folders go too."""
    storage = StoredPaper._meta.get_field("file").storage
    names = unreferenced_files(min_age)
    for name in names:
        storage.delete(name)
    try:
        root = Path(storage.path("papers"))
        for d in sorted((p for p in root.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts)):
            if not any(d.iterdir()):
                d.rmdir()
    except (NotImplementedError, OSError):
        pass
    return names
