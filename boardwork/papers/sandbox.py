"""Read untrusted files in a separate worker process with hard limits on time, CPU and memory.

The readers check their own budgets (`Limits.check_time`, page counts, zip ratios), but a library
can spend minutes or gigabytes inside one call that never returns to those checks: one content
stream of a PDF, one huge XML part. So every file from outside (CLI parse/extract/import, web
upload, API parse and import) is read here, in a child process that the kernel limits
(`RLIMIT_AS` for memory, `RLIMIT_CPU` for processor time) and that the parent kills when its wall
time is up. A limit kills the reader, never the server, and the caller gets a `ReadError` with one
line ("reading took longer than the 120 s limit", "reading needed more than 1024 MB of memory").

The children are standard `multiprocessing` fork-server processes (public API only; the limits
are set by the child's target before it reads). The fork server has already imported the readers,
the extractor and their libraries and run them once (`sandbox_warmup`), and the module the main
script imports its entry point from (see `_main_imports`), so a small file costs a fork and its
reading, not a fresh interpreter (0.5–2.5 s). The fork server starts with the first file a
process reads. This module
is pure Python like the rest of the pipeline: no Django; the caller passes the limits in.
"""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
import resource
import signal
import sys
import threading
import time
import traceback
import types
import zlib
from dataclasses import dataclass, field
from typing import Any

from .document import Paper
from .readers import Limits, ReadError, read_bytes

# Modules the fork server imports once, so that each worker starts with them loaded.
_PRELOAD = ["boardwork.papers.sandbox", "boardwork.papers.sandbox_warmup", "boardwork.papers.writers"]
_context_lock = threading.Lock()
_context: Any = None


@dataclass(frozen=True)
class SandboxLimits:
    """Hard limits on one worker. `seconds` is wall time, enforced by the parent; CPU time gets
    the same budget from the kernel (plus a second so the wall clock normally speaks first)."""

    seconds: float = 120.0
    memory_mb: int = 1024
    # The readers' own soft limits; their clock is restarted in the worker (see _worker).
    reader: Limits = field(default_factory=Limits)


def _main_imports() -> list[str]:
    """The modules the running program's main script imports: where its entry point comes from
    (gunicorn's `wsgiapp`, `boardwork.cli`, pytest's `config`) and the modules it holds.

    A worker started through the fork server runs the parent's main script again, as
    `__mp_main__` (the standard library does so that functions pickled from `__main__` resolve).
    A console script is a few lines around one import; with that import already done in the fork
    server, running it again costs a millisecond instead of importing gunicorn or pytest anew."""
    main = sys.modules.get("__main__")
    found = set()
    for value in vars(main).values() if main is not None else ():
        module: object
        if isinstance(value, types.ModuleType):
            module = value.__name__
        else:
            module = getattr(value, "__module__", None) if callable(value) else None
        if isinstance(module, str) and module not in ("__main__", "__mp_main__", "builtins"):
            found.add(module)
    # Boardwork's own modules other than the entry point need Django set up (models), which the
    # fork server is not: one of them in its preload list would stop it (a script that imports
    # models at the top). The pure pipeline it needs is preloaded anyway (_PRELOAD).
    return sorted(m for m in found if m == "boardwork.cli" or not m.startswith("boardwork"))


def _get_context():
    global _context
    with _context_lock:
        if _context is None:
            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload([*_main_imports(), *_PRELOAD])
            _context = ctx
        return _context


def start_fork_server() -> None:
    """Start the fork server now rather than with the first file this process reads: it imports
    the readers and writers and runs them once (0.5–2.5 s), which a background-job worker pays
    before it takes its first job instead of during it (papers/server_warmup.warm_worker)."""
    from multiprocessing import forkserver

    _get_context()  # sets the preload list the server starts with
    forkserver.ensure_running()


# A worker reads or writes at a lower priority than the server that started it, so that a slow
# hostile file costs the requests being served beside it as little processor time as possible.
NICENESS = 10


