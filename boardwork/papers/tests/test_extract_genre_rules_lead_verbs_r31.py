"""Deeds told by a bare verb or a plain verb phrase (issue #15, r31-leadverbs; NOTES 3090-3099).

Invented sentences in the genre's shapes: views sought of the bodies an inquiry hears, funding won
through a grant told without its sum, and an achievement list's items opening on a bare verb of
helping a national body or of showing what was found. Each with guards the rule must not take."""

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


# -- funding won through a grant: support ---------------------------------------------------------


def test_funding_secured_through_a_grant_without_its_sum_is_support() -> None:
    text = (
        "She felt that the service had made good progress and that it had recently secured substantial "
        "funding through a two year grant from a children's charity to extend its mentoring work."
    )
    assert "support" in classify(text)


def test_funding_won_from_a_lottery_bid_is_support() -> None:
    assert "support" in classify(
        "We have secured additional funding from a lottery bid to keep the youth bus running."
    )


def test_guard_funding_still_to_be_secured() -> None:
    assert classify("The team hopes that it will have secured funding through a grant by the spring.") == []


def test_guard_funding_from_the_government() -> None:
    # funding won from a government is lobbying in the keys, not help
    assert "support" not in classify(
        "The Partnership has secured new funding from the Home Office for the project."
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
