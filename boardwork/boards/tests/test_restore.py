"""`boardwork backup` / `restore`: the restore drill, board archives and hostile archives."""

from __future__ import annotations

import datetime
import hashlib
import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from boardwork.activities.models import Activity, Organisation
from boardwork.boards import backup
from boardwork.boards.backup import BackupError, canonical_dump, restore_archive
from boardwork.boards.models import ApiToken, Board, Change
from boardwork.papers import drafts, services
from boardwork.papers.models import Approval, PaperVersion, SignoffChain, StoredPaper
from boardwork.plans.models import Feedback

pytestmark = pytest.mark.django_db

CORPUS = Path(__file__).resolve().parents[3] / "tests" / "data" / "corpus"
SAMPLE = CORPUS / "lga-sscb-end-of-year-2020-21.txt"
PASSWORD = "correct-horse-battery"  # the personas' password (conftest.py)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def installation(media, board, cycles, officer, member, outsider, admin_user):
    """A small but complete installation: an imported paper (with its file), accepted and
    to-review records, feedback, an API token, two boards sharing an organisation."""
    res = services.import_paper(SAMPLE.read_bytes(), SAMPLE.name, board, user=officer)
    assert res.status == "imported", res.reason
    activities = list(Activity.objects.filter(board=board).order_by("pk"))
    for a in activities[:5]:
        services.accept(a, user=officer)
    services.reject(activities[5], user=officer)
    # Times within the first millisecond of a second: a backup that rounds them to milliseconds
    # brings them back changed.
    first_ms = datetime.datetime(2021, 3, 12, 9, 30, 0, 500, tzinfo=datetime.UTC)
    Activity.objects.filter(pk=activities[6].pk).update(created=first_ms, updated=first_ms)
    Change.objects.filter(pk=Change.objects.order_by("pk")[0].pk).update(at=first_ms)
    Feedback.objects.create(cycle=cycles[0], person=member.person, author=member, text="More on VAWG")
    _, key = ApiToken.issue(officer, "reporting script")
    # a draft in sign-off: two versions (saved, then a block edited), a step returned, the chain
    SignoffChain.objects.create(board=board, roles=["officer", "chair"])
    draft = drafts.save_draft(board, StoredPaper.Kind.END_OF_YEAR, cycles[0], officer)
    drafts.edit_block(draft, drafts.latest(draft).keys[-1], "Edited by the officer.", officer, draft.version)
    Approval.objects.create(
        paper=draft,
        round=1,
        step=0,
        role="officer",
        decision="returned",
        comment="Shorter",
        version=2,
        user=member,
    )
    return {"key": key, "paper": res.paper, "draft": draft}


# What each persona sees: pages and API answers (status and body).
VIEWS = [
    "/boards/sscb/",
    "/boards/sscb/activities/",
    "/boards/sscb/feedback/",
    "/boards/ctsb/",
    "/api/boards",
    "/api/boards/sscb/activities?page_size=200",
    "/api/boards/sscb/themes",
    "/api/boards/sscb/commitments",
]


def _seen(client, username) -> dict[str, tuple[int, str]]:
    client.logout()
    assert client.login(username=username, password=PASSWORD), f"{username} cannot sign in"
    out = {}
    for url in VIEWS:
        r = client.get(url)
        body = r.content.decode()
        if r.headers.get("Content-Type", "").startswith("text/html"):
            # the CSRF token differs per session; everything else must be identical
            import re

            body = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", body)
            body = re.sub(r"csrfToken[^;]*;", "", body)
        out[url] = (r.status_code, body)
    client.logout()
    return out


SEARCHES = ["Home Office", "community", "VAWG", "lobbied"]


def _hits(username) -> dict[str, list]:
    """What each search finds for `username`: every hit (kind, heading, snippet: no database ids)
    with its score. Hits of equal score come in index order, which a rebuilt index need not keep."""
    from django.contrib.auth import get_user_model

    from boardwork.search.scope import scope_for
    from boardwork.search.services import search

    scope = scope_for(get_user_model().objects.get(username=username))
    out = {}
    for q in SEARCHES:
        r = search(scope, q, per_page=500)
        assert len(r.hits) == r.total
        out[q] = sorted((round(h.score, 6), h.doc.kind, str(h.heading), str(h.snippet)) for h in r.hits)
    return out


def _token_sees(client, key) -> tuple[int, str]:
    r = client.get("/api/boards/sscb/activities?page_size=200", HTTP_AUTHORIZATION=f"Bearer {key}")
    return r.status_code, r.content.decode()


def _without_restore_entries(dump: str, before: str) -> list:
    """The dump's records, less the "restored" history entries the restore itself added."""
    old = json.loads(before)
    return [
        r
        for r in json.loads(dump)
        if not (r["model"] == "boards.change" and r["fields"]["action"] == "restored" and r not in old)
    ]


