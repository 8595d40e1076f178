"""Plain-text headings at first reading, the twenty-second round: minutes that close every item's
name with a full stop, a minutes' title with its attendance label straight under it, and the names
of an attendance list that carry an initial "A". Every example is made up in the genre's shape, not
copied from a paper."""

from __future__ import annotations

from boardwork.papers.readers import Limits
from boardwork.papers.readers.txt.layout import layout


def _blocks(text: str) -> tuple[str | None, list[tuple[str, int | None, str]]]:
    meta, blocks = layout(text, Limits())
    return meta.title, [(b.type, getattr(b, "level", None), b.text) for b in blocks]


def _headings(blocks: list[tuple[str, int | None, str]]) -> list[str]:
    return [x for t, _, x in blocks if t == "heading"]


PARISH_MINUTES = (
    "Northbury Parish Council\n\n"
    "Minutes of the meeting of the Parish Council held on Tuesday 5 July 2022 at the Village Hall\n\n"
    "Present: Cllr J Grant (Chair), Cllr B Jones, Cllr C Brown\n\n"
    "1. To receive apologies for absence.\n\n"
    "Apologies were received from Cllr D White.\n\n"
    "2. To declare any personal or prejudicial interest.\n\n"
    "None were declared.\n\n"
    "3. To approve the minutes of the meeting held on 7 June 2022.\n\n"
    "The minutes were approved and signed as a true record.\n\n"
    "4. Police report.\n\n"
    "PCSO Green reported two thefts from vehicles in the village over the month.\n"
)


def test_minutes_closing_item_names_with_a_stop_have_them_as_headings():
    _, blocks = _blocks(PARISH_MINUTES)
    heads = _headings(blocks)
    assert "To receive apologies for absence" in heads
    assert "To approve the minutes of the meeting held on 7 June 2022" in heads
    assert "Police report" in heads
    # (The minute's own text under each name stays a paragraph.)
    assert ("paragraph", None, "None were declared.") in blocks


def test_a_numbered_sentence_with_its_verb_is_no_item_name():
    # Guard: short numbered sentences that say something ("The Panel noted the report.") over
    # unnumbered prose stay numbered paragraphs, stop or no stop.
    text = (
        "Annual report of the panel\n\n"
        "1. The Panel noted the report.\n\n"
        "Members asked about the cost of the new stations and were told it was within budget.\n\n"
        "2. The Panel agreed the plan.\n\n"
        "The plan will be published on the commissioner's website in the spring of next year.\n"
    )
    _, blocks = _blocks(text)
    assert _headings(blocks) == ["Annual report of the panel"]


JOINED_MINUTES = (
    "Minutes of the Community Safety Partnership\n"
    "Held on 3 April 2024 at County Hall\n"
    "Present\n"
    "Cllr J Grant (Chair)\n"
    "Insp B Jones, Northshire Police\n"
    "Item 1 Welcome and apologies\n"
    "The Chair welcomed everyone. Apologies were received from D White.\n"
    "Item 2 Performance report\n"
    "The analyst presented the figures for the quarter. Burglary was down.\n"
)


def test_the_minutes_title_does_not_run_on_into_the_attendance_label():
    title, _ = _blocks(JOINED_MINUTES)
    assert title == "Minutes of the Community Safety Partnership Held on 3 April 2024 at County Hall"


def test_a_one_line_minutes_title_does_not_take_the_attendance_label_either():
    text = JOINED_MINUTES.replace("Partnership\nHeld", "Partnership held")
    title, _ = _blocks(text)
    assert title == "Minutes of the Community Safety Partnership held on 3 April 2024 at County Hall"


def test_a_name_with_the_initial_a_is_a_line_of_the_attendance():
    text = JOINED_MINUTES.replace("Cllr J Grant", "Cllr A Smith").replace(
        "Partnership\nHeld", "Partnership held"
    )
    _, blocks = _blocks(text)
    heads = _headings(blocks)
    assert "Cllr A Smith (Chair)" not in heads
    assert "Insp B Jones, Northshire Police" not in heads
    assert "Welcome and apologies" in heads


