"""What still cost an officer time in a composed End of Year and performance report, as genre rules on
invented records (plain facts, no database): officers' bracketed asides copied into the prose, the
log's present and future tense in a paper written after the year, acronyms the glossary or records
spell left unexplained, one event told with two figures, a policy trailing after an aside, and the
evidence for a commitment run together on one line."""

from __future__ import annotations

import datetime as dt

from boardwork.papers.compose import narrative as n
from boardwork.papers.compose.facts import ActivityFact, CommitmentFact, OrgFact, PolicyFact
from boardwork.papers.compose.names import Namer
from boardwork.papers.compose.performance import evidence_lines


def act(ref: str, text: str, day: dt.date, **kw) -> ActivityFact:
    kw.setdefault("kinds", ["event"])
    return ActivityFact(ref=ref, title=kw.pop("title", text[:30]), text=text, date=day, **kw)


def told(acts: list[ActivityFact], namer: Namer | None = None, commitments=None) -> str:
    return " ".join(p.text for p in n.theme_paragraphs(acts, commitments or [], namer))


D = dt.date(2023, 6, 14)


# 1. Bracketed asides ----------------------------------------------------------------------------


def test_a_one_word_aside_qualifies_its_noun_or_is_dropped_after_a_name():
    text = told([act("a", "Held a briefing (breakfast) for harbour masters on dredging.", D)])
    assert "a breakfast briefing for harbour masters" in text and "(" not in text
    text = told(
        [act("b", "Cllr Moss on Radio Westmere (drivetime) about coastal flooding.", D, kinds=["media"])]
    )
    assert "Radio Westmere about coastal flooding" in text and "drivetime" not in text


def test_an_aside_naming_organisations_becomes_words_or_goes_when_already_said():
    west = OrgFact("org:1", "Westmere District Council", role="named")
    east = OrgFact("org:2", "Eastholm Borough Council", role="named")
    text = told(
        [act("a", "Two flood resilience case studies up on the website (Westmere, Eastholm).", D, kinds=["publication"], orgs=[west, east])]
    )  # fmt: skip
    assert "case studies from Westmere District Council and Eastholm Borough Council on the website" in text
    assert "(" not in text
    # The aside restates a name the sentence gives: it goes.
    text = told([act("b", "Met Westmere District Council officers about erosion (Westmere).", D, kinds=["partnership"], orgs=[west])])  # fmt: skip
    assert "(Westmere)" not in text and text.count("Westmere") == 1
    # In the day's news, a department in brackets is who in the Government acted: the news says it.
    defra = OrgFact("org:3", "Department for Environment, Food and Rural Affairs", "DEFRA", role="named")
    text = told(
        [act("c", "Gov published its new beach safety code (DEFRA). Sent councils a summary.", D, kinds=["media"], orgs=[defra])]
    )  # fmt: skip
    assert "(DEFRA)" not in text and "the Government published its new beach safety code" in text


def test_a_phrase_or_a_list_in_brackets_is_set_off_by_commas():
    panel = OrgFact("org:4", "Coastal Safety Panel", role="addressee")
    text = told(
        [act("a", "Chair wrote to the Minister (as chair of the Coastal Safety Panel) asking for a meeting.", D, kinds=["lobbying"], orgs=[panel])]
    )  # fmt: skip
    assert "the Minister, as chair of the Coastal Safety Panel, asking for a meeting" in text
    text = told(
        [act("b", "Sent our response to the marina consultation (mooring charges, berth fees, patrol costs).", D, kinds=["consultation_response"])]
    )  # fmt: skip
    assert "including mooring charges, berth fees and patrol costs" in text and "(" not in text


def test_an_acronym_introduced_after_its_name_is_not_an_aside():
    forum = OrgFact("org:5", "Coastal Authorities Forum", "CAF", role="partner")
    text = told(
        [act("a", "Workshop with the Coastal Authorities Forum (CAF) on beach signage.", D, orgs=[forum])]
    )
    assert "Coastal Authorities Forum (CAF)" in text


# 2. Tense ---------------------------------------------------------------------------------------


def test_what_the_log_said_was_to_come_is_told_in_the_past():
    trust = OrgFact("org:6", "Harbour Trust", role="partner")
    text = told(
        [
            act("a", "Online briefing for members on the harbour guidance before it comes in on 1 April.", D),
            act("b", "Call with the Harbour Trust on dredging.", dt.date(2023, 7, 2), orgs=[trust],
                outcome="Harbour Trust to share its survey data with us", kinds=["partnership"]),
            act("c", "Meeting of the coastal network.", dt.date(2023, 8, 2), outcome="Bulletin items to go out in autumn",
                kinds=["partnership"]),
        ]
    )  # fmt: skip
    assert "before it came in on 1 April" in text and "comes in" not in text
    assert "the Harbour Trust was to share its survey data with us" in text
    assert "bulletin items were to go out in autumn" in text
    assert " will " not in text


# 3. Acronyms ------------------------------------------------------------------------------------


