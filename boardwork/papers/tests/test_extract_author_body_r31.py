"""The author body as a page names its publisher (issue #15, tests/data/real/NOTES.md 3050-3059): a
footer or header giving the body's name beside its phone, e-mail or web address ("Northvale Councils |
Tel: … | Email: …"), a consultation response's cover naming who responds ("Response of the Association
of …"), and a body's name followed by its kind in brackets ("… Police and Crime Panel (Statutory Joint
Committee)"), which is no part of the name, and a press release's closing "About Northvale Council". The body so read is `meta.body`, and so the author the
activities leave out. Wording invented for the tests, in the genre of associations' annual reports,
consultation responses and panels' minutes, not taken from any corpus paper."""

from __future__ import annotations

from boardwork.papers.extract import extract
from boardwork.papers.readers import Limits, txt
from boardwork.papers.readers._shared.meta import about_body, find_meta, publisher_in_footer, responding_body


def body_of(text: str) -> str | None:
    meta, _ = find_meta(text.splitlines())
    return meta.body


# -- a publisher in a footer or header ---------------------------------------------------------------


_REPORT = (
    "ANNUAL REVIEW 2031-32\n\n"
    "3,000 members reached by our fortnightly bulletin\n\n"
    "Northvale Councils | Tel: 01234 567890 | Email: enquiries@example.org\n\n"
    "1. Chair's Foreword\n\n"
    "This review sets out what was delivered for members over the year.\n"
)


def test_a_footer_naming_the_body_beside_its_contacts_gives_the_body():
    assert body_of(_REPORT) == "Northvale Councils"


def test_a_header_with_a_web_address_gives_the_body():
    assert publisher_in_footer("Westshire Community Safety Network | www.example.org") == (
        "Westshire Community Safety Network"
    )
    assert publisher_in_footer("Eastby Fire Authority • Tel: 01234 567890") == "Eastby Fire Authority"


def test_the_footers_body_is_no_organisation_of_its_own_work():
    text = (
        "ANNUAL REVIEW 2031-32\n\n"
        "Northvale Councils | Tel: 01234 567890 | Email: enquiries@example.org\n\n"
        "1. Our work\n\n"
        "1.1 In May 2031 Northvale Councils published a guide to shared procurement for its member "
        "councils, written with the Eastby Housing Trust.\n"
    )
    paper = txt.read(text.encode("utf-8"), Limits())
    assert paper.meta.body == "Northvale Councils"
    orgs = [o for a in extract(paper)["activities"] for o in a["organisations"]]
    assert "Northvale Councils" not in orgs


def test_a_person_or_a_plain_sentence_with_a_bar_gives_no_body():
    # Guards: a person beside a phone; a body beside no contact; a sentence.
    assert publisher_in_footer("Jo Bloggs | Tel: 01234 567890") is None
    assert publisher_in_footer("Northvale Council | Annual Review 2031") is None
    assert publisher_in_footer("Income | Spending | Reserves") is None
    assert body_of("Budget 2031\n\nIncome | Spending | Reserves\n\n1. Summary\n") is None


def test_a_stronger_body_is_kept_over_a_footer():
    text = "Report to: Cabinet\n\nParks Review\n\nNorthvale Council | Tel: 01234 567890\n\n1. Purpose\n"
    assert body_of(text) == "Cabinet"


# -- a response's author on its cover -------------------------------------------------------------


def test_a_responses_cover_names_the_responding_body():
    text = (
        "Keeping Streets Safe: A Consultation\n\n"
        "Response by the Association of Harbour Authorities\n\n"
        "March 2031\n\n"
        "1. Summary\n\n"
        "The Association welcomes the consultation.\n"
    )
    assert body_of(text) == "Association of Harbour Authorities"
    assert responding_body("Submission from Northvale Borough Council") == "Northvale Borough Council"


def test_a_response_to_another_or_of_no_body_gives_no_body():
    # Guards: the response's addressee, a response of people, a response named in a sentence.
    assert responding_body("Response to the Westshire Fire Authority") is None
    assert responding_body("Response of the residents") is None
    assert responding_body("Response by the council to the review was slow.") is None


# -- a body's kind in brackets ---------------------------------------------------------------------


def test_a_bodys_kind_in_brackets_is_no_part_of_its_name():
    text = (
        "Westshire Police and Crime Panel (Statutory Joint Committee) – 4 March 2031\n\n"
        "Minutes\n\n1. Apologies\n"
    )
    assert body_of(text) == "Westshire Police and Crime Panel"


def test_a_division_in_brackets_is_kept():
    text = "Scrutiny Board (Safer Communities) – 4 March 2031\n\nMinutes\n\n1. Apologies\n"
    assert body_of(text) == "Scrutiny Board (Safer Communities)"


# -- a line addressed to the body ------------------------------------------------------------------


def test_a_line_addressed_to_the_body_gives_its_name_without_to_the():
    text = "Parks Strategy\n\nTo the Cabinet Meeting Tuesday, 6th May, 2031\n\n1. Purpose\n"
    assert body_of(text) == "Cabinet"


# -- a press release's "About X" -------------------------------------------------------------------


def test_a_press_releases_about_note_names_its_issuer():
    text = (
        "Town centre patrols extended\n\n"
        "Extra evening patrols will run in the town centre until March, the council said.\n\n"
        "Notes to editors\n\n"
        "About Northvale Borough Council\n\n"
        "The council serves 120,000 residents.\n\n"
        "About the Eastby Housing Trust\n\n"
        "The trust manages 4,000 homes.\n"
    )
    # (The first note is the issuer's; a partner's note after it changes nothing.)
    assert body_of(text) == "Northvale Borough Council"
    assert about_body("ABOUT THE WESTSHIRE COMMUNITY SAFETY NETWORK") == "Westshire Community Safety Network"


def test_an_about_line_on_a_topic_names_no_body():
    # Guards: a topic, the page itself, a count, a sentence.
    assert about_body("About the project") is None
    assert about_body("About this report") is None
    assert about_body("About us") is None
    assert about_body("About 300 people joined the walk organised by the council.") is None