def test_a_title_that_wraps_still_wraps():
    # Guard: a title set over two lines with no attendance label under it is one title.
    text = (
        "Minutes of the Community Safety Partnership\n"
        "Held on 3 April 2024 at County Hall\n\n"
        "Item 1 Welcome and apologies\n\n"
        "The Chair welcomed everyone. Apologies were received from D White.\n"
    )
    title, _ = _blocks(text)
    assert title == "Minutes of the Community Safety Partnership Held on 3 April 2024 at County Hall"


PANEL_REPORT = (
    "NORTHSHIRE POLICE AND CRIME PANEL\n\n"
    "12 MARCH 2024\n\n"
    "POLICE AND CRIME PLAN UPDATE\n\n"
    "PURPOSE\n\n"
    "1. To update the panel on the delivery of the plan.\n\n"
    "BACKGROUND\n\n"
    "2. The plan was published in 2021 and runs to 2025.\n\n"
    "3. The commissioner has funded twelve projects under the plan.\n\n"
    "NORTHSHIRE POLICE AND CRIME PANEL\n\n"
    "PROGRESS AGAINST THE PLAN\n\n"
    "4. Ten of the projects are complete.\n"
)


def test_the_masthead_set_again_down_the_page_is_no_heading():
    title, blocks = _blocks(PANEL_REPORT)
    assert title == "POLICE AND CRIME PLAN UPDATE"
    assert "NORTHSHIRE POLICE AND CRIME PANEL" not in [x for _, _, x in blocks]
    assert "PROGRESS AGAINST THE PLAN" in _headings(blocks)


def test_a_section_in_capitals_set_twice_stays_a_heading():
    # Guard: a line in capitals set twice that names no body ("RECOMMENDATIONS", in the summary and
    # in the body) is no masthead.
    text = PANEL_REPORT.replace("NORTHSHIRE POLICE AND CRIME PANEL\n\nPROGRESS", "RECOMMENDATION\n\nPROGRESS")
    text = text.replace("PURPOSE\n\n", "RECOMMENDATION\n\n", 1)
    _, blocks = _blocks(text)
    assert _headings(blocks).count("RECOMMENDATION") == 2


def _cover(addressee: str) -> str:
    return (
        "Northshire Borough Council\n\n"
        f"{addressee}\n\n"
        "Community Safety Strategy\n\n"
        "1. Purpose\n\n"
        "1.1 To ask Cabinet to endorse the strategy.\n\n"
        "2. Background\n\n"
        "2.1 The partnership drew up the strategy with its partners.\n"
    )


def test_the_meeting_a_report_goes_to_with_its_date_stays_in_the_paper():
    # Guard: the addressee's line with the meeting's date ("Report to Cabinet on Tuesday 14 May
    # 2024") is not left out of the paper, and the meeting's date is read from it (no development
    # key has the shape; a rule dropping it was tried and not kept).
    for line in ("Report to Cabinet on Tuesday 14 May 2024", "REPORT TO CABINET ON TUESDAY 14 MAY 2024"):
        meta, blocks = layout(_cover(line), Limits())
        assert meta.meeting_date == "2024-05-14"
        assert line in [b.text for b in blocks]
        assert "Community Safety Strategy" in [b.text for b in blocks]


def test_the_meeting_a_report_goes_to_without_a_date_is_a_cover_line_still():
    # Guard: "Report to Cabinet" alone over the report's name was a cover line already.
    title, blocks = _blocks(_cover("Report to Cabinet"))
    assert title == "Community Safety Strategy"
    assert "Report to Cabinet" not in [x for _, _, x in blocks]


_ITEMS = ("Apologies for absence", "Minutes of the last meeting", "Police report")
_MINUTES_TEXT = (
    "Apologies were received from Cllr D White and Insp E Black.",
    "The minutes of the meeting held on 4 March 2024 were agreed as a true record.",
    "The Inspector reported that burglaries had fallen in the quarter.",
)


def _minutes(label, sep: str = "\n\n") -> str:
    text = "Minutes of the Northbury Community Safety Partnership held on 5 March 2024" + sep
    for n, (item, said) in enumerate(zip(_ITEMS, _MINUTES_TEXT, strict=True)):
        text += label(n + 1, item) + sep + said + sep
    return text


