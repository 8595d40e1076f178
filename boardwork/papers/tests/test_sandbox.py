"""The sandbox: files are read in a worker process that the kernel and the parent stop at hard
limits of time and memory; the limit kills the reader, never the caller."""

from __future__ import annotations

import resource
import sys
import threading
import time
from pathlib import Path

import pytest

from boardwork.papers import sandbox
from boardwork.papers.readers import Limits, ReadError

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tests" / "data" / "hostile"))
import make_hostile  # noqa: E402

GOOD = make_hostile.GOOD_TEXT.encode()


def limits(seconds=1.5, memory_mb=400, max_mb=20, **reader) -> sandbox.SandboxLimits:
    return sandbox.SandboxLimits(
        seconds=seconds,
        memory_mb=memory_mb,
        reader=Limits(max_bytes=max_mb * 1048576, max_seconds=seconds, **reader),
    )


def slow_pdf() -> bytes:
    # Page contents that point at each other: pdfminer follows the loop for ever. (PDFium, which
    # opens the file first, stops at the loop; a stream no page draws that inflates past the stream
    # limit makes the reader hand the file to pdfminer's page-by-page check.)
    return make_hostile._pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"5 0 R",
            b"4 0 R",
            make_hostile._stream((b" " * 1048576, 80)),
        ]
    )


@pytest.fixture(scope="module", autouse=True)
def _corpus_built():
    make_hostile.corpus()  # built before any timing starts


def test_a_good_file_is_read_and_extracted_in_the_worker():
    paper, extraction = sandbox.read_untrusted(GOOD, "good.txt", limits(seconds=30), extract={})
    assert paper.meta.title or paper.blocks
    assert paper.source.format == "txt" and paper.source.filename == "good.txt"
    assert extraction["schema"] == "boardwork.extraction/1"


def test_a_file_that_never_finishes_is_stopped_at_the_wall_time():
    started = time.monotonic()
    with pytest.raises(ReadError) as e:
        sandbox.read_untrusted(slow_pdf(), "loop.pdf", limits(seconds=1))
    took = time.monotonic() - started
    assert str(e.value) == "reading took longer than the 1 s limit"
    # The limit plus the worker's start and stop: on a loaded 2-core machine starting it has taken
    # over a second (2.63 s in all, once, against the 2.5 s this said before). The file never ends.
    assert took < 5


def test_a_memory_hungry_file_is_stopped_at_the_memory_limit():
    # Millions of one-letter lines: each becomes objects in the reader (the 11 MB text).
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(ReadError) as e:
        sandbox.read_untrusted(b"a\n" * 6_000_000, "lines.txt", limits(seconds=30, memory_mb=150))
    assert str(e.value) == "reading needed more than 150 MB of memory"
    # The memory was the worker's, not ours.
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100 * 1024


def test_the_caller_answers_others_while_a_slow_file_is_read():
    outcome = {}

    def slow():
        try:
            sandbox.read_untrusted(slow_pdf(), "loop.pdf", limits(seconds=3))
        except ReadError as e:
            outcome["slow"] = str(e)

    t = threading.Thread(target=slow)
    t.start()
    try:
        time.sleep(0.2)
        started = time.monotonic()
        paper, _ = sandbox.read_untrusted(GOOD, "good.txt", limits(seconds=30))
        quick = time.monotonic() - started
        assert paper.blocks
        assert t.is_alive()  # the slow one was still being read meanwhile
        assert quick < 2.5
    finally:
        t.join()
    assert outcome["slow"] == "reading took longer than the 3 s limit"


def test_a_pdf_stream_bomb_is_refused_before_it_is_decoded():
    bomb = make_hostile.by_name("pdf-stream-bomb-80mb.pdf")
    with pytest.raises(ReadError) as e:
        sandbox.read_untrusted(bomb, "bomb.pdf", limits(seconds=30, max_stream_bytes=8 * 1048576))
    assert "unpacks to more than 8 MB" in str(e.value)


def test_size_and_emptiness_are_refused_without_a_worker():
    with pytest.raises(ReadError, match="the limit is 1 MB"):
        sandbox.read_untrusted(b"x" * (2 * 1048576), "big.txt", limits(max_mb=1))
    with pytest.raises(ReadError, match="empty"):
        sandbox.read_untrusted(b"  \n", "empty.txt", limits())


# -- writing papers (report rendering jobs) ------------------------------------------------------


def _paper(paragraphs: int):
    from boardwork.papers.document import Block, Heading, Paper, Paragraph

    blocks: list[Block] = [Heading(text="Work of the Board", level=2)]
    blocks += [Paragraph(text=f"The Board met the Home Office ({i}).", number=str(i)) for i in range(1, paragraphs + 1)]  # fmt: skip
    return Paper(blocks=blocks)


