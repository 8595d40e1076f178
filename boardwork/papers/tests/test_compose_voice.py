"""What still cost an officer time in a composed End of Year, as genre rules on invented records (plain
facts, no database): paragraphs that all open the same way, a paragraph running back in time, a
slipped commitment with nothing said of it, an organisation printed as the officer typed it, an
article before a name used as an adjective, and a paragraph imported from a paper rebuilt as if it
were a log line."""

from __future__ import annotations

import datetime as dt
import re

from boardwork.papers.compose import narrative as n
from boardwork.papers.compose.facts import ActivityFact, CommitmentFact, OrgFact, PolicyFact, UpdateFact
from boardwork.papers.compose.names import Namer, attributive, spell_out

TOPICS = [
    "Sent a detailed briefing for the second reading debate to lead members and portfolio holders on "
    "harbour dredging costs and the new inspection framework for small ports",
    "Submitted written evidence to the select committee inquiry into lifeguard recruitment, beach patrol "
    "rotas and the training standards expected of seasonal volunteers at busy beaches across the country",
    "Wrote to every coastal authority chief executive asking for returns on flood defence maintenance "
    "backlogs, sea wall surveys and the revenue set aside for repairs",
    "Sent our response to the consultation on marina licensing fees, mooring enforcement powers and the "
    "charging regime proposed for visiting leisure craft in harbours and estuaries next summer",
]


def act(ref: str, text: str, day: dt.date, **kw) -> ActivityFact:
    kw.setdefault("kinds", ["lobbying"])
    return ActivityFact(ref=ref, title=kw.pop("title", text[:30]), text=text, date=day, **kw)


def test_paragraphs_about_policies_do_not_all_open_the_same_way():
    # Four unrelated long entries, each on its own policy: the policy cannot follow the sentence
    # (too long), so it frames it — but not "On the X (stage), in May we …" every time.
    pols = [
        PolicyFact(f"policy:{i}", f"{name} Bill", "bill", "Commons second reading")
        for i, name in enumerate(["Harbours", "Lifeguards", "Sea Defences", "Marinas"])
    ]
    acts = [
        act(
            f"a{i}",
            TOPICS[i] + ".",
            dt.date(2023, 5 + i, 2),
            policies=[pols[i]],
            outcome=f"Noted in reply {i}",
        )
        for i in range(4)
    ]
    paras = [p.text for p in n.theme_paragraphs(acts, [])]
    openings = [" ".join(p.split()[:2]) for p in paras]
    assert len(paras) >= 3
    # No opening frame used by more than half the paragraphs, and no two in a row the same.
    assert max(openings.count(o) for o in openings) <= len(paras) // 2
    assert all(a != b for a, b in zip(openings, openings[1:], strict=False))
    assert all(p.title in " ".join(paras) for p in pols)


def test_a_paragraph_tells_its_events_in_date_order_with_the_outcome_after_its_event():
    c = CommitmentFact("commitment:1", "Press for funding for harbour inspections", "on_track")
    early = act("a", "Call with harbour masters on inspection costs", dt.date(2023, 7, 4), commitment=c.ref)
    late = act(
        "b",
        "Letter to the minister on harbour inspection funding",
        dt.date(2023, 10, 9),
        commitment=c.ref,
        outcome="Minister agreed to meet us in January",
    )
    text = " ".join(p.text for p in n.theme_paragraphs([late, early], [c])[1:])
    assert text.index("July") < text.index("October"), text
    # The outcome follows its own event, not the paragraph's opening.
    assert text.index("October") < text.index("agreed to meet us"), text


def test_a_slipped_commitment_with_no_reason_says_what_is_recorded():
    c = CommitmentFact(
        "commitment:2",
        "Publish guidance on harbour inspections",
        "deferred",
        updates=[UpdateFact("update:1", 2, "amber", "")],
    )
    para = n.delivery_paragraph([c])
    assert para is not None
    text = para.sentences[-1].text
    assert not re.search(r"is deferred\.$", text), text
    # What is recorded, in the Board's words (not an officer's "no reason is recorded").
    assert "quarter 2" in text and "amber" in text and "no reason" not in text
    assert "update:1" in para.refs


def test_an_organisation_typed_in_the_officers_own_words_is_printed_by_its_recorded_name():
    dept = OrgFact(
        "organisation:1",
        "Department for Harbours and Coasts",
        "DHC",
        "partner",
        aliases=("Dept for Harbours & Coasts",),
    )
    a = act(
        "a", "Call with Dept for Harbours & Coasts on inspection funding", dt.date(2023, 6, 1), orgs=[dept]
    )
    text = " ".join(p.text for p in n.theme_paragraphs([a], []))
    assert "Dept for" not in text
    assert "the Department for Harbours and Coasts (DHC)" in text
    # A phrase that only resembles a name is kept as typed.
    b = act("b", "Call about harbour dept funding with coastal councils", dt.date(2023, 6, 2), orgs=[dept])
    assert "harbour dept funding" in " ".join(p.text for p in n.theme_paragraphs([b], []))


