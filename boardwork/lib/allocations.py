"""Pausing most of the cyclic garbage collector's work while a pure-Python library builds a large tree.

Reading a Word file (lxml element proxies) and laying out a PDF (WeasyPrint's boxes) allocate
hundreds of thousands of short-lived objects that reference counting frees; with the default
thresholds the collector runs thousands of times over the growing tree for nothing (a sixth of a
long PDF's render time). Raising the first generation's threshold while such work runs keeps the
collector, and its protection against cycles, but makes it run rarely.
"""

from __future__ import annotations

import gc
import threading
from typing import Literal


class fewer_collections:  # noqa: N801 - used as a statement, `with fewer_collections():`
    """Collect less often while any such work is running. The threshold is process-wide, so
    concurrent users share one raise and the last one out restores it."""

    _lock = threading.Lock()
    _active = 0
    _saved: tuple[int, ...] = ()

    def __enter__(self) -> None:
        cls = type(self)
        with cls._lock:
            if cls._active == 0:
                cls._saved = gc.get_threshold()
                gc.set_threshold(max(cls._saved[0], 50_000), *cls._saved[1:])
            cls._active += 1

    def __exit__(self, *exc: object) -> Literal[False]:
        cls = type(self)
        with cls._lock:
            cls._active -= 1
            if cls._active == 0 and cls._saved:
                gc.set_threshold(*cls._saved)
        return False