def test_a_paper_is_written_in_the_worker_as_in_the_process():
    from boardwork.papers import writers
    from boardwork.papers.style import HouseStyle

    paper = _paper(20)
    for fmt in ("md", "html"):
        written = sandbox.write_limited(paper, fmt, HouseStyle.default().to_dict(), limits(seconds=30))
        assert written == writers.write(paper, fmt, HouseStyle.default())


def test_writing_is_stopped_at_the_wall_time_and_the_memory_limit():
    from boardwork.papers.style import HouseStyle

    style = HouseStyle.default().to_dict()
    with pytest.raises(sandbox.WriteFailed) as e:
        sandbox.write_limited(_paper(3000), "pdf", style, limits(seconds=0.3))
    assert str(e.value) == "writing took longer than the 0.3 s limit"
    with pytest.raises(sandbox.WriteFailed) as e:
        sandbox.write_limited(_paper(3000), "docx", style, limits(seconds=30, memory_mb=1))
    assert str(e.value) == "writing needed more than 1 MB of memory"


def _report_niceness(conn, limits):
    import os

    sandbox._apply_limits(limits.seconds, limits.memory_mb)
    sandbox._send(conn, ["ok", os.nice(0), None])
    conn.close()


def test_workers_run_at_a_lower_priority_than_their_caller():
    import os

    answer, _ = sandbox._spawn(_report_niceness, (limits(),), limits(), ReadError, "reading")
    assert answer[1] >= os.nice(0) + sandbox.NICENESS or answer[1] == 19


def _answer_slowly(conn, limits):
    # A worker kept off the processor half-way through a large answer.
    conn.send_bytes(b'["ok", ')
    time.sleep(10)
    conn.send_bytes(b'"x", null]')
    conn.send_bytes(b"")


def test_a_large_answer_still_arriving_at_the_wall_time_is_cut_there():
    started = time.monotonic()
    with pytest.raises(ReadError) as e:
        sandbox._spawn(_answer_slowly, (limits(seconds=1),), limits(seconds=1), ReadError, "reading")
    assert str(e.value) == "reading took longer than the 1 s limit"
    assert time.monotonic() - started < 3


def test_an_allocation_refused_as_an_os_error_counts_as_the_memory_limit():
    # Under RLIMIT_AS, importing a module can fail while listing its folder with ENOMEM: that is the
    # limit, and users must be told so, not that Boardwork's writer has a bug; so is zlib's
    # "insufficient memory" while a DOCX is compressed.
    import errno
    import zlib

    assert sandbox._out_of_memory(MemoryError())
    assert sandbox._out_of_memory(OSError(errno.ENOMEM, "Cannot allocate memory"))
    assert not sandbox._out_of_memory(OSError(errno.ENOENT, "No such file"))
    assert sandbox._out_of_memory(zlib.error("Error -4 while compressing data: insufficient memory"))
    assert not sandbox._out_of_memory(zlib.error("Error -3 while decompressing data: invalid block type"))
    assert not sandbox._out_of_memory(ValueError("bad paper"))


def test_a_failure_at_the_address_space_limit_counts_as_the_limit(monkeypatch):
    # C code that cannot allocate may fail as SystemError("error return without exception set"):
    # near the limit that is the limit; far from it, it is a fault.
    bug = SystemError("error return without exception set")
    monkeypatch.setattr(sandbox, "_peak_address_space_mb", lambda: 500.0)
    assert sandbox._out_of_memory(bug, memory_mb=512)
    assert sandbox._out_of_memory(bug, memory_mb=1)
    assert not sandbox._out_of_memory(bug, memory_mb=2048)
    assert not sandbox._out_of_memory(bug)  # no limit set: a fault


def test_a_worker_that_cannot_even_send_its_answer_leaves_with_the_memory_status(monkeypatch):
    # Under the limit, sending "out of memory" can fail too: the worker then exits with a status
    # the parent reads as the memory limit, not as "stopped unexpectedly".
    class Broken:
        def send_bytes(self, data):
            raise MemoryError

    exits = []

    def fake_exit(code):
        exits.append(code)
        raise SystemExit(code)

    monkeypatch.setattr(sandbox.os, "_exit", fake_exit)
    with pytest.raises(SystemExit):
        sandbox._report_memory(Broken())
    assert exits == [sandbox.EXIT_MEMORY]


def test_the_peak_address_space_is_read_from_the_kernel():
    assert sandbox._peak_address_space_mb() > 1