def test_minutes_naming_each_item_after_the_word_minute_have_the_names_as_headings():
    for label in (lambda n, t: f"Minute {n} {t}", lambda n, t: f"Minute {n + 10}/24 {t}"):
        title, blocks = _blocks(_minutes(label))
        assert title == "Minutes of the Northbury Community Safety Partnership held on 5 March 2024"
        assert _headings(blocks)[1:] == list(_ITEMS)


def test_a_sentence_opening_with_a_minutes_number_is_no_item():
    # Guard: "Minute 12 was approved …" says something of a minute; it names no item.
    text = (
        _minutes(lambda n, t: f"Item {n}: {t}")
        + "Minute 12 was approved by the council at its last meeting.\n"
    )
    _, blocks = _blocks(text)
    assert "was approved by the council at its last meeting" not in " ".join(_headings(blocks))


def test_agenda_items_with_their_numbers_on_a_page_with_no_blank_lines_are_each_a_heading():
    # Two "Agenda Item n: …" lines or more are the items of minutes, not one item's page: the
    # first is not the page's title, and the lines under it are not its wrap.
    title, blocks = _blocks(_minutes(lambda n, t: f"Agenda Item {n}: {t}", sep="\n"))
    assert title == "Minutes of the Northbury Community Safety Partnership held on 5 March 2024"
    assert _headings(blocks)[1:] == list(_ITEMS)


def test_one_agenda_items_line_is_still_the_items_page_title():
    # Guard: an item's page, "Agenda item 7: …" over the minute's text, has that item for its title.
    text = (
        "Agenda item 7: Community Safety Partnership Annual Report\n\n"
        "The Community Safety Manager presented the partnership's annual report for the year.\n"
    )
    title, _ = _blocks(text)
    assert title == "Community Safety Partnership Annual Report"


def test_a_label_in_the_texts_own_case_after_a_sentences_end_heads_what_follows():
    # On a page with no blank lines, "Financial implications:" under a sentence's end is the next
    # section's label, not the paragraph going on.
    text = (
        "Northshire Borough Council\n"
        "Report to the Overview and Scrutiny Committee\n"
        "Community Safety Partnership Annual Report\n"
        "Purpose of the report:\n"
        "To update the Committee on the work of the partnership over the last year.\n"
        "Background:\n"
        "The partnership was set up under the Crime and Disorder Act and meets every quarter.\n"
        "Financial implications:\n"
        "There are no financial implications arising from this report for the council.\n"
    )
    _, blocks = _blocks(text)
    assert _headings(blocks)[1:] == ["Purpose of the report", "Background", "Financial implications"]
    assert (
        "paragraph",
        None,
        "The partnership was set up under the Crime and Disorder Act and meets every quarter.",
    ) in blocks


def test_a_sentence_wrapped_onto_a_line_ending_in_a_colon_goes_on():
    # Guard: a sentence that has not ended goes on onto its lead-in's last words.
    text = (
        "Community Safety Partnership Annual Report\n\n"
        "The partnership met four times in the year and at each meeting it considered the\n"
        "following matters:\n"
        "- the strategic assessment\n"
        "- the partnership plan\n"
    )
    _, blocks = _blocks(text)
    assert _headings(blocks) == ["Community Safety Partnership Annual Report"]


NEWS = (
    "Police and crime commissioner funds new youth projects\n\n"
    "Published: 12 March 2024\n\n"
    "The Police and Crime Commissioner has awarded £250,000 to twelve youth projects across the county.\n\n"
    "Who can apply\n\n"
    "Groups that work with young people aged 10 to 18 can apply in the next round, which opens in June.\n\n"
    "ENDS\n\n"
    "Notes to editors\n\n"
    "The fund was set up in 2021.\n\n"
    "Share this page\n\n"
    "Back to news\n"
)


def test_a_press_releases_end_mark_and_a_pages_sharing_links_are_no_headings():
    _, blocks = _blocks(NEWS)
    heads = _headings(blocks)
    assert "ENDS" not in heads
    assert "Share this page" not in heads
    assert "Back to news" not in heads
    # (The release's sub-head and its notes stay headings.)
    assert "Who can apply" in heads
    assert "Notes to editors" in heads