def test_restore_drill_back_up_wipe_restore_and_everyone_sees_the_same(client, installation, media):
    people = ["officer", "member", "outsider", "root"]
    seen = {u: _seen(client, u) for u in people}
    hits = {u: _hits(u) for u in people}
    assert hits["officer"]["Home Office"] and hits["member"]["VAWG"]
    token_before = _token_sees(client, installation["key"])
    assert token_before[0] == 200
    assert seen["member"]["/boards/sscb/"][0] == 200 and seen["outsider"]["/boards/sscb/"][0] == 404
    before = canonical_dump()
    data = backup.archive_bytes()
    file_bytes = {
        p.relative_to(media).as_posix(): p.read_bytes() for p in Path(media).rglob("*") if p.is_file()
    }
    assert file_bytes

    # wipe: every record and account, and the stored files
    backup._wipe()
    shutil.rmtree(media)
    from boardwork.search.models import SearchDoc
    from boardwork.search.services import reindex

    SearchDoc.objects.all().delete()
    reindex()  # an empty installation has an empty index
    assert not SearchDoc.objects.exists()
    assert not Board.objects.exists() and not Change.objects.exists()
    assert not client.login(username="officer", password=PASSWORD)

    result = restore_archive(io.BytesIO(data), archive_name="drill.zip")
    assert result["scope"] == "installation" and result["files"] == len(file_bytes)
    after = canonical_dump()
    assert _without_restore_entries(after, before) == json.loads(before)
    assert Change.objects.filter(action="restored").count() == Board.objects.count() == 2
    assert {
        p.relative_to(media).as_posix(): p.read_bytes() for p in Path(media).rglob("*") if p.is_file()
    } == (file_bytes)
    # the app works for every persona exactly as before, and the token still opens the API
    assert _token_sees(client, installation["key"]) == token_before
    for u in people:
        now = _seen(client, u)
        assert now == seen[u], u
        assert _hits(u) == hits[u], u
    # the draft's versions, sign-off step and the board's chain are back as they were
    draft = StoredPaper.objects.get(uid=installation["draft"].uid)
    assert [v.number for v in draft.versions.order_by("number")] == [1, 2]
    assert draft.approvals.get().comment == "Shorter" and draft.approvals.get().user.username == "member"
    assert SignoffChain.objects.get().roles == ["officer", "chair"]
    paper = StoredPaper.objects.get(uid=installation["paper"].uid)
    assert paper.file.read() == SAMPLE.read_bytes()


def test_an_installation_goes_only_into_an_empty_one_unless_replaced(installation, tmp_path):
    out = tmp_path / "all.zip"
    call_command("backup", output=str(out), stdout=io.StringIO())
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(out), stdout=io.StringIO())
    Organisation.objects.create(name="Made after the backup")
    before_boards = Board.objects.count()
    call_command("restore", str(out), replace=True, stdout=io.StringIO())
    assert not Organisation.objects.filter(name="Made after the backup").exists()
    assert Board.objects.count() == before_boards


def test_a_board_archive_restores_the_board_but_never_overwrites_shared_records(
    installation, other_board, media
):
    board = Board.objects.get(slug="sscb")
    org = Organisation.objects.filter(activities__board=board).first()
    data = backup.archive_bytes(board=board)
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(data)).read("manifest.json"))
    assert manifest["scope"] == "board" and manifest["board"] == "sscb"
    assert {"auth.user", "boards.apitoken"}.isdisjoint({r["model"] for r in manifest["records"]})
    assert any(r["model"] == "boards.change" for r in manifest["records"])
    assert {"papers.paperversion", "papers.approval", "papers.signoffchain"} <= {
        r["model"] for r in manifest["records"]
    }
    # the draft and the chain are lost here, and come back with the board
    draft = installation["draft"]
    versions = list(draft.versions.order_by("number").values_list("number", "structure"))
    StoredPaper.objects.filter(pk=draft.pk).delete()
    SignoffChain.objects.all().delete()

    # later edits: the board is renamed, a shared organisation is renamed
    board.name = "Renamed later"
    board.save()
    org.name = "Renamed by another board's officer"
    org.save()
    result = restore_archive(io.BytesIO(data))
    board.refresh_from_db()
    org.refresh_from_db()
    assert board.name == "Safer and Stronger Communities Board"  # the board is restored
    assert org.name == "Renamed by another board's officer"  # shared: kept as it is here
    assert result["counts"]["kept"] > 0
    draft = StoredPaper.objects.get(uid=draft.uid)
    assert list(draft.versions.order_by("number").values_list("number", "structure")) == versions
    assert draft.approvals.get().user is None  # accounts are not in a board archive
    assert SignoffChain.objects.get(board=board).roles == ["officer", "chair"]
    history = Change.objects.filter(action="restored", object_uid=board.uid)
    assert history.count() == 1
    # its history is not doubled by a second restore
    n = Change.objects.exclude(action="restored").count()
    restore_archive(io.BytesIO(data))
    assert Change.objects.exclude(action="restored").count() == n
    assert PaperVersion.objects.count() == 2 and Approval.objects.count() == 1


