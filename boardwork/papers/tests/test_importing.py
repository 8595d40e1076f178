"""Importing many files at once (`papers.services.batch`) and the organisations' list it extracts with
(`papers.orgmatch`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from boardwork.activities.models import Activity, Organisation, match_key
from boardwork.boards.models import Board
from boardwork.papers import orgmatch, services, untrusted
from boardwork.papers.extract import orgindex
from boardwork.papers.services import batch

ORG = "Northvale Water Safety Forum"


def _extraction(text: str, orgs: list[str]) -> dict:
    return {
        "schema": "boardwork.extraction/1",
        "cycle": "2020/21",
        "themes": [],
        "activities": [{"paragraph": "1", "text": text, "kinds": ["meeting"], "organisations": orgs}],
        "plan": None,
    }


def _paper(tmp_path: Path, name: str, title: str, para: str) -> Path:
    path = tmp_path / name
    path.write_text(f"{title}\n\nEnd of year report 2020/21\n\n1. {para}\n", encoding="utf-8")
    return path


@pytest.fixture
def board(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return Board.objects.create(name="Safer Communities Board", slug="scb")


def _recorded_names(recorded: dict | None, text: str) -> list[str]:
    """The recorded organisations an extraction given `recorded` may add for a paper saying `text`."""
    if recorded is None:
        return []
    return [e["name"] for e in orgindex.lookup(recorded["path"], recorded["upto"], orgindex.words_of([text]))]


def test_organisations_file_is_reused_until_an_organisation_changes(db, monkeypatch):
    written: list[int] = []
    append = orgindex.append
    monkeypatch.setattr(
        orgindex, "append", lambda path, items: written.append(len(items)) or append(path, items)
    )
    # Nothing cached from other tests: the first call writes the file.
    monkeypatch.setattr(orgmatch, "_recorded", orgmatch._Kept())
    Organisation.objects.create(name="Eastbridge Food Bank")
    before = Organisation.objects.count()
    first = orgmatch.recorded()
    assert orgmatch.recorded() is first  # nothing changed: the same file, not written again
    org = Organisation.objects.create(name=ORG)
    second = orgmatch.recorded()
    assert second is not first and _recorded_names(second, f"the {ORG} met") == [ORG]
    assert orgmatch.recorded() is second
    # Only an addition: the file of the list as it was is appended to, with the new body alone.
    assert written == [before, 1]
    sig = orgmatch.signature()
    org.acronym = "NWSF"
    org.save(update_fields=["acronym", "match_keys"])  # as an import learns an acronym: no edit version
    assert orgmatch.signature() != sig
    assert orgmatch.recorded_since(sig) is None  # an edit, not only additions
    third = orgmatch.recorded()
    assert third["path"] != second["path"] and written[-1] == before + 1  # written afresh
    assert _recorded_names(third, "NWSF wrote") == [ORG]
    assert _recorded_names(second, "NWSF wrote") == []  # the old file stays as it was
    sig = orgmatch.signature()
    Organisation.objects.create(name="Southmoor Youth Trust")
    assert [o.name for o in orgmatch.recorded_since(sig)] == ["Southmoor Youth Trust"]


def test_files_are_written_in_order_and_a_paper_naming_a_body_recorded_meanwhile_is_extracted_again(
    board, tmp_path, monkeypatch
):
    files = [
        _paper(tmp_path, "a.txt", "Quarter one", f"The board met the {ORG} in May 2020."),
        _paper(tmp_path, "b.txt", "Quarter two", f"Members visited the {ORG} in June 2020."),
        _paper(tmp_path, "c.txt", "Quarter three", "Members wrote to the Home Office in July 2020."),
    ]
    (tmp_path / "d.pdf").write_bytes(b"not a pdf at all")
    files.append(tmp_path / "d.pdf")
    real_read = untrusted.read
    recorded: dict[str, object] = {}

    def read(data, filename=None, *, extract=None):
        doc, _ = real_read(data, filename)
        recorded[filename] = extract["recorded"] if extract else None
        # The worker's extraction: the body is named only where it was known, as the extractor does.
        known = extract and ORG in _recorded_names(extract["recorded"], doc.text())
        orgs = [ORG] if filename == "a.txt" or known else []
        return doc, _extraction(doc.blocks[-1].text, orgs)

    again: list[str] = []

    def extract(structure, **args):
        text = structure["blocks"][-1]["text"]
        again.append(text)
        assert _recorded_names(args["recorded"], text) == [ORG]  # with the list as it is now
        return _extraction(text, [ORG] if ORG in text else [])

    monkeypatch.setattr(untrusted, "read", read)
    monkeypatch.setattr(untrusted, "extract", extract)
    seen: list[int] = []
    results = batch.import_files(files, board, workers=2, on_result=lambda i, r: seen.append(i))
    assert seen == [0, 1, 2, 3]
    assert [(r.filename, r.status) for r in results] == [
        ("a.txt", services.IMPORTED),
        ("b.txt", services.IMPORTED),
        ("c.txt", services.IMPORTED),
        ("d.pdf", services.REFUSED),
    ]
    assert "not a PDF" in results[3].reason
    # b.txt was read before a.txt's records were written; it names the body a.txt recorded, so it
    # was extracted again; c.txt does not, so its first extraction stood.
    assert all(g is None for g in recorded.values())
    assert len(again) == 1 and "June 2020" in again[0]
    forum = Organisation.objects.get(name=ORG)
    assert Activity.objects.filter(organisations=forum).count() == 2


def test_one_worker_and_two_record_the_same(board, tmp_path, monkeypatch, settings):
    files = [
        _paper(tmp_path, f"{k}.txt", f"Update {k}", f"The board met partner {k} in May 2020.")
        for k in range(4)
    ]
    real_read = untrusted.read
    monkeypatch.setattr(
        untrusted,
        "read",
        lambda data, filename=None, *, extract=None: (
            real_read(data, filename)[0],
            _extraction(real_read(data, filename)[0].blocks[-1].text, []),
        ),
    )
    one = batch.import_files(files, board, workers=1)
    other = Board.objects.create(name="Other Board", slug="other")
    two = batch.import_files(files, other, workers=2)
    assert [(r.filename, r.status, r.activities) for r in one] == [
        (r.filename, r.status, r.activities) for r in two
    ]
    texts = [sorted(Activity.objects.filter(board=b).values_list("text", flat=True)) for b in (board, other)]
    assert texts[0] == texts[1] and len(texts[0]) == 4


def test_a_body_recorded_between_two_papers_is_recognised_in_the_second_without_rewriting_the_list(
    board, monkeypatch
):
    written: list[int] = []
    append = orgindex.append
    monkeypatch.setattr(
        orgindex, "append", lambda path, items: written.append(len(items)) or append(path, items)
    )
    Organisation.objects.create(name="Eastbridge Food Bank")
    data = b"Quarter one\n\nEnd of year report 2020/21\n\n1. The board met the NVWSF in May 2020.\n"

    def organisations() -> list[str]:
        extraction = untrusted.read(data, "q1.txt", extract=services.extract_args(board))[1]
        return [o["name"] for o in extraction["organisations"]]

    assert ORG not in organisations()
    Organisation.objects.create(name=ORG, acronym="NVWSF")
    assert ORG in organisations()  # read in the sandbox, with the list as it is now
    writes = len(written)
    assert ORG in organisations() and ORG in organisations()
    assert len(written) == writes  # no organisation changed: the list is not written again per paper


def test_organisation_keys_are_kept_until_the_organisations_change_and_the_first_by_name_wins(db):
    keys_now = orgmatch.organisation_keys
    east = Organisation.objects.create(name="Eastbridge Food Bank", acronym="EFB")
    keys = keys_now()
    assert keys_now() is keys  # nothing changed: the same maps
    west = Organisation.objects.create(name="Westcombe Food Bank", aliases=["Westcombe Larder"])
    by_acronym, by_key = keys_now()
    assert by_key[match_key("Westcombe Larder")] == west.pk and by_acronym["EFB"] == east.pk
    # Another body written "EFB", later by name: the acronym stays with the first by name.
    zennor = Organisation.objects.create(name="Zennor Food Bank", acronym="EFB")
    by_acronym, by_key = keys_now()
    assert by_acronym["EFB"] == east.pk and by_key[match_key("Zennor Food Bank")] == zennor.pk
    abbey = Organisation.objects.create(name="Abbey Food Bank", acronym="EFB")
    assert keys_now()[0]["EFB"] == abbey.pk


def test_an_import_extracts_with_the_trained_activity_model(board):
    # The rules and the shipped activity model, its additions gated to papers the rules read little
    # of (ADR 0013, 2026-12-04, the gate); `extract(paper)` alone stays the rules (bench figures).
    from boardwork.papers.extract import extract

    args = services.extract_args(board)
    assert args is not None and args["trained_model"] is True
    data = (
        b"Quarter one\n\nEnd of year report 2020/21\n\n1. In May 2020 we held a workshop for councillors.\n"
    )
    doc, extraction = untrusted.read(data, "q1.txt", extract=args)
    assert extraction == extract(doc, **args)


def test_organisations_folders_of_processes_killed_outright_are_removed_by_the_next(tmp_path):
    # A worker killed outright (SIGKILL) cannot run its exit hook: its folder is left behind until
    # the next process making its own removes it. Live processes' folders and others' are kept.
    import os
    import subprocess
    import sys

    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    dead_pid = int(gone.stdout)
    for name in (
        f"boardwork-orgs-{dead_pid}-a1",
        f"boardwork-orgs-{os.getpid()}-b2",
        "boardwork-orgs-c3",
        "other",
    ):
        (tmp_path / name).mkdir()
        (tmp_path / name / "organisations-1.sqlite3").write_bytes(b"x")
    orgmatch._remove_orphans(str(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [f"boardwork-orgs-{os.getpid()}-b2", "boardwork-orgs-c3", "other"]
    )
