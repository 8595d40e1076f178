"""Rules for papers in other bodies' house styles: what an activity is (an actor did something),
kinds from verbs, the writing body, organisations from the text's own patterns, people with posts,
"the strategy" resolved, the reported cycle, and plain-text structure (numbered and capital
headings, minutes, cover lines). Each case is the genre's pattern, not one paper's words."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract, extraction_of
from boardwork.papers.extract.dates import detect_cycle
from boardwork.papers.extract.kinds import action_kinds, classify
from boardwork.papers.extract.organisations import default_gazetteer, learn_paper_orgs
from boardwork.papers.extract.people import find_people
from boardwork.papers.readers import Limits
from boardwork.papers.readers.txt.layout import layout


def _paper(
    *paras: str, title: str = "Annual report 2022/23", body: str | None = "Cabinet", heading: str = "Progress"
):
    blocks = [Heading(text=title, level=1), Heading(text=heading, level=2)]
    blocks += [Paragraph(text=t, number=str(k + 1)) for k, t in enumerate(paras)]
    return Paper(meta=Meta(title=title, body=body), blocks=blocks)


def _acts(paper: Paper) -> dict[str, dict]:
    return {a["paragraph"]: a for a in extract(paper)["activities"]}


# -- what an activity is ------------------------------------------------------------------------


def test_the_body_doing_something_is_an_activity_even_without_a_kinds_noun():
    acts = _acts(
        _paper(
            "Officers mapped residents' views in each ward in February 2023.",
            "In May 2022 we opened a new recycling centre.",
            "The committee's terms of reference are attached.",
        )
    )
    assert acts["1"]["kinds"] == ["research"] and acts["1"]["date"] == "2023-02"
    assert acts["2"]["kinds"] == ["support"]
    assert "3" not in acts
    # Less sure than a kind's own words: the extraction says so.
    assert acts["1"]["confidence"] < 1 and "confidence" not in _acts(_paper("We published a guide."))["1"]


def test_verbs_name_kinds_and_future_or_other_bodies_deeds_do_not_count():
    assert action_kinds("Officers trained 60 door staff.") == ["training"]
    assert action_kinds("We ran a consultation on the draft plan.") == ["research"]
    assert action_kinds("The Partnership will hold a workshop.") == []
    assert action_kinds("The Worcestershire Safer Communities Board allocated £100,000.") == []
    assert action_kinds("On 24 March the WLGA signed the pledge.", ("WLGA",)) == ["partnership"]


def test_a_meeting_considering_a_report_is_not_work():
    assert classify("The Panel considered a report of its task and finish group.") == []
    assert classify("Councillor Brookes welcomed the training sessions proposed for members.") == []
    assert classify("We welcomed the Government's announcement on funding.") == ["lobbying"]


def test_work_done_with_a_named_body_is_partnership_but_a_document_written_with_one_is_not():
    acts = _acts(
        _paper(
            "In March 2023 we tested drones for wildfire prevention with Lancashire Constabulary.",
            "We published guidance on licensing with the Institute of Licensing.",
        )
    )
    assert acts["1"]["kinds"] == ["research", "partnership"]
    assert "Lancashire Constabulary" in acts["1"]["organisations"]
    assert acts["2"]["kinds"] == ["publication"]


def test_a_deed_under_background_is_work_but_a_discussion_held_is_business():
    paper = _paper(
        "In May 2014 the Partnership consulted residents at its summer events.",
        "The Board held a further discussion on its priorities in January 2009.",
        heading="Background",
    )
    acts = _acts(paper)
    # (residents consulted at the body's own events: research, and the events held, NOTES 4 and 2820)
    assert acts["1"]["kinds"] == ["research", "event"] and "2" not in acts
    assert classify("We held a roundtable with chief fire officers.") == ["event"]


def test_the_authors_own_acronym_is_the_author():
    paper = _paper(
        "This year the Northshire Safety Network (NSN) grew in every area of its work.",
        "NSN published three practice notes on home safety.",
        "NSN held its annual awards in Edinburgh in February 2015.",
        "NSN answered more enquiries from members than ever.",
        body=None,
    )
    acts = _acts(paper)
    assert acts["2"]["kinds"] == ["publication"] and acts["3"]["kinds"] == ["event"]
    assert acts["3"]["organisations"] == []  # the author is not an organisation of its own work


def test_a_body_named_once_then_called_by_its_headword_wrote_the_paper():
    paper = _paper(
        "Northvale Fire and Rescue Service ran a recruitment campaign for new firefighters in 2016.",
        "The Service opened a safety centre with Northvale Constabulary in October 2016.",
        "The Service and Northvale Constabulary agreed to share a headquarters.",
        "The Service launched an apprenticeship scheme in April 2017.",
        body=None,
    )
    acts = _acts(paper)
    assert acts["1"]["organisations"] == []  # the author, not an organisation of its own work
    assert acts["2"]["organisations"] == ["Northvale Constabulary"]


def test_a_name_does_not_run_over_a_line_break():
    po = learn_paper_orgs("", default_gazetteer(), None, "Cabinet")
    assert [o.name for o in po.find("Safety Central\nThe Service opened the centre.")] == []


def test_named_plans_and_schemes_are_policies():
    acts = _acts(
        _paper(
            "We published all of our Neighbourhood Ward Plans on time.",
            "We trained 350 wardens under the Community Safety Accreditation Scheme.",
        )
    )
    assert acts["1"]["policies"] == ["Neighbourhood Ward Plans"]
    assert acts["2"]["policies"] == ["Community Safety Accreditation Scheme"]


def test_a_counterpart_may_open_the_sentence():
    acts = _acts(
        _paper("With Lancashire Constabulary the Partnership ran a diversionary programme for young people.")
    )
    assert "partnership" in acts["1"]["kinds"]
    assert acts["1"]["organisations"] == ["Lancashire Constabulary"]  # not "… Constabulary the Partnership"


def test_kinds_from_the_object_asking_people_training_apprentices_and_recruiting():
    # What was done names the kind, whatever the verb: a survey run is research, not an event.
    assert classify("We ran a residents' survey on parking in the spring.") == ["research"]
    assert classify("The Partnership sent out 2,000 questionnaires for its crime audit.") == ["research"]
    assert classify("The Service launched a firefighter apprenticeship scheme.") == ["training"]
    # A campaign "for several years" is a time, not a cause: a recruitment campaign is not lobbying.
    assert "lobbying" not in classify("The Service ran its first recruitment campaign for several years.")
    assert classify("We campaigned for fairer funding for rural councils.") == ["lobbying"]


def test_services_to_residents_are_support_but_a_share_of_a_plan_done_is_not_work():
    assert action_kinds("We prevented 654 households from becoming homeless.") == ["support"]
    assert action_kinds("In 2019 we gave £20,000 to the county's partnerships.") == ["support"]
    assert action_kinds("The Council completed the flood barrier at the quay.") == ["support"]
    assert action_kinds("In 2019-20 we completed 79 per cent of the projects in our plan.") == []


# -- who wrote it, and who else is named ----------------------------------------------------------


def test_the_body_in_the_letterhead_wrote_the_paper():
    paper = _paper(
        "The Authority sent a draft response to the LGA on 12 November 2004.",
        title="MID AND WEST WALES FIRE AUTHORITY",
        body=None,
    )
    act = _acts(paper)["1"]
    assert act["kinds"] == ["consultation_response"]
    assert act["organisations"] == ["Local Government Association"]


def test_two_bodies_joined_by_and_are_two_and_a_portfolio_is_not_a_body():
    po = learn_paper_orgs("", default_gazetteer(), None, "Cabinet")
    names = [
        o.name for o in po.find("We met West Mercia Police and Redditch Borough Council's housing team.")
    ]
    assert names == ["West Mercia Police", "Redditch Borough Council"]
    names = [o.name for o in po.find("We met the Office of the Police and Crime Commissioner.")]
    assert names == ["Office of the Police and Crime Commissioner"]
    assert po.find("The Chair wrote to the Secretary of State for Communities and Local Government.") == []


def test_a_name_before_programme_names_a_programme_not_a_body():
    po = learn_paper_orgs("", default_gazetteer(), None, "Cabinet")
    assert po.find("Our Business Education Alliance programme ran twelve careers events.") == []
    assert [o.name for o in po.find("We met the Business Education Alliance.")] == [
        "Business Education Alliance"
    ]


def test_people_named_after_their_post_or_with_letters():
    people, _ = find_people(
        "We met the Chief Constable of Durham Constabulary, Mike Barton, on the report.", []
    )
    assert people == ["Mike Barton"]
    people, _ = find_people("Fiona Twycross AM spoke at the conference.", [])
    assert people == ["Fiona Twycross"]


def test_the_strategy_means_the_strategy_the_title_names():
    paper = _paper(
        "In April 2011 we published a summary of the strategy on partners' websites.",
        title="Salford Community Safety Strategy 2011 - 14",
    )
    assert _acts(paper)["1"]["policies"] == ["Salford Community Safety Strategy 2011 - 14"]


def test_a_report_to_a_meeting_reports_the_earlier_year_it_names():
    paper = _paper(
        "We ran a week of action in November 2008.", heading="Work during 2008/09", title="Annual report"
    )
    paper.meta.meeting_date = "2009-09-01"
    assert detect_cycle(paper).label == "2008/09"
    title_ahead = _paper("In July 2013 we responded to the consultation.", heading="Work in 2013/14")
    title_ahead.meta.title = "Priorities for 2014/15"
    assert detect_cycle(title_ahead).label == "2013/14"


# -- plain-text structure -----------------------------------------------------------------------


def _blocks(text: str):
    meta, blocks = layout(text, Limits())
    return meta, [
        (type(b).__name__, getattr(b, "number", None), b.text) for b in blocks if hasattr(b, "text")
    ]


def test_numbered_and_capital_headings():
    _, blocks = _blocks(
        "1.0 Report Summary\n\n1.1 The partnership must produce an assessment.\n\n"
        "2  THE REPORT\n\n2.1 We opened a recycling hub.\n\n3. FINANCIAL IMPLICATIONS\n\n"
        "There are none.\n\nResolved:\n\n(a) That the report be noted.\n"
    )
    headings = [t for kind, _, t in blocks if kind == "Heading"]
    assert headings == ["Report Summary", "THE REPORT", "FINANCIAL IMPLICATIONS"]
    # ("Resolved:" alone over the resolutions is their opening word, a paragraph: NOTES 92, 212, 342.)
    assert ("Paragraph", None, "Resolved:") in blocks
    assert ("Paragraph", "1.1", "The partnership must produce an assessment.") in blocks


def test_a_short_papers_hanging_indent_continues_its_numbered_paragraph():
    # Too few lines to show a wrap width; the indent under the paragraph's text says it goes on.
    _, blocks = _blocks(
        "STRATEGY\n\nSUMMARY\n\n1. The Act placed a duty on councils and police forces\n"
        "   to work together.\n\n2. In 2004 the Partnership carried out a crime audit and\n"
        "   consulted local organisations.\n\n3. This runs to 2008.\n"
    )
    paras = [(n, t) for kind, n, t in blocks if kind == "Paragraph"]
    assert paras == [
        ("1", "The Act placed a duty on councils and police forces to work together."),
        ("2", "In 2004 the Partnership carried out a crime audit and consulted local organisations."),
        ("3", "This runs to 2008."),
    ]


def test_minutes_and_hanging_numbers():
    _, blocks = _blocks(
        "8/22   Apologies for Absence\n\n       Apologies were received from Councillor Tony Williams.\n\n"
        "1   The Panel considered a report setting out the findings of the\n"
        "    group and proposals for its work programme.\n\n"
        "2   Over the autumn the group met the Office of the Commissioner.\n"
    )
    assert blocks[0] == ("Heading", None, "Apologies for Absence")
    assert (
        "Paragraph",
        "1",
        "The Panel considered a report setting out the findings of the group and "
        "proposals for its work programme.",
    ) in blocks


def test_a_cover_in_capitals_is_metadata():
    meta, blocks = _blocks(
        "PART 1 (OPEN TO THE PUBLIC)                ITEM NO. 13\n\n"
        "TO COUNCIL ON WEDNESDAY 18 MAY 2011\n\nTITLE: Community Safety Strategy\n\n"
        "1. Background\n\n1.1 The strategy was drawn up with partners.\n"
    )
    assert meta.meeting_date == "2011-05-18" and meta.body == "Council" and meta.item == "13"
    assert all("MAY 2011" not in t and "ITEM NO" not in t for _, _, t in blocks)


def test_the_readable_summary_says_where_the_rules_were_unsure():
    from boardwork.papers.management.commands.extract import summary

    text = summary(extraction_of(_paper("Officers visited residents in each ward.", "We published a guide.")))
    lines = [line for line in text.splitlines() if line.strip()[:2] in ("1.", "2.")]
    assert "unsure, likely right: low: The kind is a guess from the word 'visited'" in lines[0]
    assert "unsure" not in lines[1]


def test_an_organisation_known_only_by_the_form_of_its_name_is_a_reason_to_be_unsure():
    acts = _acts(
        _paper(
            "We published a guide with the Fire Protection Board.",
            "We published a guide with Newtown Borough Council.",
        )
    )
    assert "unsure" not in acts["1"]
    assert acts["2"]["unsure"] == [
        "'Newtown Borough Council' looks like an organisation's name but is not one Boardwork knows: "
        "check the name."
    ]
    assert 0 < acts["2"]["confidence"] < 1


# -- fourth round: minutes pages, lists, counterparts -------------------------------------------


def _minutes(*blocks) -> Paper:
    return Paper(meta=Meta(title="Update paper", body="Safer Communities Board"), blocks=list(blocks))


def test_a_minutes_pages_bare_minutes_heading_is_layout_not_the_previous_meetings_minutes():
    from boardwork.papers.extract.sections import classify_heading

    cycle = detect_cycle(_minutes())
    assert classify_heading("Minutes:", cycle).role == "untitled"
    assert classify_heading("Minutes of the previous meeting", cycle).role == "excluded"
    paper = _minutes(
        Heading(text="Update paper", level=1),
        Heading(text="Minutes", level=2),
        Paragraph(text="The Board has submitted a response to the Home Office consultation on knife crime."),
    )
    assert [a["kinds"] for a in extract(paper)["activities"]] == [["consultation_response"]]


def test_a_lists_lead_says_whether_its_items_are_work():
    from boardwork.papers.document import ListItem

    duties = _minutes(
        Heading(text="Our role", level=1),
        Paragraph(text="The Act sets out the statutory tasks the Panel must carry out:"),
        ListItem(text="Review the draft Police and Crime Plan and publish a report on it", depth=1),
        ListItem(text="Support strong partnership working with local councils", depth=1),
    )
    assert extract(duties)["activities"] == []
    topics = _minutes(
        Heading(text="Scrutiny of the partnership", level=1),
        Paragraph(text="The Community Safety Manager presented the report and highlighted the following:"),
        ListItem(text="the strategic assessment, the information it gathered and how it was used;", depth=1),
        ListItem(text="the Partnership held a joint event with partners in 2018;", depth=1),
    )
    acts = extract(topics)["activities"]
    assert [a["text"][:25] for a in acts] == ["the Partnership held a jo"]


def test_the_counterpart_names_the_kind():
    # Speaking at a select committee's session is evidence, not an event.
    assert classify("At a Home Affairs Committee session on 29 January I spoke about prevention.") == [
        "evidence"
    ]
    assert classify("On 3 May I spoke at a conference on county lines.") == ["event"]
    # A meeting with a named MP is lobbying; making the case for funding is too.
    assert "lobbying" in classify("The Chairman had raised our points in his meeting with Brandon Lewis MP.")
    assert classify("The LGA is pressing the case for long-term funding of councils.") == ["lobbying"]
    # Visiting a named body is partnership; visiting homes is a service to residents.
    assert action_kinds("I visited the Ben Kinsella Trust in Islington.") == ["partnership"]
    assert action_kinds("Our officers visited 300 homes after the floods.") == ["support"]


def test_how_a_body_works_and_a_priority_s_name_are_not_deeds():
    assert classify("He outlined how the CSP works with the Safer Communities Board.") == []
    assert classify("The CSP works with the Safer Communities Board on violence.") == []
    assert classify("We continue to work with councils on the new duty.") == ["partnership"]
    assert classify("Priority 1, reducing crime by working in partnership, had been rated acceptable.") == []


def test_a_coordinated_predicate_shares_the_tense_of_the_clause_before():
    assert (
        classify(
            "Once approved, the video would be published on the website, and announced through social media channels."
        )
        == []
    )
    assert (
        classify("The video was published on the website, and announced through social media channels.") != []
    )


def test_names_from_the_texts_own_patterns_with_a_place_or_a_post():
    gaz = default_gazetteer()
    po = learn_paper_orgs("", gaz, None, None)
    assert [o.name for o in po.find("I visited the Ben Kinsella Trust in Islington.")] == [
        "Ben Kinsella Trust"
    ]
    names = [
        o.name for o in po.find("Cllr Sharon Taylor OBE, Chair of the Finance Panel, summarised the work.")
    ]
    assert names == ["Finance Panel"]
    # A post's "of" inside a service's title is not cut when no body follows it.
    assert [o.name for o in po.find("We met HM Inspector of Fire Services in Wales.")] == []


def test_a_bare_agenda_item_label_is_not_the_title():
    text = (
        "Safer Communities Board\n\nAgenda item\n\nUpdate paper\n\nMinutes:\n\nThe Board noted the update.\n"
    )
    meta, blocks = layout(text, Limits())
    assert meta.title == "Update paper"
    assert "Agenda item" not in [getattr(b, "text", "") for b in blocks]


def test_a_paragraphs_first_line_is_not_the_title_when_a_heading_stands_above_it():
    text = (
        "Community Safety Partnership - 7 May 2009\n\n119. SAFER COMMUNITIES PROJECT HIGHLIGHT REPORT\n\n"
        "The Board received a report updating it on the projects funded from the Area\n"
        "Based Grant and the Borough Command Unit fund during 2008/09.\n\n"
        "It was noted that a new performance management system had been adopted, so\n"
        "that problems could be identified earlier, and that each project had been\n"
        "given a lead officer from the Community Safety Team.\n"
    )
    meta, blocks = layout(text, Limits())
    assert meta.title == "SAFER COMMUNITIES PROJECT HIGHLIGHT REPORT" and meta.item == "119"
    assert isinstance(blocks[0], Heading) and blocks[0].level == 1


def test_a_news_items_public_answer_is_media_and_the_authors_own_response_a_consultation_response():
    assert classify("The WLGA has responded to concerns about the cost of repairing pot-holes.") == ["media"]
    assert classify(
        "Responding to a select committee report on refugees, the WLGA set out its approach."
    ) == ["media"]
    assert classify("The WLGA has defended councils against comments made by Care Forum Wales.") == ["media"]
    own = classify(
        "The Welsh Local Government Association's response to the consultation on draft regulations.",
        author_words=("Welsh Local Government Association", "WLGA"),
    )
    assert own == ["consultation_response"]
    assert classify("The Government's response to the consultation was published.") != [
        "consultation_response"
    ]


def test_a_section_heading_names_the_document_its_paragraphs_call_the_framework():
    paper = Paper(
        meta=Meta(title="Publications", body="Welsh Local Government Association"),
        blocks=[
            Heading(text="Publications", level=1),
            Heading(text="A Development Framework for Councillors in Wales 2021", level=2),
            Paragraph(
                text="We published the framework in April 2021 to help councillors plan their development."
            ),
        ],
    )
    (act,) = extract(paper)["activities"]
    # (its year with it, as the heading names it: the years after a name's "for X" are the name's)
    assert act["policies"] == ["Development Framework for Councillors in Wales 2021"]
    # "a … report" describes a report; it does not name one.
    assert (
        extract(_paper("Responding to a Home Affairs Select Committee report, we set out our approach."))[
            "activities"
        ][0]["policies"]
        == []
    )


def test_the_authors_own_board_a_quoted_campaign_and_a_quoted_statement():
    gaz = default_gazetteer()
    po = learn_paper_orgs("", gaz, "Convention of Scottish Local Authorities", None)
    (board,) = po.find("COSLA's Community Wellbeing Board issued a rallying call.")[-1:]
    assert board.internal
    paper = _paper(
        "COSLA's Community Wellbeing Board issued a rallying call to back the 'Stay in Scotland' campaign and to"
        " encourage EU nationals to register to vote.",
        'Councillor Alison Evison, COSLA President, said: "We are pleased to see the law being used."',
        body="Convention of Scottish Local Authorities",
    )
    acts = _acts(paper)
    assert acts["1"]["policies"] == ["Stay in Scotland campaign"] and acts["1"]["organisations"] == []
    assert acts["2"]["kinds"] == ["media"]


def test_a_bodys_named_policy_is_a_policy_and_a_lowercase_policy_is_a_word():
    acts = _acts(
        _paper(
            "At the end of 2019 we consulted the public on our Risk Management Policy.",
            "In 2019 we surveyed residents on our policy for street lighting.",
        )
    )
    assert acts["1"]["policies"] == ["Risk Management Policy"]
    assert acts["2"]["policies"] == []


# -- fifth round: batch 19 (DCN, London Councils, NILGA, North Wales FRA) -----------------------


def test_a_lead_saying_how_the_body_works_introduces_no_deeds():
    from boardwork.papers.document import ListItem

    means = _minutes(
        Heading(text="Aim", level=1),
        Paragraph(text="The Network adds value for its member councils by:"),
        ListItem(text="helping them to collaborate, network and share information;", depth=1),
    )
    assert extract(means)["activities"] == []
    # In the past the same lead reports what was done.
    done = _minutes(
        Heading(text="Our year", level=1),
        Paragraph(text="Last year the Network supported its member councils by:"),
        ListItem(text="helping them to collaborate, network and share information;", depth=1),
    )
    assert len(extract(done)["activities"]) == 1


def test_a_meeting_with_a_minister_named_by_post_is_lobbying_and_the_bodys_own_meetings_are_business():
    assert classify(
        "With the CFO, the Chair attended meetings in Cardiff of the Chairs of the authorities of Wales with the"
        " Deputy Minister for Housing and Local Government."
    ) == ["lobbying"]
    assert classify("The Chair attended all the Authority's meetings of the last twelve months.") == []
    assert classify("The Chair attended meetings of the North Wales Regional Leadership Board.") == [
        "partnership"
    ]


def test_an_organisation_that_owns_what_was_discussed_is_no_counterpart():
    from boardwork.papers.extract.kinds import with_counterpart

    text = "These meetings dealt mainly with the Welsh Government's wish to reform the authorities."
    start = text.index("Welsh")
    assert not with_counterpart(text, start, start + len("Welsh Government"))
    text = "In May we ran a workshop with the Welsh Government on reform."
    start = text.index("Welsh")
    assert with_counterpart(text, start, start + len("Welsh Government"))


def test_an_agreement_the_author_made_is_partnership_and_another_bodys_is_not():
    said = (
        "The Chairman welcomed the Mayor and explained the background to a Memorandum of Understanding that"
        " London Councils and the Mayor had agreed."
    )
    assert classify(said, author_words=("London Councils",)) == ["partnership"]
    other = "The Compact was signed by the Welsh Government and the WLGA in 2011."
    assert classify(other, author_words=("Wrexham County Borough Council",)) == []


def test_the_date_of_the_work_a_follow_up_repeats_is_not_its_date_and_the_bodys_newsletter_is_its_publication():
    from boardwork.papers.extract.dates import resolve_date

    cycle = detect_cycle(_paper("x", title="Publications 2014/15"))
    text = (
        "The DCN has carried out a follow-up to the survey it produced with the Society of District Council"
        " Treasurers in September 2013."
    )
    assert resolve_date(text, cycle) is None
    assert resolve_date("The DCN carried out a survey in September 2013.", cycle) == "2013-09"
    assert classify(
        "Here is the District Councils' Network newsletter for December 2014.",
        author_words=("District Councils' Network", "DCN"),
    ) == ["publication"]


# -- fifth round: batch 20 (Safer Cornwall, LGIU, Bradford) ---------------------------------------


def test_a_resolution_is_the_meetings_decision_not_work():
    acts = _acts(
        _paper(
            "That a public consultation exercise be undertaken on the proposals in the Scheme.",
            "That engagement with the Combined Authority and the other councils progress as described.",
            "That year we ran a joint conference with the police.",
        )
    )
    assert sorted(acts) == ["3"]


def test_a_bodys_name_with_its_acronym_is_one_word_between_verb_and_noun():
    assert classify(
        "Two of our officers travelled to Bellaghy in June to attend the Northern Ireland Local Government"
        " Association (NILGA) 2023 AGM."
    ) == ["event"]
    # A new clause's subject owns the verb after a comma: the centre did not open.
    assert (
        classify("After a drive to the Seamus Heaney Centre, the AGM opened with a message from the Chair.")
        == []
    )


def test_work_prepared_by_a_team_is_the_bodys_own_and_by_another_body_is_not():
    assert classify(
        "The Strategic Assessment was prepared by the Community Safety Intelligence Team, with support from"
        " partnership officers."
    ) == ["research"]
    assert classify("The assessment was prepared by the Home Office.") == []


def test_a_full_name_doing_a_persons_deed_in_a_subordinate_clause_is_a_person():
    people, _ = find_people(
        "Councillors called for funding as Michael Gove attended the Executive meeting.", []
    )
    assert people == ["Michael Gove"]
    people, _ = find_people(
        "The rate rose as Northern Ireland said it would, and when Surrey Police attended.", []
    )
    assert people == []


# -- fifth round: batch 21 (HMICFRS, West Berkshire, Warwickshire PCC) ----------------------------


def test_the_study_named_before_the_bodys_deed_and_evidence_taken_from_witnesses_are_research():
    assert classify(
        "It contains my assessment, based on the inspections we carried out between June and August."
    ) == ["research"]
    assert classify(
        "The review group met twice more, once to take evidence formally from two more officers."
    ) == ["research"]
    # Giving evidence is evidence.
    assert classify("We gave evidence to the Committee's inquiry in May.") == ["evidence"]


def test_a_named_office_publishing_is_another_body_and_an_act_starts_a_word():
    from boardwork.papers.extract.policies import _BILL_ACT

    assert classify("The National Audit Office published a report on fire services in 2015.") == []
    m = _BILL_ACT.search("my report under section 28B of the Fire and Rescue Services Act 2004")
    assert m and m.group(1).strip() == "Fire and Rescue Services"


def test_the_bodys_own_sub_group_is_its_actor_not_a_partner():
    # Its own work, not a partnership: finishing its report is the body's research (NOTES 28).
    assert classify("The task and finish group completed its report in February.") == ["research"]
    assert action_kinds("Over the autumn the task and finish group met the Office of the Commissioner.") == [
        "partnership"
    ]
    assert classify("Officers sat on the county's steering group for the strategy in 2019.") == [
        "partnership"
    ]


def test_a_name_where_a_counterpart_stands_that_the_rules_cannot_place_is_flagged_not_guessed():
    acts = _acts(
        _paper(
            "In May 2022 we commissioned research from Hall Aitken on the night-time economy.",
            "In May 2022 we ran a workshop with the Home Office on Domestic Homicide Reviews.",
        )
    )
    assert acts["1"]["organisations"] == []
    assert any("'Hall Aitken'" in why for why in acts["1"]["unsure"])
    assert not any("may be an organisation" in why for why in acts["2"].get("unsure", []))


def test_an_amendment_to_a_meetings_own_motion_is_business_and_to_a_bill_is_lobbying():
    assert classify("At the meeting an amendment to the Motion on Notice was passed.") == []
    assert classify("We secured amendments to the Police and Crime Bill in 2011.") == ["lobbying"]


def test_a_paragraph_opening_with_a_front_matter_label_is_that_section_set_inline():
    # Decision records and issue pages print "Purpose: …" as a paragraph, not under a heading.
    acts = _acts(
        _paper(
            "Purpose: to seek agreement to submit the consultation responses to the Minister by May 2022.",
            "Reasons for the decision: the Council consulted residents on the proposals in March 2022.",
            "Consultation: in March 2022 we consulted residents on the proposals.",
        )
    )
    assert "1" not in acts and "2" not in acts
    # A label that is a topic, not front matter, keeps its paragraph's work.
    assert acts["3"]["kinds"] == ["research"]


def test_a_meetings_business_an_agenda_purpose_and_a_statute_described_are_not_work():
    acts = _acts(
        _paper(
            "The committee considered report 12/19 of the head of service in May 2019, with the partnership's plan.",
            "The officer outlined the report in June 2019, highlighting the priorities and changes to funding.",
            "To consider a response to the scrutiny review of the partnership's work with residents.",
            "The Police and Justice Act 2006 placed a duty on councils to work with the police in partnership.",
            "Welcoming the report of the review group, the Cabinet Member thanked everyone in partnership.",
            "In May 2019 we published a guide to working in partnership with the police.",
        )
    )
    assert sorted(acts) == ["6"]
    assert "publication" in acts["6"]["kinds"]
