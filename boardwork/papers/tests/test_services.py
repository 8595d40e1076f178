"""import_paper and the review helpers: idempotent, atomic, refusals, lineage, plan → commitments."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from django.db import IntegrityError

from boardwork.activities.models import Activity, Organisation, Policy
from boardwork.boards.models import Board, Change, Cycle, StaleEdit
from boardwork.lib.names import split_honorific
from boardwork.papers import services
from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.models import StoredPaper
from boardwork.plans.models import Commitment, Review, Theme

CORPUS = Path(__file__).resolve().parents[3] / "tests" / "data" / "corpus"
SAMPLE = CORPUS / "lga-sscb-end-of-year-2020-21.txt"
GOLD = CORPUS / "lga-sscb-end-of-year-2020-21.extraction.json"


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def board(db):
    return Board.objects.create(name="Safer and Stronger Communities Board", slug="sscb")


@pytest.fixture
def gold():
    return json.loads(GOLD.read_text(encoding="utf-8"))


def counts():
    return (
        StoredPaper.objects.count(),
        Theme.objects.count(),
        Activity.objects.count(),
        Commitment.objects.count(),
        Organisation.objects.count(),
        Policy.objects.count(),
        Cycle.objects.count(),
    )


def stored_files(media) -> list[Path]:
    return [p for p in Path(media).rglob("*") if p.is_file()] if Path(media).exists() else []


def test_import_sample_with_gold_extraction(board, media, gold, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        res = services.import_paper(SAMPLE.read_bytes(), SAMPLE.name, board, extraction=gold)
    assert res.status == "imported", res.reason
    paper = res.paper
    assert paper.kind == StoredPaper.Kind.END_OF_YEAR and paper.origin == StoredPaper.Origin.IMPORTED
    assert paper.cycle.label == "2020/21"
    assert paper.cycle.start == dt.date(2020, 9, 1) and paper.cycle.end == dt.date(2021, 8, 31)
    assert paper.structure["blocks"][0]["text"] == "Purpose of report"
    assert Path(paper.file.path).read_bytes() == SAMPLE.read_bytes()
    # Themes in the paper's order; every theme paragraph is an activity to review (para 20 too,
    # without kinds: it is context the extractor did not take as an activity).
    assert [t.title for t in paper.cycle.themes.order_by("order")][:2] == [
        "Prevent, counter extremism and cohesion",
        "Community safety",
    ]
    acts = Activity.objects.filter(source_paper=paper)
    assert acts.count() == 43
    assert set(acts.values_list("review", flat=True)) == {Review.TO_REVIEW}
    a11 = acts.get(source_paragraph="11")
    assert a11.kind_list == ["consultation_response"] and a11.date_iso == "2020-12"
    assert paper.structure["blocks"][a11.source_block]["number"] == "11"
    assert [t.title for t in a11.themes.all()] == ["Prevent, counter extremism and cohesion"]
    assert acts.get(source_paragraph="20").kinds == ""
    assert "Law Commission" in {o.name for o in a11.organisations.all()}
    assert Organisation.objects.get(name="National Fire Chiefs Council").acronym == "NFCC"
    a44 = acts.get(source_paragraph="44")
    assert [(p.honorific, p.name) for p in a44.people.all()] == [("Lord", "Porter")]
    # The plan: next cycle, its themes continuing this year's, commitments with table references.
    nxt = Cycle.objects.get(board=board, label="2021/22")
    assert nxt.start == dt.date(2021, 9, 1)
    cs = Commitment.objects.filter(theme__cycle=nxt)
    assert cs.count() == 29 and set(cs.values_list("review", flat=True)) == {Review.TO_REVIEW}
    delayed = cs.get(title__startswith="Take forward work delayed")
    assert delayed.delay_reason == "Delayed from 2020/2021"
    assert delayed.source_ref == "table 1 row 2 line 5"
    prevent = Theme.objects.get(cycle=nxt, title="Prevent, counter-extremism and cohesion")
    assert prevent.continues.title == "Prevent, counter extremism and cohesion"
    crem = Theme.objects.get(cycle=nxt, title="Crematoria, coroners and registrars")
    assert crem.continues.title == "Crematoria, coroners and medical examiners"
    assert Change.objects.filter(action="imported", object_uid=paper.uid).count() == 1


def test_same_file_twice_is_already_imported(board, media, gold):
    first = services.import_paper(SAMPLE.read_bytes(), SAMPLE.name, board, extraction=gold)
    assert first.status == "imported"
    before, files = counts(), stored_files(media)
    again = services.import_paper(SAMPLE.read_bytes(), "renamed.txt", board, extraction=gold)
    assert again.status == "already imported" and again.ok and again.paper == first.paper
    assert counts() == before and stored_files(media) == files


def test_failure_mid_write_leaves_nothing(board, media, gold, monkeypatch):
    def boom(*args, **kwargs):
        raise IntegrityError("simulated failure while linking policies")

    monkeypatch.setattr(services.import_write, "link_activities", boom)
    before = counts()
    res = services.import_paper(SAMPLE.read_bytes(), SAMPLE.name, board, extraction=gold)
    assert res.status == "refused"
    assert "could not store the activities" in res.reason
    assert counts() == before
    assert stored_files(media) == []


def test_failure_of_a_save_in_the_middle_leaves_nothing(board, media, gold, monkeypatch):
    real = Policy.save

    def flaky(self, *args, **kwargs):
        if self.title.startswith("Independent review of Prevent"):
            raise RuntimeError("disk on fire")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Policy, "save", flaky)
    with pytest.raises(RuntimeError):
        services.import_paper(SAMPLE.read_bytes(), SAMPLE.name, board, extraction=gold)
    assert counts() == (0, 0, 0, 0, 0, 0, 0)
    assert stored_files(media) == []


def test_unreadable_file_is_refused_with_the_reader_message(board, media):
    res = services.import_paper(b"\x00\x01\x02binary\xff\xfe" * 50, "x.bin", board)
    assert res.status == "refused" and not res.ok
    assert "not a document Boardwork can read" in res.reason
    res = services.import_paper(b"hello", "paper.pdf", board)
    assert res.status == "refused" and "not a PDF" in res.reason
    assert counts() == (0, 0, 0, 0, 0, 0, 0)


def test_paper_without_structure_imports_theme_less(board, media):
    text = b"Some notes from a meeting.\n\nNothing here is numbered or headed.\n"
    res = services.import_paper(text, "notes.txt", board)  # the real extractor: it finds nothing
    assert res.status == "imported"
    assert res.paper.cycle is None and res.paper.kind == StoredPaper.Kind.OTHER
    assert (res.themes, res.activities, res.commitments) == (0, 0, 0)
    assert any("stored to review" in w for w in res.warnings)


def test_given_cycle_overrides_and_themes_link_to_existing(board, media, gold):
    cycle = Cycle.objects.create(
        board=board, label="2020/21", start=dt.date(2020, 9, 1), end=dt.date(2021, 7, 31)
    )
    existing = Theme.objects.create(cycle=cycle, title="Community Safety", order=0)
    res = services.import_paper(SAMPLE.read_bytes(), SAMPLE.name, board, cycle="2020-21", extraction=gold)
    assert res.paper.cycle == cycle
    assert Theme.objects.filter(cycle=cycle, title__iexact="community safety").count() == 1
    assert Activity.objects.filter(themes=existing).count() == 12


def test_lineage_links_new_themes_to_previous_cycle(board, media, gold):
    prev = Cycle.objects.create(
        board=board, label="2019/20", start=dt.date(2019, 9, 1), end=dt.date(2020, 8, 31)
    )
    old_cs = Theme.objects.create(cycle=prev, title="Community safety", order=0)
    old_reg = Theme.objects.create(cycle=prev, title="Regulatory services and licensing", order=1)
    Theme.objects.create(cycle=prev, title="Fire", order=2)
    services.import_paper(SAMPLE.read_bytes(), SAMPLE.name, board, extraction=gold)
    cur = Cycle.objects.get(board=board, label="2020/21")
    assert Theme.objects.get(cycle=cur, title="Community safety").continues == old_cs
    assert Theme.objects.get(cycle=cur, title="Licensing and regulation").continues == old_reg
    assert Theme.objects.get(cycle=cur, title="Building safety").continues is None  # not "Community safety"


def test_plan_items_carry_forward_earlier_commitments(board, media, gold):
    cur = Cycle.objects.create(
        board=board, label="2020/21", start=dt.date(2020, 9, 1), end=dt.date(2021, 8, 31)
    )
    bs = Theme.objects.create(cycle=cur, title="Building safety")
    earlier = Commitment.objects.create(theme=bs, title="Continue to host the Joint Inspection Team")
    other = Commitment.objects.create(theme=bs, title="Publish a handbook on cladding")
    services.import_paper(SAMPLE.read_bytes(), SAMPLE.name, board, extraction=gold)
    nxt = Cycle.objects.get(label="2021/22")
    c = Commitment.objects.get(theme__cycle=nxt, title="Continue to host the Joint Inspection Team.")
    assert c.carried_from == earlier
    assert not Commitment.objects.filter(carried_from=other).exists()
    assert c.theme.continues == bs


def test_act_whose_bill_is_recorded_becomes_one_record(board, media, gold):
    bill = Policy.objects.create(title="Fire Safety Bill", kind=Policy.Kind.BILL)
    services.import_paper(SAMPLE.read_bytes(), SAMPLE.name, board, extraction=gold)
    bill.refresh_from_db()
    assert (
        bill.title == "Fire Safety Act"
        and bill.kind == Policy.Kind.ACT
        and "Fire Safety Bill" in bill.aliases
    )
    assert Policy.objects.filter(title__icontains="Fire Safety Act").count() == 1
    assert Activity.objects.get(source_paragraph="42").policies.get() == bill


def test_known_organisation_found_by_acronym(board, media, gold):
    nfcc = Organisation.objects.create(name="National Fire Chiefs Council", acronym="NFCC")
    services.import_paper(SAMPLE.read_bytes(), SAMPLE.name, board, extraction=gold)
    assert Organisation.objects.filter(name__icontains="Fire Chiefs").count() == 1
    assert Activity.objects.get(source_paragraph="28").organisations.filter(pk=nfcc.pk).exists()


def test_accept_reject_and_accept_all(board, media, gold, django_assert_max_num_queries):
    res = services.import_paper(SAMPLE.read_bytes(), SAMPLE.name, board, extraction=gold)
    a = Activity.objects.get(source_paragraph="5")
    services.reject(a)
    assert a.review == Review.REJECTED and a.version == 2
    assert Change.history(a).first().action == "rejected"
    # 12, plus 13 that keep the search index current in the same transaction (a constant number
    # per bulk write, with the linked organisations', policies' and people's names:
    # boardwork/search/services.sync_model), plus one per kind of record for the boards of their
    # history entries (boards.models.board_ids_of) -- never one per record.
    with django_assert_max_num_queries(27):
        n = services.accept_all(res.paper)
    assert n == 42 + 29
    assert Activity.objects.filter(review=Review.ACCEPTED).count() == 42
    assert Activity.objects.get(pk=a.pk).review == Review.REJECTED  # a rejection stands
    assert Change.objects.filter(action="accepted").count() == 71
    services.accept(a)
    assert Activity.objects.get(pk=a.pk).review == Review.ACCEPTED


def test_update_from_review_uses_save_edit(board, media, gold):
    services.import_paper(SAMPLE.read_bytes(), SAMPLE.name, board, extraction=gold)
    a = Activity.objects.get(source_paragraph="30")
    v = a.version
    services.update_from_review(a, None, v, {"date": "2021-03", "kinds": ["event"]}, accept=True)
    a.refresh_from_db()
    assert (a.date_iso, a.kinds, a.review) == ("2021-03", "event", Review.ACCEPTED)
    assert Change.history(a).first().changes["date"] == ["2020-03-01", "2021-03-01"]
    with pytest.raises(StaleEdit):
        services.update_from_review(a, None, v, {"text": "stale"})


def test_cycle_labels():
    assert services.parse_cycle_label("2020/21") == (2020, "2020/21")
    assert services.parse_cycle_label("2008-09") == (2008, "2008/09")
    assert services.parse_cycle_label("2020/2021") == (2020, "2020/21")
    assert services.parse_cycle_label("1999/00") == (1999, "1999/00")
    assert services.parse_cycle_label("2020/23") is None
    assert services.cycle_label_for(dt.date(2021, 7, 13)) == "2020/21"


def test_helpers():
    assert split_honorific("Cllr Nesil Caliskan") == ("Cllr", "Nesil Caliskan")
    assert split_honorific("Rt Hon Lord Porter") == ("Rt Hon Lord", "Porter")
    assert split_honorific("Lord") == ("", "Lord")
    assert (
        services.delay_reason("Work paused due to Covid-19 and staff shortages.")
        == "Paused due to Covid-19 and staff shortages"
    )
    assert services.delay_reason("Host webinars.") == ""
    assert services.guess_paper_kind("Minutes of the meeting") == StoredPaper.Kind.MINUTES
    assert services.guess_paper_kind("Q2 performance report") == StoredPaper.Kind.PERFORMANCE
    assert services.guess_paper_kind("Work plan 2021/22") == StoredPaper.Kind.WORK_PLAN
    assert services.very_similar("Community safety", "Building safety") == 0
    assert services.very_similar("Licensing and regulation", "Regulatory services and licensing") > 0


def _minute(title: str, *text: str) -> Paper:
    return Paper(
        meta=Meta(title=title),
        blocks=[Heading(title, level=1), Heading("Minutes"), *(Paragraph(text=t) for t in text)],
    )


def test_the_minute_of_an_item_naming_a_work_programme_is_minutes():
    # A meeting's published record of one item: the item's title, the "Minutes:" label, the minute.
    paper = _minute(
        "Scrutiny Work Programme 2021/22",
        "The Committee considered its work programme for the year and agreed two task and finish groups.",
    )
    assert services.guess_paper_kind(paper.meta.title, paper) == StoredPaper.Kind.MINUTES
    annual = _minute(
        "Community Safety Partnership Annual Report", "The Chair welcomed the partnership's manager."
    )
    assert services.guess_paper_kind(annual.meta.title, annual) == StoredPaper.Kind.MINUTES


def test_an_agenda_item_to_confirm_earlier_minutes_is_no_minute():
    # Guard: an agenda's item "Minutes" asks to confirm an earlier meeting's; the title decides.
    paper = _minute("Work programme 2021/22", "To confirm the minutes of the meeting held on 3 March 2021.")
    assert services.guess_paper_kind(paper.meta.title, paper) == StoredPaper.Kind.WORK_PLAN
    report = Paper(
        meta=Meta(title="Work programme 2021/22"), blocks=[Paragraph(text="The plan for the year.")]
    )
    assert services.guess_paper_kind(report.meta.title, report) == StoredPaper.Kind.WORK_PLAN


def test_an_imported_minute_of_a_work_programme_item_is_stored_as_minutes(board, media):
    text = (
        "Agenda item\n\nScrutiny Work Programme 2021/22\n\nMinutes:\n\n"
        "The Committee considered its work programme for 2021/22 and the topics members had suggested.\n\n"
        "RESOLVED that the work programme be agreed.\n"
    )
    res = services.import_paper(text.encode(), "scrutiny-minute.txt", board)
    assert res.paper.kind == StoredPaper.Kind.MINUTES


def test_stored_records_give_back_the_extraction(board, media, gold):
    res = services.import_paper(SAMPLE.read_bytes(), SAMPLE.name, board, extraction=gold)
    back = services.extraction_of(res.paper)
    assert back["cycle"] == "2020/21"
    assert [t["title"] for t in back["themes"]] == [t["title"] for t in gold["themes"]]
    assert [t["paragraphs"] for t in back["themes"]] == [t["paragraphs"] for t in gold["themes"]]

    def fields(a):
        return (
            sorted(a["kinds"]),
            a["date"],
            sorted(a["organisations"]),
            sorted(a["policies"]),
            sorted(a["people"]),
        )

    ours = {a["paragraph"]: fields(a) for a in back["activities"]}
    theirs = {a["paragraph"]: fields(a) for a in gold["activities"]}
    assert ours == theirs
    assert back["plan"]["cycle"] == "2021/22"
    assert [t["activities"] for t in back["plan"]["themes"]] == [
        t["activities"] for t in gold["plan"]["themes"]
    ]
    services.reject(Activity.objects.get(source_paragraph="11"))
    assert "11" not in {a["paragraph"] for a in services.extraction_of(res.paper)["activities"]}


def test_same_paper_in_another_format_is_already_imported(board, media, gold):
    assert (
        services.import_paper(SAMPLE.read_bytes(), SAMPLE.name, board, extraction=gold).status == "imported"
    )
    before = counts()
    docx = CORPUS / "lga-sscb-end-of-year-2020-21.lga.docx"
    res = services.import_paper(docx.read_bytes(), docx.name, board, extraction=gold)
    assert res.status == "already imported" and SAMPLE.name in res.reason
    assert counts() == before
    other = Board.objects.create(name="Another Board", slug="other")
    assert services.import_paper(docx.read_bytes(), docx.name, other, extraction=gold).status == "imported"


def test_repeated_paragraphs_and_plan_items_are_not_recorded_twice(board, media, gold):
    services.import_paper(SAMPLE.read_bytes(), SAMPLE.name, board, extraction=gold)
    before = counts()
    # Another paper (a different file) repeating paragraph 11 and one plan item.
    para = next(a for a in gold["activities"] if a["paragraph"] == "11")
    text = (
        "Update on the work plan\n\nCommunity safety\n\n1. "
        + para["text"]
        + "\n\n2. We ran a new webinar on fraud.\n"
    )
    repeat = {
        "schema": "boardwork.extraction/1",
        "cycle": "2020/21",
        "themes": [{"title": "Community safety", "paragraphs": ["1", "2"]}],
        "activities": [
            {**para, "paragraph": "1", "theme": "Community safety"},
            {
                "paragraph": "2",
                "theme": "Community safety",
                "kinds": ["event"],
                "text": "We ran a new webinar on fraud.",
            },
        ],
        "plan": {
            "cycle": "2021/22",
            "themes": [
                {
                    "title": "Building safety",
                    "activities": ["Lobby around the passage of the Building Safety Bill.", "A new item."],
                }
            ],
        },
    }
    res = services.import_paper(text.encode(), "update.txt", board, extraction=repeat)
    assert (res.activities, res.commitments) == (1, 1)
    assert any("paragraph 1: already recorded (" + SAMPLE.name in w for w in res.warnings)
    assert counts()[2:4] == (before[2] + 1, before[3] + 1)