def test_a_headline_of_sharing_news_stays_a_heading():
    # Guard: a news sub-head that speaks of sharing is a heading still; only the page's own
    # control lines ("Share this page", "Share on …") are not.
    text = NEWS.replace("Who can apply", "Sharing information between partners")
    _, blocks = _blocks(text)
    assert "Sharing information between partners" in _headings(blocks)


SCOTTISH_MINUTE = (
    "WESTSHIRE COUNCIL\n\n"
    "MINUTE of MEETING of the POLICE AND FIRE SCRUTINY COMMITTEE held in the Council Chamber, "
    "Westshire House on 14 May 2024 at 10.00 am.\n\n"
    "PRESENT:\n"
    "Councillor Anne Smith (Chair)\n"
    "Councillors Brian Jones and Carol Brown\n\n"
    "APOLOGIES:\n"
    "Councillor Frank White\n\n"
    "1. DECLARATIONS OF INTEREST\n\n"
    "There were no declarations of interest.\n\n"
    "2. POLICE SCOTLAND PERFORMANCE REPORT\n\n"
    "There was submitted a report by the Local Area Commander on performance for the quarter.\n"
)


def test_a_minute_of_meeting_is_the_minutes_title():
    # Scottish councils call their minutes a "Minute": the line is the title, as "Minutes of …" is.
    title, blocks = _blocks(SCOTTISH_MINUTE)
    assert title is not None and title.startswith(
        "MINUTE of MEETING of the POLICE AND FIRE SCRUTINY COMMITTEE"
    )
    assert blocks[0][:2] == ("heading", 1)


def test_several_names_after_their_plural_style_are_a_line_of_the_attendance():
    _, blocks = _blocks(SCOTTISH_MINUTE)
    heads = _headings(blocks)
    assert "Councillors Brian Jones and Carol Brown" not in heads
    assert "DECLARATIONS OF INTEREST" in heads


def test_a_minutes_silence_is_no_title():
    # Guard: "A minute's silence" names no meeting; the paper's own title stays.
    text = SCOTTISH_MINUTE.replace(
        "There were no declarations of interest.", "A minute's silence was held in memory of a former member."
    )
    title, _ = _blocks(text)
    assert title is not None and title.startswith("MINUTE of MEETING")


def test_an_items_code_with_its_year_is_taken_off_its_name_in_capitals():
    text = (
        "Community Safety Committee\n\n"
        "Agenda\n\n"
        "CSC001-24 COMMUNITY SAFETY PLAN UPDATE\n\n"
        "The plan was adopted by Council in 2022 and this report updates the committee on progress.\n\n"
        "CSC002-24 GRAFFITI REMOVAL PROGRAM\n\n"
        "The program removed graffiti from 400 sites in the last year.\n"
    )
    _, blocks = _blocks(text)
    heads = _headings(blocks)
    assert "COMMUNITY SAFETY PLAN UPDATE" in heads
    assert "GRAFFITI REMOVAL PROGRAM" in heads


def test_a_lone_code_with_a_year_keeps_its_name():
    # Guard: one line so set is no scheme of the paper's ("A1-24 ROADWORKS" alone keeps its code).
    text = (
        "Highways Committee\n\n"
        "A1-24 ROADWORKS\n\n"
        "The works on the road will close one lane for three weeks in the summer.\n"
    )
    _, blocks = _blocks(text)
    assert "ROADWORKS" not in _headings(blocks)


QUESTIONS_PAGE = (
    "Anti-social behaviour\n"
    "Anti-social behaviour is behaviour that causes alarm, harassment or distress to people who live nearby.\n"
    "What can the council do to tackle anti-social behaviour in my area?\n"
    "The council's team works with the police, housing providers and other partners to stop it.\n"
    "How do I report anti-social behaviour to the council or the police?\n"
    "You can report it online, by phone, or by calling the police on 101.\n"
    "What happens after I make a report?\n"
    "An officer will contact you within five working days to discuss what happened.\n"
)


