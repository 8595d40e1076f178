"""`boardwork report` and services.render_report: formats, files, exit codes."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from boardwork.activities.models import Activity
from boardwork.boards.models import Board, Cycle
from boardwork.papers import services
from boardwork.papers.readers import read_bytes
from boardwork.plans.models import Commitment, ProgressUpdate, Theme


@pytest.fixture
def board(db):
    board = Board.objects.create(name="Safer and Stronger Communities Board", slug="sscb")
    y1 = Cycle.objects.create(
        board=board, label="2020/21", start=dt.date(2020, 9, 1), end=dt.date(2021, 8, 31)
    )
    t = Theme.objects.create(cycle=y1, title="Community safety")
    a = Activity.objects.create(board=board, cycle=y1, text="We held six webinars on domestic abuse.")
    a.themes.add(t)
    c = Commitment.objects.create(theme=t, title="Host webinars")
    ProgressUpdate.objects.create(commitment=c, quarter=2, rag="amber", commentary="Two held")
    return board


def run(*args) -> tuple[int, str]:
    err = io.StringIO()
    try:
        call_command("report", *args, stdout=io.StringIO(), stderr=err)
    except CommandError as e:
        return e.returncode, str(e)
    return 0, err.getvalue()


def test_markdown_and_docx_files(board, tmp_path):
    md = tmp_path / "eoy.md"
    code, msg = run("end-of-year", "--board", "sscb", "--cycle", "2020/21", "-o", str(md))
    assert code == 0 and "wrote" in msg
    text = md.read_text(encoding="utf-8")
    assert "Community safety" in text and "We held six webinars on domestic abuse." in text
    out = tmp_path / "perf.docx"
    code, _ = run(
        "performance",
        "--board",
        "sscb",
        "--cycle",
        "2020-21",
        "--quarter",
        "Q2",
        "--format",
        "docx",
        "-o",
        str(out),
    )
    assert code == 0
    back = read_bytes(out.read_bytes(), "perf.docx")
    cells = [c for b in back.blocks if b.type == "table" for r in b.rows for c in r]
    # The commentary's first line; the change since last quarter and the year's trend follow it.
    assert "Amber" in cells and any(c.split("\n")[0] == "Two held" for c in cells)


def test_render_report_names_and_sources(board):
    data, name, media = services.render_report(board, "work-plan", "2020/21", "html", with_sources=True)
    assert name == "sscb-work-plan-2020-21.html" and media.startswith("text/html")
    assert b"Host webinars" in data
    data, name, _ = services.render_report(board, "performance", "2020/21", "md", quarter=2)
    assert name == "sscb-performance-2020-21-q2.md"


@pytest.mark.parametrize(
    "args, message",
    [
        (["end-of-year", "--board", "nope", "--cycle", "2020/21", "-o", "x.md"], "no board"),
        (["end-of-year", "--board", "sscb", "--cycle", "1999/00", "-o", "x.md"], "no cycle '1999/00'"),
        (["end-of-year", "--board", "sscb", "--cycle", "2020/21", "-o", "x.odt"], "give --format"),
        (["performance", "--board", "sscb", "--cycle", "2020/21", "--quarter", "Q5", "-o", "x.md"], "Q1, Q2"),
        (["work-plan", "--board", "sscb", "--cycle", "2020/21", "--quarter", "Q1", "-o", "x.md"], "only for"),
        (["annual", "--board", "sscb", "--cycle", "2020/21", "-o", "x.md"], "invalid choice"),
        (["end-of-year", "--board", "sscb", "--cycle", "2020/21"], "-o/--output"),
    ],
)
def test_bad_arguments_exit_2(board, args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, msg = run(*args)
    assert code == 2 and message in msg
    assert not (tmp_path / "x.md").exists()


def test_report_errors():
    with pytest.raises(services.ReportError):
        services.compose_report(Board(name="x"), "annual", "2020/21")
