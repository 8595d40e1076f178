"""Genre rules of the nineteenth round (issue #15): asking the public told by how a plan was made or
how people were told of it, and partnerships read from the shape of the sentence (two bodies that
worked together) rather than from a word ("developed with", "network") that names none. Each case
is written here for the genre, not taken from a paper."""

from __future__ import annotations

from boardwork.papers.extract.kinds import action_kinds, classify, with_counterpart

# -- asking the public, told by how a plan was made ----------------------------------------------------


def test_a_plan_made_from_asking_the_public_is_research():
    assert classify("The strategy was developed with extensive public consultation over the summer.") == [
        "research"
    ]
    text = "The new priorities were agreed following consultation with residents, partners and young people."
    assert classify(text) == ["research"]
    assert classify("The plan was drawn up after a public consultation in the spring.") == ["research"]


def test_a_plan_still_to_be_made_from_asking_is_not():
    assert classify("The plan will be developed with full public consultation next year.") == []


# -- "developed with" a process is no partnership ------------------------------------------------------------


def test_developed_with_a_process_is_not_a_partnership():
    text = "The scheme was developed with considerable staff engagement and input from tenants."
    assert "partnership" not in classify(text)


def test_developed_with_a_body_stays_a_partnership():
    assert "partnership" in classify("The plan was developed with the police and the health board.")


# -- two bodies that worked together ---------------------------------------------------------------------


def test_two_bodies_that_worked_together_are_a_partnership():
    text = "Northshire County Council and Northshire Police have worked together to open a safety hub."
    assert classify(text) == ["partnership"]
    assert "partnership" in classify("The Council and the Fire Service had worked together on the scheme.")


def test_bodies_that_work_together_as_a_rule_are_not():
    # A duty or a description in the present simple says how bodies work, not what they did.
    assert classify("The responsible authorities work together to reduce crime and disorder.") == []
    assert classify("Residents and the Police need to work together to keep the town safe.") == []


# -- a network of things ---------------------------------------------------------------------------------


def test_a_network_of_cameras_or_cables_is_not_a_partnership():
    assert "partnership" not in classify("The CCTV network was extended to two more towns last year.")
    assert "partnership" not in classify("In 2021 the broadband network reached every village.")


def test_a_network_of_people_or_bodies_is_still_a_partnership():
    assert "partnership" in classify("In 2020 we set up a network of community safety volunteers.")


# -- the public told of a consultation by post ---------------------------------------------------------------


def test_the_public_sent_word_of_a_consultation_is_research():
    assert classify("3,000 postcards were sent to residents to raise awareness of the survey.") == [
        "research"
    ]
    text = "Leaflets have been delivered to every household in the ward about the parking consultation."
    assert classify(text) == ["research"]


def test_post_still_to_be_sent_or_not_about_asking_is_not():
    assert classify("Letters will be sent to residents about the survey.") == []
    assert "research" not in classify("Letters were sent to residents about the new bin collection days.")


# -- a partnership praised; a body a thing is measured against -------------------------------------------


def test_a_partnership_praised_is_the_meetings_remark_not_a_deed():
    assert "partnership" not in classify(
        "The Council's work with the Police and Crime Commissioner was also praised."
    )
    assert "partnership" not in classify(
        "Our partnership with the university has been widely welcomed by members."
    )


def test_a_deed_with_a_partner_that_was_praised_keeps_its_partnership():
    assert "partnership" in classify(
        "In 2021 we worked with the police on a scheme that was praised by the inspectors."
    )
    assert "partnership" in classify(
        "The Council worked with the police on the scheme, which was praised by residents."
    )


def test_a_body_compared_with_or_complied_with_is_no_counterpart():
    text = "In 2020 our response times compared well with Northshire Fire and Rescue Service."
    at = text.index("Northshire")
    assert not with_counterpart(text, at, at + len("Northshire Fire and Rescue Service"))
    text = "In 2021 the Council complied with the Information Commissioner on the request."
    at = text.index("Information")
    assert not with_counterpart(text, at, at + len("Information Commissioner"))


def test_a_body_the_work_was_done_with_is_still_a_counterpart():
    text = "In 2020 we ran the scheme with Northshire Police."
    at = text.index("Northshire")
    assert with_counterpart(text, at, at + len("Northshire Police"))


# -- a thing reviewed, audited or mapped, told by what was weighed -------------------------------------------