def _apply_limits(seconds: float, memory_mb: int) -> None:
    """In the worker: ask the kernel to stop it past its CPU and memory budgets, and lower its
    priority."""
    try:
        os.nice(NICENESS)
    except OSError:  # not allowed here: the limits still hold
        pass
    cpu = max(1, int(seconds) + 1)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        # Address space, not resident memory: a library that maps a huge buffer is stopped at the
        # allocation, before it touches the pages.
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _out_of_memory(e: BaseException, memory_mb: int = 0) -> bool:
    """MemoryError, or another library's way of saying the allocation limit refused it: an OSError
    ENOMEM (importing a module under RLIMIT_AS can fail while listing its folder) or zlib's
    Z_MEM_ERROR (-4, compressing a DOCX part). That is the limit, not a bug.

    Any other failure counts as the limit too when the worker's address space had come within
    `NEAR_LIMIT_MB` of it (`memory_mb`): C code that cannot allocate fails in ways no list can name
    (a SystemError "error return without exception set", a library's own error), and a user must be
    told the paper needed more memory, not that Boardwork has a fault."""
    if isinstance(e, MemoryError):
        return True
    if isinstance(e, OSError) and e.errno == errno.ENOMEM:
        return True
    if isinstance(e, zlib.error) and str(e).startswith("Error -4 "):
        return True
    if memory_mb <= 0:
        return False
    try:
        return _peak_address_space_mb() >= memory_mb - NEAR_LIMIT_MB
    except MemoryError:  # too close to the limit to read a small file: that answers it
        return True


# A failure this close to the address-space limit is taken for the limit (see _out_of_memory).
NEAR_LIMIT_MB = 16