def test_a_pages_questions_with_no_blank_lines_are_its_headings():
    _, blocks = _blocks(QUESTIONS_PAGE)
    assert _headings(blocks)[1:] == [
        "What can the council do to tackle anti-social behaviour in my area?",
        "How do I report anti-social behaviour to the council or the police?",
        "What happens after I make a report?",
    ]


def test_a_question_inside_a_wrapped_paragraph_goes_on():
    # Guard: in a paragraph wrapped at a width, a line that fills the width and closes with a
    # question is the paragraph going on.
    text = (
        "Consultation on the plan\n\n"
        "The panel asked residents what mattered most to them in their neighbourhoods this year, and\n"
        "how the police and the council could work better together to answer their concerns quickly.\n"
        "What would make people feel safer in the evenings, in the parks and in the town centre?\n"
        "Most of those who answered named more patrols, better street lighting and cameras in the\n"
        "town centre, and many asked for more youth clubs and activities in the summer holidays.\n"
        "The panel will report its findings to the commissioner at its next meeting in the autumn.\n"
    )
    _, blocks = _blocks(text)
    assert _headings(blocks) == ["Consultation on the plan"]
    assert len([b for b in blocks if b[0] == "paragraph"]) == 1


def test_a_reports_key_facts_are_no_headings():
    text = (
        "Westshire Community Safety Partnership Annual Report 2023/24\n\n"
        "Key facts\n\n"
        "1,200\n"
        "home safety visits\n\n"
        "£50,000\n"
        "given to local groups\n\n"
        "Looking ahead\n\n"
        "Next year the partnership will refresh its strategic assessment.\n"
    )
    _, blocks = _blocks(text)
    heads = _headings(blocks)
    assert "1,200 home safety visits" not in heads
    assert "Looking ahead" in heads


def test_a_headline_opening_with_its_year_stays_a_heading():
    # Guard: a year is no figure ("2018 winners …" heads the news under it).
    text = (
        "Awards news\n\n"
        "2018 winners showcase local government at its best\n\n"
        "The awards were presented at a dinner in Glasgow on Thursday evening to eleven councils.\n\n"
        "Judges' comments\n\n"
        "The judges praised the quality of the entries from every part of the country.\n"
    )
    _, blocks = _blocks(text)
    assert "2018 winners showcase local government at its best" in _headings(blocks)


def test_a_commissioners_line_over_a_decision_record_stays_in_the_paper():
    # Guard: a commissioner's office named by its area over a decision record ("POLICE AND CRIME
    # COMMISSIONER FOR WESTSHIRE" / "DECISION RECORD") is not left out of the paper with the line
    # under it (no development key has the shape; a rule reading it as the cover's body line, which
    # dropped both, was tried and not kept).
    text = (
        "POLICE AND CRIME COMMISSIONER FOR WESTSHIRE\n\n"
        "DECISION RECORD\n\n"
        "Title: Community Safety Grants 2024/25\n\n"
        "Executive summary\n\n"
        "The Commissioner has decided to award grants to the county's community safety partnerships.\n\n"
        "Background\n\n"
        "The grants have been given every year since 2013.\n"
    )
    _, blocks = _blocks(text)
    texts = [x for _, _, x in blocks]
    assert "POLICE AND CRIME COMMISSIONER FOR WESTSHIRE" in texts
    assert "DECISION RECORD" in texts
    assert _headings(blocks)[-2:] == ["Executive summary", "Background"]


def test_an_agendas_items_closed_by_stops_one_under_another_stay_numbered_lines():
    # Guard: an agenda's items with no minute under each ("1. Apologies for absence." / "2. …") are
    # its numbered lines, however the paper closes.
    text = (
        "Northbury Parish Council\n\n"
        "Agenda\n\n"
        "1. To receive apologies for absence.\n\n"
        "2. To declare any personal or prejudicial interest.\n\n"
        "3. To approve the minutes of the meeting held on 7 June 2022.\n\n"
        "The Council will meet in the Village Hall on Tuesday, 5 July 2022 at 7.30pm and the public "
        "are welcome to attend the meeting.\n"
    )
    _, blocks = _blocks(text)
    assert "To receive apologies for absence" not in _headings(blocks)