def test_reviewing_how_well_something_works_is_research():
    assert classify("In 2022 the Partnership reviewed the effectiveness of its domestic abuse services.") == [
        "research"
    ]
    assert classify("The working group mapped how young people reach the youth service.") == ["research"]
    assert classify("Officers audited whether every ward had a named contact.") == ["research"]


def test_a_document_reviewed_or_a_review_to_come_is_not():
    # A report reviewed at a meeting is its business; a review still to come is no deed.
    assert classify("The Panel reviewed the Annual Report and made two recommendations.") == []
    assert classify("We will review whether the scheme should continue.") == []


# -- asking and looking in plain words ------------------------------------------------------------------------


def test_views_or_feedback_sought_from_those_served_are_research():
    assert classify("In 2021 we sought the views of residents on the draft strategy.") == ["research"]
    assert classify("We collected feedback from 300 service users on the new hub.") == ["research"]
    assert classify("Feedback was collected from young people at every youth club in May.") == ["research"]


def test_views_sought_from_a_meeting_or_a_department_or_still_to_be_sought_are_not():
    assert classify("Members' views were sought on the draft response.") == []
    assert classify("We sought the views of the Home Office on the guidance.") == []
    assert classify("We will seek the views of residents on the plan.") == []


def test_people_consulted_and_focus_groups_held_are_research():
    assert classify("Residents were consulted on the proposals in March 2021.") == ["research"]
    assert classify("We held four focus groups with young people in March.") == ["research"]
    assert classify("A consultation exercise was held with residents and businesses in 2019.") == ["research"]


def test_things_mapped_benchmarked_or_analysed_are_research():
    assert classify("The Council mapped existing youth provision across the borough in 2022.") == ["research"]
    assert classify("We benchmarked our performance against other fire services.") == ["research"]
    assert classify("Data on anti-social behaviour calls was analysed to find hotspots.") == ["research"]


def test_a_plan_mapped_out_or_figures_reviewed_by_another_are_not():
    assert classify("The team mapped out a plan for the year ahead.") == []
    assert classify("The figures were reviewed by the inspectorate.") == []


# -- a meeting's attendance; engaging with the public ---------------------------------------------------------


def test_a_meeting_attended_by_others_is_its_attendance_not_a_partnership():
    text = "The meeting was attended by representatives of the police and the health board."
    assert "partnership" not in classify(text)


def test_attending_a_partners_meeting_is_still_a_partnership():
    assert "partnership" in classify("Officers attended a meeting of the Neighbourhood Watch group in June.")


def test_engaging_with_the_public_is_not_a_partnership():
    assert "partnership" not in classify(
        "In 2021 officers engaged with over 2,000 residents at summer events."
    )
    assert "partnership" not in classify("Officers liaised with local communities about parking in May.")


def test_engaging_with_bodies_is_still_a_partnership():
    text = "In 2021 we engaged with the police and the health board on the new strategy."
    assert "partnership" in classify(text)


# -- training sessions held ---------------------------------------------------------------------------------


def test_training_sessions_held_are_training_not_an_event():
    assert classify("Training sessions for staff and partners were held last year.") == ["training"]
    assert classify("In May we held two training sessions for councillors.") == ["training"]


def test_other_sessions_held_stay_events_and_sessions_to_come_are_nothing():
    assert classify("In May we held two sessions for councillors on scrutiny.") == ["event"]
    assert classify("We will hold two training sessions in May.") == []


def test_engaging_with_the_publics_own_groups_is_still_a_partnership():
    assert classify("We engaged with residents associations across the borough in 2020.") == ["partnership"]


# -- the last meeting's minutes confirmed --------------------------------------------------------------------


def test_minutes_confirmed_as_a_correct_record_are_business():
    text = "The Minutes of the meeting of the Panel held on 12 May 2021 were agreed as a correct record and signed by the Chair."
    assert classify(text) == []
    assert action_kinds(text) == []


def test_work_reported_after_the_minutes_is_still_read():
    text = "The June minutes were approved. In July the Partnership held a workshop for councillors."
    assert classify(text) == ["event"]


# -- money found for others -------------------------------------------------------------------------------------


def test_money_found_for_others_is_support():
    assert classify("In 2022 the Partnership secured £20,000 of grants for community groups.") == ["support"]


def test_money_allocated_or_still_sought_is_not():
    # A sum allocated is as often another body's, told to a panel; money still to be sought is no deed.
    assert classify("The Commissioner allocated £280K to local projects.") == []
    assert classify("We will seek funding for local charities next year.") == []
