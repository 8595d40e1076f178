"""Import a folder of papers on every core: files are read and extracted in parallel, written in order.

Reading and extracting a file is the slow part of an import (a PDF's layout, a long paper's
rules) and happens in the sandbox's worker processes, one per file (`papers/sandbox.py`); the
parent only waits for their answers. So `import_files` keeps `workers` of them busy from a thread
pool, a few files ahead, while the main thread writes the papers one at a time, in file order, each
in its own short transaction (`services.import_paper`, as for one file). The records are those a
one-file-at-a-time import makes:

- the extractor is given the organisations on record when the file was handed to a worker; when
  the paper names one recorded since (by an earlier paper of the same run, still being written
  when this one was read), it is extracted again with the current list before it is written;
- "already imported" (the same file, or the same paper in another format) is decided at writing
  time, against what the earlier files wrote.
"""

from __future__ import annotations

import logging
import os
import re
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from boardwork.activities.models import Organisation
from boardwork.boards.models import Board

from .. import orgmatch, services, untrusted
from ..document import Paper as PaperDocument
from ..readers import ReadError

log = logging.getLogger(__name__)


def default_workers() -> int:
    """One worker per core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


@dataclass
class _Read:
    path: Path
    data: bytes | None = None
    doc: PaperDocument | None = None
    extraction: dict | None = None
    error: str = ""
    signature: Any = None  # the organisations' signature when the extractor's list was taken


def _read(path: Path, extract_args: dict | None, signature: Any) -> _Read:
    """In a pool thread: load the file and read (and extract) it in a sandbox worker."""
    try:
        untrusted.check_size(path.stat().st_size)  # before loading it
        data = path.read_bytes()
    except OSError as e:
        return _Read(path, error=f"cannot open: {e.strerror or e}")
    except ReadError as e:
        return _Read(path, error=str(e))
    try:
        doc, extraction = untrusted.read(data, path.name, extract=extract_args)
    except untrusted.ReaderFault as e:
        log.error("reader failed on %s: %s", path.name, e)
        return _Read(path, data, error=str(e))
    except ReadError as e:
        return _Read(path, data, error=str(e))
    return _Read(path, data, doc, extraction, signature=signature)


def _names_any(text: str, orgs: Iterable[Organisation]) -> bool:
    """Whether `text` names any of `orgs` by name, alias (any case) or acronym (as written)."""
    low = " ".join(text.lower().split())
    for o in orgs:
        for n in [o.name, *(o.aliases or [])]:
            n = " ".join(n.lower().split())
            if n and n in low:
                return True
        if o.acronym and re.search(rf"(?<![A-Za-z0-9]){re.escape(o.acronym)}(?![A-Za-z0-9])", text):
            return True
    return False


def _fresh_extraction(r: _Read, board: Board) -> dict | None:
    """The extraction to write `r` with: the worker's, unless organisations recorded since it was
    made are named in the paper (then the paper is extracted again, in the sandbox)."""
    if r.doc is None or r.extraction is None:
        return r.extraction
    added = orgmatch.recorded_since(r.signature)
    if added is not None and not _names_any(r.doc.text(), added):
        return r.extraction
    args = services.extract_args(board) or {}
    return untrusted.extract(r.doc.to_dict(), **args)


def import_files(
    files: list[Path],
    board: Board,
    *,
    cycle: str | None = None,
    user=None,
    workers: int | None = None,
    on_result: Callable[[int, services.ImportResult], None] | None = None,
) -> list[services.ImportResult]:
    """Import `files` (in this order) into `board`; `workers` files are read at once (default: one
    per core). `on_result(i, result)` is called as each file is written. One bad file does not stop
    the rest: its result says 'refused' and why. Returns the results in file order."""
    workers = workers or default_workers()
    results: list[services.ImportResult] = []
    pending: deque[Future[_Read]] = deque()
    todo = iter(files)
    ahead = 2 * workers  # enough to keep every worker busy while the main thread writes

    def submit(pool: ThreadPoolExecutor) -> None:
        # The organisations' list is taken here, in the main thread (no database in the pool).
        sig = orgmatch.signature()
        args = services.extract_args(board)
        for path in todo:
            pending.append(pool.submit(_read, path, args, sig))
            if len(pending) >= ahead:
                break

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="boardwork-import") as pool:
        submit(pool)
        while pending:
            r = pending.popleft().result()
            submit(pool)
            res = _write(r, board, cycle, user)
            results.append(res)
            if on_result is not None:
                on_result(len(results) - 1, res)
    return results


def _write(r: _Read, board: Board, cycle: str | None, user) -> services.ImportResult:
    name = r.path.name
    if r.error or r.data is None or r.doc is None:
        return services.ImportResult(name, services.REFUSED, reason=r.error or "cannot be read")
    try:
        extraction = _fresh_extraction(r, board)
        return services.import_paper(
            r.data, name, board, user=user, cycle=cycle, prepared=(r.doc, extraction)
        )
    except ReadError as e:  # the second extraction hit a limit
        return services.ImportResult(name, services.REFUSED, reason=str(e))
    except Exception as e:  # one bad file must not stop the rest
        log.exception("import of %s failed", name)
        return services.ImportResult(name, services.REFUSED, reason=f"failed: {e}")