def _peak_address_space_mb() -> float:
    """This process's peak address space (VmPeak), in MB; 0 where the kernel does not say."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmPeak:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0.0


def _worker(conn, data: bytes | dict, filename: str | None, limits: SandboxLimits, extract_args: dict | None):
    """The child: apply limits, read (and extract), send back ("ok", paper_dict, extraction) or
    ("error", kind, message). Never raises: the parent only sees what comes through `conn`."""
    try:
        # Readers never need more than these; a stray signal from the parent's terminal must not
        # leave a half-written answer.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        _apply_limits(limits.seconds, limits.memory_mb)
        reader_limits = Limits(
            max_bytes=limits.reader.max_bytes,
            max_pages=limits.reader.max_pages,
            max_seconds=limits.reader.max_seconds,
            max_unzipped_bytes=limits.reader.max_unzipped_bytes,
            max_zip_ratio=limits.reader.max_zip_ratio,
            max_stream_bytes=limits.reader.max_stream_bytes,
        )
        if isinstance(data, dict):  # a stored paper's structure, to extract again
            paper = Paper.from_dict(data)
        else:
            paper = read_bytes(data, filename, reader_limits)
        extraction = None
        if extract_args is not None:
            from . import extract as extract_module

            typed = extract_module.extract_typed(paper, **extract_args)
            extraction = typed.to_dict()
            if typed.no_work:
                # Why the paper as a whole reports no work: not in the extraction's schema, so it
                # goes back (and is stored) with the paper's structure.
                paper.notes["no_work"] = typed.no_work
        _send(conn, ["ok", paper.to_dict(), extraction])
    except ReadError as e:
        _send(conn, ["error", "read", str(e)])
    except RecursionError:
        _send(conn, ["error", "read", "the file is nested too deeply to read"])
    except BaseException as e:  # a reader bug: report it as such, with the place it happened
        if _out_of_memory(e, limits.memory_mb):
            _report_memory(conn)
            return
        try:
            where = traceback.extract_tb(e.__traceback__)[-1]
            place = f"{os.path.basename(where.filename)}:{where.lineno}"
        except Exception:
            place = "?"
        try:
            _send(conn, ["error", "bug", f"{type(e).__name__} at {place}: {str(e)[:200]}"])
        except BaseException:
            pass
    finally:
        conn.close()


# Answers go through the pipe in pieces of at most this size, each waited for within the wall time:
# a large answer (a paper of thousands of blocks, a PDF) from a worker that the machine's load or
# its lower priority keeps off the processor must not hold the caller past its limit.
CHUNK = 32 * 1024  # within a pipe's buffer: once a piece is seen, all of it has been written


# The worker's answer when the memory limit stopped it, encoded before the limit is set: under the
# limit, encoding it may itself fail.
_MEMORY_ANSWER = json.dumps(["error", "memory", ""]).encode()
# The exit status of a worker that hit the memory limit and could not even send that answer.
EXIT_MEMORY = 75


def _report_memory(conn) -> None:
    """Tell the parent the memory limit stopped this worker; if the pipe cannot take even that,
    leave with EXIT_MEMORY, which the parent reads the same way."""
    try:
        _send_chunks(conn, _MEMORY_ANSWER)
    except BaseException:
        os._exit(EXIT_MEMORY)


def _send(conn, message: list) -> None:
    # JSON, not pickle: the parent must never unpickle what a process reading hostile input sends.
    _send_chunks(conn, json.dumps(message, ensure_ascii=False, default=str).encode())


def _send_chunks(conn, data: bytes) -> None:
    """`data` in pieces, then an empty piece to end it."""
    view = memoryview(data)
    for start in range(0, len(view), CHUNK):
        conn.send_bytes(view[start : start + CHUNK])
    conn.send_bytes(b"")


def _receive(conn, deadline: float) -> bytes | None:
    """What `_send_chunks` sent, or None when the deadline (time.monotonic()) passed first. Raises
    EOFError when the worker closed its end without finishing."""
    parts: list[bytes] = []
    while True:
        if not conn.poll(max(0.0, deadline - time.monotonic())):
            return None
        piece = conn.recv_bytes()
        if not piece:
            return b"".join(parts)
        parts.append(piece)


class ReaderFault(ReadError):
    """The reader itself failed (a bug, not the file). Callers log it; users see one line."""


def memory_message(memory_mb: int, doing: str = "reading") -> str:
    return f"{doing} needed more than {memory_mb} MB of memory"


def time_message(seconds: float, doing: str = "reading") -> str:
    return f"{doing} took longer than the {seconds:g} s limit"


def read_untrusted(
    data: bytes,
    filename: str | None = None,
    limits: SandboxLimits | None = None,
    *,
    extract: dict | None = None,
) -> tuple[Paper, dict | None]:
    """Read `data` in a limited worker process; with `extract` (the keyword arguments of
    `extract.extract`, e.g. gazetteer and author), also extract its records there.

    Returns (Paper, extraction or None). Raises ReadError with one line for a file that cannot be
    read within the limits, and ReaderFault (a ReadError) when the reader itself failed.
    """
    limits = limits or SandboxLimits()
    # Cheap refusals need no worker.
    if len(data) > limits.reader.max_bytes:
        raise ReadError(
            f"the file is {len(data) / 1048576:.1f} MB; the limit is {limits.reader.max_bytes / 1048576:.0f} MB"
        )
    if not data.strip():
        raise ReadError("the file is empty")
    return _run(data, filename, limits, extract)


def extract_untrusted(structure: dict, limits: SandboxLimits | None = None, **extract_args) -> dict:
    """Extract records from a stored paper's structure (`boardwork.paper/1`) in a limited worker:
    the structure came from an untrusted file, and extraction is as much work as reading."""
    return _run(structure, None, limits or SandboxLimits(), extract_args)[1] or {}


def _run(data, filename, limits: SandboxLimits, extract: dict | None) -> tuple[Paper, dict | None]:
    answer, _ = _spawn(_worker, (data, filename, limits, extract), limits, ReadError, "reading")
    status, a, b = answer
    if status == "ok":
        paper = Paper.from_dict(a)
        return paper, b
    if a == "memory":
        raise ReadError(memory_message(limits.memory_mb))
    if a == "bug":
        raise ReaderFault(f"the file could not be read (a fault in Boardwork's reader: {b})")
    raise ReadError(b)


def _spawn(target, args: tuple, limits: SandboxLimits, error: type[Exception], doing: str):
    """Run `target(conn, *args)` in a limited worker; (its answer, the bytes it sent after it).

    Raises `error` with one line when the worker ran out of time or memory or died."""
    ctx = _get_context()
    parent_conn, child_conn = ctx.Pipe(duplex=False)
    # The standard fork server's process; the limits are applied by its target.
    proc = ctx.Process(target=target, args=(child_conn, *args), daemon=True, name=f"boardwork-{doing}")
    proc.start()  # (the first in a process also starts the fork server: not the file's time)
    deadline = time.monotonic() + limits.seconds
    child_conn.close()
    answer = None
    payload = b""
    timed_out = False
    try:
        # The answer can be large (a paper's blocks, a file): receive it as it comes, all of it
        # within the wall time.
        try:
            message = _receive(parent_conn, deadline)
            if message is not None:
                answer = json.loads(message)
                if answer and answer[0] == "ok" and answer[1] == "bytes":
                    received = _receive(parent_conn, deadline)
                    if received is None:
                        answer = None
                    payload = received or b""
            timed_out = answer is None and time.monotonic() >= deadline
        except (EOFError, OSError, ValueError):
            answer = None  # it died without answering: its exit status says how
    finally:
        if proc.is_alive() and not timed_out:
            # It answered or closed its end: it is exiting (a dying process is not a slow one,
            # so it is not killed at once and then reported as out of time).
            proc.join(2.0)
        if proc.is_alive():
            proc.kill()
            proc.join()
        parent_conn.close()
    code = proc.exitcode
    try:
        proc.close()
    except ValueError:
        pass
    if answer is None:
        if timed_out or code == -signal.SIGXCPU:
            raise error(time_message(limits.seconds, doing))
        if code in (-signal.SIGSEGV, -signal.SIGABRT, -signal.SIGBUS, -signal.SIGKILL, EXIT_MEMORY):
            # A native library that cannot allocate under RLIMIT_AS often aborts instead of failing,
            # and the kernel's OOM killer sends SIGKILL.
            raise error(memory_message(limits.memory_mb, doing))
        if error is ReadError:
            raise ReaderFault(f"the reader stopped unexpectedly (exit status {code})")
        raise error(f"{doing} stopped unexpectedly (exit status {code})")
    return answer, payload


def _writer_worker(conn, document: dict, fmt: str, style: dict, opts: dict, limits: SandboxLimits):
    """The child that writes a paper: apply limits, write, send ("ok", "bytes", n) then the file,
    or ("error", kind, message)."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        _apply_limits(limits.seconds, limits.memory_mb)
        from .style import HouseStyle
        from .writers import write

        data = write(Paper.from_dict(document), fmt, HouseStyle.from_dict(style), **opts)
        _send(conn, ["ok", "bytes", len(data)])
        _send_chunks(conn, data)
    except ValueError as e:  # WriteError, HouseStyleError, PaperError: a paper that cannot be written
        _send(conn, ["error", "write", str(e)[:300]])
    except BaseException as e:  # a writer bug, or the memory limit
        if _out_of_memory(e, limits.memory_mb):
            _report_memory(conn)
            return
        try:
            _send(conn, ["error", "bug", f"{type(e).__name__}: {str(e)[:200]}"])
        except BaseException:
            pass
    finally:
        conn.close()


class WriteFailed(ValueError):
    """Writing a paper in the limited worker failed: one line fit to show a user."""


def write_limited(
    document: Paper, fmt: str, style: dict, limits: SandboxLimits | None = None, **opts: Any
) -> bytes:
    """Write `document` as `fmt` (see `writers.write`) in a limited worker process, in the house
    style given as its settings (`HouseStyle.to_dict()`). `opts` must be plain data (no callables).

    Raises WriteFailed with one line when the paper cannot be written within the limits."""
    limits = limits or SandboxLimits()
    answer, payload = _spawn(
        _writer_worker, (document.to_dict(), fmt, style, opts, limits), limits, WriteFailed, "writing"
    )
    status, kind, detail = answer
    if status == "ok":
        return payload
    if kind == "memory":
        raise WriteFailed(memory_message(limits.memory_mb, "writing"))
    if kind == "bug":
        raise WriteFailed(f"the paper could not be written (a fault in Boardwork's writer: {detail})")
    raise WriteFailed(str(detail))
