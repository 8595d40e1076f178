"""`boardwork import`: folders, summary, one bad file does not stop the rest, exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from boardwork.activities.models import Activity
from boardwork.boards.models import Board
from boardwork.papers import services
from boardwork.papers.models import StoredPaper

CORPUS = Path(__file__).resolve().parents[3] / "tests" / "data" / "corpus"
SAMPLE = CORPUS / "lga-sscb-end-of-year-2020-21.txt"
GOLD = json.loads((CORPUS / "lga-sscb-end-of-year-2020-21.extraction.json").read_text(encoding="utf-8"))
EMPTY = {"schema": "boardwork.extraction/1", "cycle": "2019/20", "themes": [], "activities": [], "plan": None}


@pytest.fixture
def board(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return Board.objects.create(name="Safer and Stronger Communities Board", slug="sscb")


@pytest.fixture
def fast_extract(monkeypatch):
    """The extractor has its own tests; here the gold extraction for the sample, nothing for others.
    (The file is still read for real, in the sandbox.)"""
    from boardwork.papers import untrusted

    real = untrusted.read

    def read(data, filename=None, *, extract=None):
        doc, _ = real(data, filename)
        if extract is None:
            return doc, None
        return doc, GOLD if doc.meta.title and "2020/21" in doc.meta.title else EMPTY

    monkeypatch.setattr(untrusted, "read", read)


def run(*args) -> tuple[int, str]:
    out = io.StringIO()
    try:
        call_command("import", *args, stdout=out, stderr=io.StringIO())
    except CommandError as e:
        return e.returncode, out.getvalue() + str(e)
    return 0, out.getvalue()


def test_folder_recursing_with_a_bad_file_and_summary(board, tmp_path, fast_extract):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    (folder / "notes.md").write_text("# Notes\n\nA short note.\n")
    (folder / "broken.pdf").write_bytes(b"not a pdf at all")
    (folder / "picture.png").write_bytes(b"\x89PNG")  # not a paper extension: not even tried
    code, out = run(str(folder), "--board", "sscb", "--verbose")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].split() == ["file", "status", "themes", "activities", "commitments", "reason"]
    row = next(line for line in lines if SAMPLE.name in line)
    assert row.split()[1:5] == ["imported", "13", "43", "29"]
    broken = next(line for line in lines if "broken.pdf" in line)
    assert broken.split()[1] == "refused" and "not a PDF" in broken
    assert "picture.png" not in out
    assert "2 imported, 0 already imported, 1 refused" in out
    assert StoredPaper.objects.count() == 2


def test_again_is_already_imported_and_exit_0(board, fast_extract):
    assert run(str(SAMPLE), "--board", "sscb")[0] == 0
    n = Activity.objects.count()
    code, out = run(str(SAMPLE), "--board", "sscb")
    assert code == 0 and "already imported" in out
    assert Activity.objects.count() == n and StoredPaper.objects.count() == 1


def test_all_failed_exit_2(board, tmp_path):
    bad = tmp_path / "a.docx"
    bad.write_bytes(b"plain text pretending")
    code, out = run(str(bad), "--board", "sscb")
    assert code == 2 and "refused" in out


@pytest.mark.parametrize(
    "args, message",
    [
        (["x.txt", "--board", "nope"], "no board with slug 'nope'"),
        (["/no/such/file.txt", "--board", "sscb"], "no such file or folder"),
        (["{sample}", "--board", "sscb", "--cycle", "last year"], "not a board year"),
        (["--board", "sscb"], "Error:"),
    ],
)
def test_bad_arguments_exit_2(board, args, message):
    code, out = run(*[a.format(sample=SAMPLE) for a in args])
    assert code == 2 and message in out


def test_cycle_option_sets_the_year(board, fast_extract):
    code, _ = run(str(SAMPLE), "--board", "sscb", "--cycle", "2019/20")
    assert code == 0
    assert StoredPaper.objects.get().cycle.label == "2019/20"


def test_summary_table_and_gather(tmp_path):
    from importlib import import_module

    cmd = import_module("boardwork.papers.management.commands.import")
    (tmp_path / "b.TXT").write_text("x")
    (tmp_path / "a.docx").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    files, missing = cmd.gather([str(tmp_path), str(tmp_path / "a.docx"), "nope"])
    assert [f.name for f in files] == ["a.docx", "b.TXT"] and missing == ["nope"]
    table = cmd.summary_table([services.ImportResult("a.txt", "refused", reason="the file is empty")])
    assert table.splitlines()[2].split() == ["a.txt", "refused", "the", "file", "is", "empty"]


def test_summary_off_a_terminal_is_counts_then_what_needs_attention(board, tmp_path, fast_extract):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    (folder / "notes.md").write_text("# Notes\n\nA short note.\n")
    (folder / "broken.pdf").write_bytes(b"not a pdf at all")
    code, out = run(str(folder), "--board", "sscb")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("2 imported, 0 already imported, 1 refused in ")
    assert "43 activities" in lines[1] and "29 commitments" in lines[1]
    attention = lines[lines.index("needs attention:") + 1 :]
    flagged = {line.split(":")[0].strip().rsplit("/", 1)[-1] for line in attention if line.startswith("  ")}
    # The refused file and the one where nothing was recognised; the sample imported cleanly.
    assert flagged == {"broken.pdf", "notes.md"}
    assert "file  status" not in out and "note:" not in out
    assert len(lines) < 10


def test_paper_already_recorded_from_an_earlier_one_says_so(board, tmp_path, monkeypatch):
    from boardwork.papers import untrusted

    real = untrusted.read
    monkeypatch.setattr(
        untrusted, "read", lambda data, filename=None, *, extract=None: (real(data, filename)[0], GOLD)
    )
    copy = tmp_path / "copy.txt"
    # The same records under another title: not the same paper, but nothing new in it.
    copy.write_text(SAMPLE.read_text(encoding="utf-8").replace("End of Year", "Year End Summary", 1))
    assert run(str(SAMPLE), "--board", "sscb")[0] == 0
    n = Activity.objects.count()
    res = services.import_paper(copy.read_bytes(), "copy.txt", board)
    assert res.status == services.IMPORTED and Activity.objects.count() == n
    from boardwork.plans.models import Commitment

    planned = Commitment.objects.count()
    label = Commitment.objects.first().theme.cycle.label
    # Every activity and plan item of the first paper, counted from the records themselves.
    assert (
        f"{n} activities already recorded (from {SAMPLE.name}); "
        f"{planned} work-plan items already in the {label} plan"
    ) in res.warnings
    assert res.already_recorded == n + planned
    assert services.NOTHING_RECOGNISED not in res.warnings


def test_progress_line_has_rate_and_time_left():
    from importlib import import_module

    cmd = import_module("boardwork.papers.management.commands.import")
    now = [100.0]
    bar = cmd.Progress(500, io.StringIO(), clock=lambda: now[0])
    now[0] += 10.0
    line = bar.line(50, "a.pdf")
    # 50 papers in 10 s: 5 per second, 450 left: 90 s.
    assert "50/500" in line and "5.0 papers/s" in line and "ETA 1:30" in line and "a.pdf" in line
    assert not bar.on  # a StringIO is not a terminal: nothing is drawn
