"""One event told over several paragraphs is one activity (issue #15, tests/data/real/NOTES.md
985-994): the paragraphs after the deed that only go on telling it ("During the visit …", "The
conference was attended by …", a quotation of one present) are no activities of their own, while
paragraphs that each report their own deed stay apart. Wording invented for the tests, in the genre
of a council's news page and a partnership's annual report, not taken from any corpus paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract, pipeline
from boardwork.papers.extract.events import Told, event_continuations, refers_back


def _news(title: str, *paras: str) -> Paper:
    return Paper(meta=Meta(title=title), blocks=[Heading(title, 1)] + [Paragraph(text=t) for t in paras])


_VISIT = (
    "Northshire Borough Council took its case for a fairer share of rural transport funding to the "
    "Government when the council's cabinet visited the Department for Transport in the spring.",
    "During the talks, the council's leader, Councillor Jane Ashby, urged the transport minister, Tom "
    "Reeve, to fund the bus routes the county's villages depend on.",
    'Councillor Ashby, who led the delegation, said: "Our villages cannot lose their buses, and I asked '
    'the minister to look again at the formula."',
)


def test_a_visit_told_in_three_paragraphs_is_one_activity():
    paper = _news("Cabinet takes rural bus funding case to Whitehall", *_VISIT)
    for trained_model in (False, True):
        acts = extract(paper, trained_model=trained_model)["activities"]
        assert [a["text"] for a in acts] == [_VISIT[0]]
        assert "lobbying" in acts[0]["kinds"]


def test_the_visit_takes_the_minister_named_in_its_account():
    acts = extract(_news("Cabinet takes rural bus funding case to Whitehall", *_VISIT))["activities"]
    # (the minister is named in the paragraph telling the meeting, folded into the visit's activity)
    assert "Tom Reeve" in acts[0]["people"]


def test_each_paragraph_read_alone_reports_work():
    # The guard of the test above: without the paragraphs before them, the rules read work in each.
    for text in _VISIT:
        assert extract(_news("Council news", text))["activities"], text


def test_three_numbered_paragraphs_with_three_deeds_stay_three():
    paper = Paper(
        meta=Meta(title="Community Safety Partnership: annual report 2022/23"),
        blocks=[Heading("Work in the year", 2)]
        + [
            Paragraph(text=t, number=n)
            for n, t in (
                (
                    "3.1",
                    "In May 2022 the Partnership held a conference on serious violence with Northshire Police.",
                ),
                (
                    "3.2",
                    "At the conference the Partnership launched its new strategic assessment, published in "
                    "July 2022.",
                ),
                (
                    "3.3",
                    "The Partnership responded to the Home Office consultation on the serious violence duty in "
                    "September 2022.",
                ),
            )
        ],
    )
    acts = extract(paper, trained_model=True)["activities"]
    assert [a["paragraph"] for a in acts] == ["3.1", "3.2", "3.3"]


def test_a_seminar_dated_in_a_later_paragraph_takes_that_date():
    paper = _news(
        "Partnership seminar on scams against older people",
        "Northtown Community Safety Partnership and the Harbour Trust jointly held a seminar for bank staff "
        "and carers on protecting older people from doorstep and telephone scams.",
        "At the seminar, held on 4 May 2021 at the Northtown Guildhall, the Partnership worked with trading "
        "standards officers to show carers how the commonest scams work.",
    )
    acts = extract(paper)["activities"]
    assert len(acts) == 1
    assert acts[0]["date"] == "2021-05-04"


# -- the judgement on its own -------------------------------------------------------------------------


def _told(*units: tuple[str, tuple[str, ...] | None], section: str = "s") -> list[Told]:
    return [Told(text, section, kinds) for text, kinds in units]


def test_who_attended_a_conference_continues_it_and_a_new_deed_does_not():
    units = _told(
        ("The Partnership held its annual conference in Northtown in March 2023.", ("event",)),
        (
            "The conference was attended by more than 150 delegates from councils, the police and the "
            "voluntary sector.",
            ("event", "partnership"),
        ),
        ("The Partnership published its annual report in April 2023.", ("publication",)),
    )
    assert set(event_continuations(units)) == {1}


def test_a_deed_done_after_the_visit_is_its_own():
    units = _told(
        (
            "The council's leaders visited the Department for Education in March to press for school places.",
            ("lobbying",),
        ),
        (
            "Following the visit, the council wrote to the Secretary of State setting out its case.",
            ("lobbying",),
        ),
    )
    assert event_continuations(units) == {}


def test_another_section_opens_a_new_story():
    units = [
        Told("The Panel held a workshop on the police and crime plan in June.", "a", ("event",)),
        Told("The workshop was attended by the Commissioner and his deputy.", "b", ("event", "partnership")),
    ]
    assert event_continuations(units) == {}


def test_a_statement_of_quotations_is_not_an_event():
    # A body's statement to the press (its spokesperson's words, then its president's) is the body's
    # media work, each quotation its own; no event was told in the page's own words.
    units = _told(
        (
            "The association's housing spokesperson said: \"Members met this morning and agreed that the "
            'new homelessness grant falls far short of what councils spend."',
            ("media",),
        ),
        (
            "The association's chair said: \"The meeting was united: we want the grant rebased on what "
            'councils actually spend."',
            ("media",),
        ),
    )
    assert event_continuations(units) == {}


def test_a_quotation_reporting_another_deed_is_its_own():
    units = _told(
        ("The service held a week of action on water safety with the coastguard in July.", ("event",)),
        (
            'The group manager, who opened the week, said: "Since we signed our agreement we have trained 300 '
            'officers in water rescue."',
            ("training",),
        ),
    )
    assert event_continuations(units) == {}


def test_refers_back_by_a_noun_of_the_event_told():
    assert refers_back("During the meeting, the leader urged the minister to act.", {"visited"})
    assert refers_back("The event also heard from young people who had used the service.", {"conference"})
    assert refers_back("Those attending heard from the chief constable.", {"seminar"})
    # a gathering is named by its own noun: "the conference" is not the visit told before
    assert not refers_back("At the conference, the leader spoke on funding.", {"visited"})
    # the event's noun as the first word of a document's name is not the event
    assert not refers_back("The conference report sets out twelve recommendations.", {"conference"})


def test_the_model_adds_no_paragraph_folded_into_an_event():
    paper = _news("Cabinet takes rural bus funding case to Whitehall", *_VISIT)
    read = pipeline.read_paper(paper)
    for c in read.candidates:
        c.probability = 0.99
    chosen = pipeline.select(read.candidates, add_at=0.5, veto_below=0.1)
    assert [a.text for _, a in chosen] == [_VISIT[0]]
