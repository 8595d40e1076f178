"""Deeds told by a bare verb or a plain verb phrase (issue #15, r31-leadverbs; NOTES 3090-3099).

Invented sentences in the genre's shapes: views sought of the bodies an inquiry hears, a committee's
response to a government's paper told after its business verb, and an achievement list's items
opening on a bare verb of helping a national body or of showing what was found. Each with guards
the rule must not take."""

from boardwork.papers.extract.kinds import classify, item_kinds

# -- views sought of bodies: research ------------------------------------------------------------


def test_committee_sought_views_of_commissioners_is_research() -> None:
    text = (
        "The Committee sought views from the Police and Crime Commissioners in the region, which it "
        "considered in March, and returned to the matter in the autumn."
    )
    assert "research" in classify(text, unknown_author=True)


def test_views_of_partner_agencies_invited_is_research() -> None:
    assert classify(
        "We invited the views of partner agencies and housing providers on the draft strategy."
    ) == ["research"]


def test_board_gathered_feedback_from_stakeholders_is_research() -> None:
    text = "The Board gathered feedback from local stakeholders on its new priorities."
    assert "research" in classify(text, unknown_author=True)


def test_guard_views_of_one_commissioner_at_the_meeting() -> None:
    # a panel's question to the office-holder at its meeting is business
    assert classify("The Panel sought the views of the Commissioner on the proposed precept.") == []


def test_guard_views_still_to_be_sought() -> None:
    assert classify("We will seek the views of partner agencies on the draft in the new year.") == []


def test_guard_reassurance_sought_at_the_meeting() -> None:
    assert classify("The Committee sought reassurance that the action plan was on track.") == []


def test_guard_a_department_seeking_views_of_councils() -> None:
    assert "research" not in classify(
        "The Home Office sought views from councils and their partners on the proposals.",
        author_words=("Partnership",),
    )


# -- a committee's answer to a government's paper, after its business verb: consultation_response --


def test_committee_considered_and_responded_to_white_paper() -> None:
    text = (
        "The Committee considered the findings of the inquiry, published in May, and responded to the "
        "Government's White Paper on the reform of local services."
    )
    assert classify(text, unknown_author=True) == ["consultation_response"]


def test_panel_noted_and_responded_to_the_consultation() -> None:
    text = "The Panel noted the update and then responded to the Home Office consultation on police funding."
    assert "consultation_response" in classify(text, unknown_author=True)


def test_guard_committee_considered_and_responded_to_questions() -> None:
    text = "The Committee considered the report and responded to questions from members of the public."
    assert classify(text, unknown_author=True) == []


def test_guard_committee_considered_the_report() -> None:
    assert (
        classify("The Committee considered the report of the Director of Housing.", unknown_author=True) == []
    )


# -- an achievement item opening on "Helped" a national body: partnership -------------------------


def test_helped_the_government_update_guidance_is_partnership() -> None:
    assert item_kinds("Helped the Government revise its guidance on leaving hospital safely.") == [
        "partnership"
    ]


def test_helped_a_national_agency_design_is_partnership() -> None:
    assert "partnership" in item_kinds(
        "Helped the Care Quality Commission design its new complaints standard."
    )


def test_guard_helped_families_is_not_partnership() -> None:
    assert "partnership" not in item_kinds("Helped 250 families find a safer home.")


def test_guard_helped_in_running_text() -> None:
    # a paragraph whose subject is another body, "helped" mid-sentence: no lead
    assert "partnership" not in classify(
        "The charity said its volunteers helped the Government update the leaflet."
    )


# -- an achievement item opening on "Showed" what was found: publication --------------------------


def test_showed_the_harm_is_publication() -> None:
    assert item_kinds("Showed the harm that lost patient letters can do.") == ["publication"]


def test_revealed_how_many_is_publication() -> None:
    assert item_kinds("Revealed how many older people wait months for a care assessment.") == ["publication"]


def test_guard_showed_members_round() -> None:
    assert item_kinds("Showed Members the refurbished fire station.") == []


def test_guard_showed_the_panel() -> None:
    assert item_kinds("Showed the Panel the new performance dashboard.") == []


def test_guard_a_report_that_showed_mid_sentence() -> None:
    # a document's finding told as its subject, not an item's lead
    assert "publication" not in classify("The survey showed that most residents feel safe after dark.")