def test_an_acronym_the_glossary_spells_is_spelled_at_first_use_even_in_mixed_case():
    namer = Namer(glossary={"KHub": "Knowledge Hub"})
    text = told([act("a", "Put an explainer for harbour leads on KHub.", D, kinds=["publication"]),
                 act("b", "Put the slides on KHub.", dt.date(2023, 9, 1), kinds=["publication"])], namer)  # fmt: skip
    assert text.count("Knowledge Hub (KHub)") == 1 and text.count("KHub") == 2
    # An acronym nothing spells is left as typed.
    assert "ZQub" in told([act("c", "Put the slides on ZQub.", D, kinds=["publication"])], Namer())


def test_a_possessive_acronym_is_spelled_without_a_bracket():
    forum = OrgFact("org:7", "Coastal Authorities Forum", "CAF", role="named")
    text = told(
        [act("a", "Presented our signage work to CAF's members' group.", D, orgs=[forum])],
        Namer(orgs=[forum]),
    )
    assert "the Coastal Authorities Forum's members' group" in text and "(CAF)'s" not in text


# 4. One event, one figure -----------------------------------------------------------------------


def test_near_duplicate_entries_of_one_event_give_one_figure_and_no_day():
    c = CommitmentFact("commitment:1", "Run the harbour conference", "complete")
    day1 = act(
        "a",
        "Harbour Conference day 1. Minister spoke on dredging. ~300 there.",
        dt.date(2024, 3, 12),
        title="Harbour Conference - day 1",
        reach="~300",
        commitment=c.ref,
    )
    both = act("b", "Harbour conference, 12-13 March. Ran two breakouts.", dt.date(2024, 3, 13),
               title="Annual harbour conference (12-13 March)", reach="310 delegates", commitment=c.ref)  # fmt: skip
    paras = n.theme_paragraphs([day1, both], [c])
    sentence = next(s for p in paras for s in p.sentences if "310" in s.text)
    assert "300" not in sentence.text and "day 1" not in sentence.text
    assert "attended by 310 delegates" in sentence.text
    assert {"a", "b"} <= set(sentence.refs)  # both entries are its sources
    # Counts of another measure stay beside it.
    one = act("c", "Webinar on signage.", D, title="Signage webinar", reach="140 attendees")
    two = act(
        "d",
        "Signage webinar.",
        D + dt.timedelta(days=1),
        title="Signage webinar",
        reach="about 150 registered",
    )
    assert "150 registered" in told([one, two]) and "140" in told([one, two])


# 5. A policy after an aside ---------------------------------------------------------------------


def test_a_policy_does_not_trail_after_an_aside():
    act_2010 = PolicyFact("policy:1", "Flood and Water Management Act 2010", "act", "in force")
    text = told([act("a", "Published 4 case studies on flood recovery (incl. one coastal town).", D,
                     kinds=["publication"], policies=[act_2010])])  # fmt: skip
    assert text.startswith("On the Flood and Water Management Act 2010, in June we published 4 case studies")
    assert "), on the" not in text and "town, on the" not in text


# 6. Evidence in the performance report ----------------------------------------------------------


def test_evidence_is_one_dated_item_a_line_and_the_rest_counted():
    acts = [
        act(
            f"a{i}",
            f"Harbour safety webinar number {i}.",
            dt.date(2023, 4 + i, 3),
            title=f"Harbour webinar {i}",
        )
        for i in range(6)
    ]
    lines = evidence_lines(acts, Namer())
    assert lines[0] == "Evidence:"
    assert lines[1:4] == [
        "April 2023 – Harbour webinar 0",
        "May 2023 – Harbour webinar 1",
        "June 2023 – Harbour webinar 2",
    ]
    assert lines[4:] == ["and 3 more"]
    # Four fit; near-duplicate entries of one event are one item, named without the day.
    dup = [
        act("x", "Harbour Conference day 1.", dt.date(2024, 3, 12), title="Harbour Conference - day 1"),
        act("y", "Harbour conference.", dt.date(2024, 3, 13), title="Harbour Conference"),
    ]
    lines = evidence_lines(acts[:3] + dup, Namer())
    assert len(lines) == 5 and lines[-1] == "March 2024 – Harbour Conference"


def test_a_partner_does_not_trail_after_a_list():
    forum = OrgFact("org:8", "Coastal Authorities Forum", "CAF", role="partner")
    c = CommitmentFact("commitment:2", "Press for funded lifeguard cover", "on_track")
    text = told(
        [act("a", "Briefing for peers on the beach clauses: lifeguard cover, signage, patrol funding.", D,
             kinds=["lobbying"], orgs=[forum], commitment=c.ref)],
        commitments=[c],
    )  # fmt: skip
    assert "in June, with the Coastal Authorities Forum (CAF), we sent a briefing" in text
    assert "signage and patrol funding." in text and "funding, with" not in text
    # Nor after a clause of time with its own subject.
    text = told(
        [
            act(
                "b",
                "Online briefing for members on the harbour guidance before it comes in on 1 April.",
                D,
                orgs=[forum],
            )
        ]
    )
    assert text.startswith("In June, with the Coastal Authorities Forum (CAF), we held an online briefing")
    assert text.endswith("before it came in on 1 April.")
