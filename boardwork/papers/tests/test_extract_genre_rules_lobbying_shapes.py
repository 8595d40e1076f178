"""Genre rules (NOTES 2780–2789): two shapes of lobbying read wrongly on papers not tuned on.

- An annual report's achievement bullet that opens on a pressing verb with no subject ("Called for
  …", "Pushed for …", "Warned that …") is the body's own lobbying, whatever its object; in running
  text, with a subject, the mild words still need a government object.
- A titled document as the subject of a mild word ("The Statement of Progress highlights …", "The
  Annual Report of the Partnership highlighted …") gives the document's content, not lobbying, as an
  untitled one does.

Wording invented for the tests, in the genre of council, watchdog and partnership annual reports, not
taken from any corpus paper."""

from __future__ import annotations

from boardwork.papers.extract.kinds import classify

# -- achievement bullets that open on a pressing verb ---------------------------------------------------------


def test_a_bullet_calling_for_or_pushing_for_a_change_is_lobbying():
    assert classify("Called for faster repairs to council homes left damp over the winter.") == ["lobbying"]
    assert classify("Pushed for better bus links to the new district hospital.") == ["lobbying"]
    assert classify("Pressed for a fairer share of road maintenance money for rural areas.") == ["lobbying"]


def test_a_bullet_warning_that_a_service_falls_short_is_lobbying():
    text = "Warned that waiting times for mental health services are still too long for young people."
    assert classify(text) == ["lobbying"]


def test_a_bullet_campaigning_for_a_cause_is_lobbying():
    assert classify("Campaigned for safer crossings outside every primary school.") == ["lobbying"]


# -- guards: what looks like it and is not --------------------------------------------------------------------


def test_a_call_for_volunteers_evidence_or_tenders_is_no_lobbying():
    assert "lobbying" not in classify("Called for volunteers to help at the summer fair.")
    assert "lobbying" not in classify("Called for tenders for the new street lighting contract.")
    assert "lobbying" not in classify("Called for evidence from local residents on parking.")


def test_a_call_with_a_subject_in_running_text_still_needs_a_government_object():
    # (a meeting's talk: the chair's call about a report's layout is not lobbying)
    assert "lobbying" not in classify("The Chair called for improvements to the report's layout.")
    assert "lobbying" not in classify("Members pushed for an earlier start to the meetings.")


def test_a_lowercase_or_later_pressing_verb_is_not_read_as_a_bullet():
    assert "lobbying" not in classify("The team then called for improvements to the rota.")


def test_a_named_addressee_still_makes_lobbying_in_running_text():
    assert classify("The council called for the Government to fund the pay award in full.") == ["lobbying"]


# -- a titled document as the subject of a mild word ----------------------------------------------------------


def test_a_titled_document_highlighting_findings_is_no_lobbying():
    text = (
        "The Statement of Progress highlights many positive findings: most of the indicators used to "
        "track the plan show improvement."
    )
    assert "lobbying" not in classify(text)
    text = "The Annual Report of the Safeguarding Partnership highlighted the Government's new duties."
    assert "lobbying" not in classify(text)


def test_the_body_highlighting_a_government_matter_is_still_lobbying():
    assert classify("The council highlighted the Government's cuts to the public health grant.") == [
        "lobbying"
    ]


# -- a campaign on what local government is worth -------------------------------------------------------------


def test_a_campaign_run_on_the_value_of_council_services_is_lobbying():
    text = "The Association ran a proactive campaign on the value of council services to communities."
    assert classify(text) == ["lobbying"]
    text = "We led a campaign on the future of fire and rescue funding across the region."
    assert classify(text) == ["lobbying"]


def test_a_public_campaign_on_a_safety_topic_stays_media():
    assert classify("The Partnership ran a campaign on doorstep crime throughout October.") == ["media"]
    assert classify("We ran a poster campaign on fire safety in bus shelters.") == ["media"]


# -- the body's own acronym is its speaker, not an addressee ---------------------------------------------------


def test_a_body_named_by_its_acronym_welcoming_talks_is_no_lobbying():
    assert "lobbying" not in classify("NWLGA welcomes positive talks with the parties")
    assert "lobbying" not in classify("The NWLGA highlighted its work with member councils.")


def test_an_acronym_after_the_mild_word_or_a_government_object_still_lobbies():
    assert classify("The NWLGA welcomed the Minister's decision on the settlement.")[-1:] == ["lobbying"]
    assert classify("The council raised concerns about the SEND reforms.") == ["lobbying"]
