"""Rules from the development papers the import read nothing in (issue #15): a body's work told in
the third person on a page whose author is not known, a duty stated rather than work done, a study
told by its launch or by who was engaged to do it, and the same study told again. Each case is
written here for the genre (commissioners', fire authorities' and government news pages), not taken
from a paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import classify
from boardwork.papers.extract.text import is_future


def _news(title: str, *paragraphs: str) -> Paper:
    return Paper(
        meta=Meta(title=title),
        blocks=[Heading(title, level=1), *(Paragraph(p) for p in paragraphs)],
    )


# -- a body's work on a page whose author is not known -------------------------------------------------


def test_a_study_commissioned_by_the_body_a_page_reports_on_is_research_when_no_author_is_known():
    text = (
        "The Ministry of Justice commissioned a social research company to carry out a survey of "
        "victims of burglary in the spring of 2021."
    )
    # Before: another body's study, whoever wrote the page.
    assert classify(text) == []
    assert classify(text, unknown_author=True) == ["research"]
    # The page names no author: the ministry is the body whose work it reports.
    found = extract(_news("Survey of burglary victims", text))
    assert [a["kinds"] for a in found["activities"]] == [["research"]]


def test_a_publication_by_the_government_is_read_on_a_page_with_no_author():
    text = "In March the Government published a new Serious Violence Strategy for 2021-24."
    assert classify(text) == []
    assert classify(text, unknown_author=True) == ["publication"]


def test_another_bodys_study_stays_another_bodys_where_the_author_is_known():
    # The author known (its own name among the words the rules look for), the ministry is another
    # body, as before.
    text = "The Ministry of Justice commissioned a survey of victims of burglary."
    assert classify(text, author_words=("Northvale Council",)) == []
    assert classify(text, author_words=("Northvale Council",), unknown_author=False) == []


# -- a duty stated, not work done ----------------------------------------------------------------------


def test_a_duty_to_produce_a_report_is_not_its_publication():
    text = (
        "The Commissioner has a statutory duty under the Police Reform and Social Responsibility Act "
        "2011 to produce an annual report on the exercise of her functions."
    )
    assert classify(text, unknown_author=True) == []
    assert is_future("The Panel has a responsibility to ")
    assert is_future("The Fire Authority had the power under the Fire and Rescue Services Act to ")
    # Work done is still work done.
    assert classify("The Commissioner produced an annual report in June 2021.", unknown_author=True) == [
        "publication"
    ]


# -- a study told by its launch or by who was engaged to do it ----------------------------------------


def test_a_review_launched_is_research():
    assert classify("A £40,000 review of the county's fire control room has been launched.") == ["research"]
    assert classify("The Partnership launched a public survey on rural crime in May 2022.") == ["research"]
    assert classify("Academics from the University of Northvale were appointed to evaluate the scheme.") == [
        "research"
    ]


def test_a_review_to_come_or_launched_by_another_body_is_not():
    assert classify("The Authority will launch a review of its on-call cover next year.") == []
    assert (
        classify("The Home Office launched a review of police powers.", author_words=("Northvale Council",))
        == []
    )
    assert classify("A review of police powers has been launched by the Home Office.") == []


# -- the same study told again ------------------------------------------------------------------------


def test_a_study_told_again_by_who_carries_it_out_is_one_activity():
    page = _news(
        "Review of call handling",
        "A review of call handling at Northvale Police has been launched.",
        "Independent consultants based in York have been hired to carry out the study.",
        "The review is expected to report in the autumn.",
    )
    found = extract(page)
    assert [a["text"][:20] for a in found["activities"]] == ["A review of call han"]


def test_a_second_study_named_as_such_is_another_activity():
    page = _news(
        "Reviews of call handling",
        "A review of call handling at Northvale Police has been launched.",
        "Independent consultants have also been hired to carry out a study of repeat calls.",
    )
    assert len(extract(page)["activities"]) == 2


# -- a strategy or a plan published ------------------------------------------------------------------


def test_a_strategy_or_plan_published_or_launched_is_a_publication():
    assert classify("In May 2022 the Partnership published its Community Safety Strategy 2022-25.") == [
        "publication"
    ]
    assert classify("The new Police and Crime Plan was launched in April 2021.") == ["publication"]


def test_a_plan_adopted_or_published_every_year_is_not():
    # Adopted or agreed: the body's own decision. "Each year we publish": what it does, not a deed.
    assert classify("The Partnership adopted its Community Safety Strategy in May 2022.") == []
    assert classify("Each year we publish a Business Action Plan setting out our priorities.") == []
    assert classify("The Act set out their duties to publish a well-being plan.") == []


# -- the body whose work a page with no author reports ------------------------------------------------


def test_the_body_doing_the_work_on_a_page_with_no_author_is_not_its_counterpart():
    found = extract(
        _news(
            "Public attitudes to fire safety",
            "The Home Office commissioned Ipsos UK to carry out research with the public on fire safety.",
        )
    )
    assert [a["organisations"] for a in found["activities"]] == [["Ipsos UK"]]


# -- the public urged to act ---------------------------------------------------------------------------


def test_the_public_urged_to_act_is_not_lobbying():
    assert classify("The Service urged residents to test their smoke alarms every month.") == []
    assert classify("The Commissioner urged anyone who has been a victim of fraud to come forward.") == []
    # Ministers or the Government urged: lobbying, as before.
    assert classify("We urged ministers to rethink the cuts to the fire grant.") == ["lobbying"]
    assert classify("The Association urged the Government to fund the pay award in full.") == ["lobbying"]


# -- speaking to the press by its name; lessons to pupils --------------------------------------------


def test_speaking_to_the_press_by_its_name_is_media():
    assert classify("The Chair spoke to the Northvale Echo about the cuts to the fire grant.") == ["media"]
    assert classify("In May the Commissioner told BBC Radio Northvale that the precept would rise.") == [
        "media"
    ]
    # Speaking to a meeting is not the press.
    assert classify("The officer spoke to the Panel about the plan.") == []


def test_lessons_to_pupils_are_training():
    assert classify("Firefighters visited schools to teach children about water safety in 2022.") == [
        "training"
    ]
    assert "training" in classify(
        "The education team delivered fire safety sessions to 5,000 pupils in 2023."
    )
    assert classify("The school will invite firefighters to teach pupils next term.") == []


# -- a consultation hub's page --------------------------------------------------------------------------


def _consultation_page(*lines: str) -> Paper:
    return _news("Community safety survey 2024", *lines)


def test_a_consultation_page_with_its_dates_is_the_bodys_own_survey():
    page = _consultation_page(
        "Opened 4 March 2024",
        "Closed 26 April 2024",
        "This survey is for everyone who lives or works in the borough and wants a say on how safe it feels.",
        "Results will be shared with the community safety partnership.",
    )
    assert classify(page.blocks[3].text) == []
    found = extract(page)
    assert [(a["kinds"], a["text"][:11]) for a in found["activities"]] == [(["research"], "This survey")]


def test_a_page_without_a_consultations_dates_is_not_read_so():
    page = _consultation_page(
        "Updated 4 March 2024",
        "This survey is for everyone who lives or works in the borough and wants a say on how safe it feels.",
    )
    assert extract(page)["activities"] == []


# -- the model does not veto a paper's only account of its work ------------------------------------------


def test_a_summary_or_consultation_read_as_the_only_account_is_never_vetoed():
    from boardwork.papers.extract.pipeline import read_paper, select

    covering = Paper(
        meta=Meta(title="Night-time economy review: covering report"),
        blocks=[
            Heading("Executive Summary", 2),
            Paragraph(
                "This report sets out the review of safety in the night-time economy carried out by the "
                "Overview and Scrutiny Committee, and the actions it recommends."
            ),
            Heading("Recommendations", 2),
            Paragraph("That the Cabinet considers the recommendations of the review."),
        ],
    )
    consultation = _consultation_page(
        "Opened 4 March 2024",
        "Closed 26 April 2024",
        "This survey is for everyone who lives or works in the borough and wants a say on how safe it feels.",
    )
    for paper in (covering, consultation):
        read = read_paper(paper, for_model=False)
        rules = [c for c in read.candidates if c.rule is not None]
        assert len(rules) == 1
        rules[0].probability = 0.01  # what a model trained on reports of work gives a cover line
        assert len(select(read.candidates, add_at=None, veto_below=0.3)) == 1