def test_a_name_used_before_a_plural_noun_takes_no_article():
    agency = OrgFact("organisation:2", "Coastal Agency", "CA", "named")
    namer = Namer(orgs=[agency])
    assert (
        spell_out("We had a call with CA officials.", namer) == "We had a call with Coastal Agency officials."
    )
    assert (
        spell_out("We had a call with CA.", Namer(orgs=[agency])) == "We had a call with the Coastal Agency."
    )
    # A singular noun keeps the article: it is the noun's ("the CA harbour team").
    assert (
        spell_out("We met CA harbour team.", Namer(orgs=[agency]))
        == "We met the Coastal Agency harbour team."
    )
    assert attributive(" officials on") and not attributive(" on Tuesday") and not attributive(" agreed")


def test_a_paragraph_imported_from_a_paper_is_told_as_written():
    # The paper's paragraph number survives where the stored paper does not (a backup, the demo).
    written = (
        "Harbour Committee and member authorities across England have continued to engage with the "
        "inspectorate on its annual inspections. This has culminated in a national report."
    )
    a = act("a", written, dt.date(2020, 1, 1), title=written[:60] + "…", kinds=["evidence"], paragraph="29")
    b = act(
        "b",
        "Throughout 2020/21, the Association worked with harbour masters to develop a code of practice for "
        "inspections.",
        dt.date(2021, 5, 18),
        kinds=["publication"],
        paragraph="31",
    )
    assert n.is_prose(a) and n.is_prose(b)
    text = [p.text for p in n.theme_paragraphs([b, a], [])]
    assert text == [written, b.text]
    # A log line is still a log line.
    assert not n.is_prose(act("c", "Call w/ harbour masters re inspection costs", dt.date(2023, 6, 1)))


# --------------------------------------------------------------------------------------------------
# Policies and their stages: where the stage matters, in words, the policy named once
# --------------------------------------------------------------------------------------------------


def test_a_policy_stage_is_said_in_words_at_its_first_mention_and_not_again():
    bill = PolicyFact("policy:9", "Harbours Bill", "bill", "Lords committee stage")
    first = act("a", "Briefing for peers on the pilotage clauses.", dt.date(2023, 6, 5), policies=[bill])
    later = act("b", "Call with harbour masters on the Harbours Bill.", dt.date(2023, 9, 5), policies=[bill])
    namer = Namer()
    # Two themes of one paper share its namer: the stage is told where the Bill is first named.
    one = " ".join(p.text for p in n.theme_paragraphs([first], [], namer))
    two = " ".join(p.text for p in n.theme_paragraphs([later], [], namer))
    assert "the Harbours Bill, then at Lords committee stage" in one, one
    assert "Harbours Bill" in two and "committee stage" not in two, two
    assert "(" not in one + two


def test_a_stage_that_is_no_news_is_not_said():
    act_in_force = PolicyFact("policy:10", "Harbours Act 2019", "act", "in force")
    open_ = PolicyFact("policy:11", "Mooring fees consultation", "consultation", "open")
    text = " ".join(
        p.text
        for p in n.theme_paragraphs(
            [
                act(
                    "a",
                    "Call with harbour masters on pilotage.",
                    dt.date(2023, 6, 5),
                    policies=[act_in_force],
                ),
                act("b", "Sent our response on mooring fees.", dt.date(2023, 7, 5), policies=[open_]),
            ],
            [],
        )
    )
    assert "Harbours Act 2019" in text and "Mooring fees consultation" in text
    assert not re.search(r"\bin force\b|\bopen\b", text), text


def test_a_consultation_named_in_other_words_is_named_once_by_its_title():
    c = PolicyFact("policy:12", "Beach safety powers consultation", "consultation", "closes 6 December 2023")
    a = act(
        "a",
        "Submitted our response to the DfT consultation on beach safety powers.",
        dt.date(2023, 12, 1),
        kinds=["consultation_response"],
        policies=[c],
    )
    text = " ".join(p.text for p in n.theme_paragraphs([a], []))
    assert text.lower().count("consultation") == 1, text
    assert "Beach safety powers consultation" in text and "which closed on 6 December 2023" in text, text


def test_a_theme_with_one_commitment_names_it_and_its_state_once():
    c = CommitmentFact(
        "commitment:3",
        "Publish guidance on harbour inspections",
        "deferred",
        delay_reason="DfT did not confirm the start date",
    )
    para = n.delivery_paragraph([c])
    assert para is not None
    assert para.text == (
        "Our one commitment under this theme, to publish guidance on harbour inspections, is deferred "
        "because DfT did not confirm the start date."
    )


def test_a_note_on_the_bill_names_the_bill_the_work_concerns():
    c = CommitmentFact(
        "commitment:4",
        "Shape the new harbour powers",
        "deferred",
        updates=[UpdateFact("update:4", 4, "green", "Bill still in the Commons")],
    )
    bill = PolicyFact("policy:13", "Harbours Bill", "bill", "Commons second reading")
    a = act(
        "a",
        "Second reading briefing on the Harbours Bill.",
        dt.date(2023, 11, 2),
        commitment=c.ref,
        policies=[bill],
    )
    first = n.theme_paragraphs([a], [c])[0]
    said = next(s for s in first.sentences if "Commons" in s.text)
    assert said.text == "The Harbours Bill is still in the Commons.", said.text
    assert a.ref in said.refs  # the sentence states what the activity records