def _crafted(records=None, files=None, extra=None, **manifest) -> io.BytesIO:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        m = {"format": backup.ARCHIVE_FORMAT, "scope": "board", "board": "x", "files": files or []}
        m.update(manifest)
        m["records"] = records if records is not None else []
        zf.writestr("manifest.json", json.dumps(m))
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    buf.seek(0)
    return buf


def _board_record(slug="x", name="X", uid="3f1c1f0e-2a8e-4c55-9a0e-4a1a1a1a1a1a", **fields):
    return {
        "model": "boards.board",
        "fields": {
            "uid": uid,
            "name": name,
            "slug": slug,
            "remit": "",
            "parent": None,
            "organisation": "LGA",
            "organisation_acronym": "",
            "house_style": {},
            "version": 1,
            **fields,
        },
    }


def test_a_crafted_board_archive_cannot_rename_another_board(board, other_board, media):
    # the file says it is board "x" but carries sscb's uid: restoring would rename sscb
    rec = _board_record(slug="x", uid=str(board.uid))
    with pytest.raises(BackupError, match="would be renamed"):
        restore_archive(_crafted([rec]))
    # it says it is "sscb" with another uid: a different board of that name is not taken over
    with pytest.raises(BackupError, match="different board"):
        restore_archive(_crafted([_board_record(slug="sscb")], board="sscb"))
    # it restores "x" but smuggles in a rename of ctsb: kept as it is
    sneaky = _board_record(slug="ctsb", name="Pwned", uid=str(other_board.uid))
    result = restore_archive(_crafted([_board_record(), sneaky]))
    other_board.refresh_from_db()
    assert other_board.name == "Culture, Tourism and Sport Board" and result["counts"]["kept"] == 1
    # or adds a cycle to ctsb: refused, nothing stored
    cycle = {
        "model": "boards.cycle",
        "fields": {
            "uid": "3f1c1f0e-2a8e-4c55-9a0e-4a1a1a1a1a1c",
            "board": [str(other_board.uid)],
            "label": "2030/31",
            "start": "2030-09-01",
            "end": "2031-08-31",
            "version": 1,
        },
    }
    with pytest.raises(BackupError, match="another board"):
        restore_archive(_crafted([_board_record(), cycle]))
    assert not other_board.cycles.exists()


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"name": "Bad\x00name"}, r"record 1 \(boards.board .*\): field.name contains a NUL character"),
        ({"remit": "ok", "house_style": {"a": "b\x00"}}, "NUL character"),
        ({"name": "x" * 201}, r"record 1 \(boards.board .*\): name: .*at most 200 characters"),
        ({"version": 2**40}, r"version: .*(out of range|less than or equal)"),
        ({"name": "\ud800"}, "not valid text"),
    ],
)
def test_values_postgresql_would_refuse_are_refused_on_every_database(board, media, fields, message):
    with pytest.raises(BackupError, match=message):
        restore_archive(_crafted([_board_record(**fields)]))
    assert Board.objects.count() == 1


def test_hostile_archives_are_refused_with_one_line(board, media, tmp_path):
    good = b"a paper"
    sha = hashlib.sha256(good).hexdigest()
    cases = [
        (io.BytesIO(b"not a zip"), "not a Boardwork archive"),
        (_crafted(format="other/1"), "not a Boardwork archive"),
        (_crafted(scope="everything"), "scope"),
        (_crafted(files=[{"name": "../etc/passwd", "size": 7, "sha256": sha}]), "unsafe"),
        (_crafted(files=[{"name": "papers/x/a.txt", "size": 7, "sha256": sha}]), "not in the archive"),
        (
            _crafted(
                files=[{"name": "papers/x/a.txt", "size": 7, "sha256": "0" * 64}],
                extra={"files/papers/x/a.txt": good},
            ),
            "sha256",
        ),
        (_crafted([{"model": "auth.user", "fields": {"username": "evil"}}]), "unknown or missing model"),
    ]
    for archive, message in cases:
        with pytest.raises(BackupError, match=message):
            restore_archive(archive)
    assert Board.objects.count() == 1 and not list(Path(media).rglob("*.txt"))
    # the command says it in one line, exit status 2
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(CommandError) as e:
        call_command("restore", str(bad))
    assert e.value.returncode == 2 and "\n" not in str(e.value)


def test_export_and_load_are_the_board_scope_of_the_same_code(installation, capsys):
    call_command("export", board="sscb")
    data = json.loads(capsys.readouterr().out)
    board = Board.objects.get(slug="sscb")
    assert data["records"] == backup.board_records(board)
    n = Change.objects.count()
    call_command("load", _write_tmp(data), stdout=io.StringIO())
    assert Change.objects.filter(action="loaded", object_uid=board.uid).count() == 1
    assert Change.objects.count() == n + 1


def _write_tmp(data) -> str:
    import tempfile

    fh = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
    json.dump(data, fh)
    fh.close()
    return fh.name
