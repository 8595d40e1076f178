"""The sentence builder on records of our own (plain facts, no database): log shorthand and note-like
fragments become sentences in the board's voice or are left out, never pasted; outcomes logged as
notes read as sentences; a policy is woven into the sentence, never appended as a frame; many
related events are told in several paragraphs. Rules of the genre, checked on invented entries."""

from __future__ import annotations

import datetime as dt
import re

from boardwork.papers.compose import narrative as n
from boardwork.papers.compose.facts import ActivityFact, CommitmentFact, OrgFact, PolicyFact


def act(ref: str, text: str, day: dt.date, **kw) -> ActivityFact:
    kw.setdefault("kinds", ["event"])
    return ActivityFact(ref=ref, title=kw.pop("title", text[:30]), text=text, date=day, **kw)


def told(acts: list[ActivityFact], commitments: list[CommitmentFact] | None = None) -> str:
    return " ".join(p.text for p in n.theme_paragraphs(acts, commitments or []))


def test_note_tails_and_topic_lists_are_not_pasted():
    text = told(
        [
            act("a", "Ran the second Planning Essentials of the year - 3 days at York, 12 members.", dt.date(2022, 5, 3), kinds=["training"]),
            act("b", "Roundtable for planning leads after the floods: drainage, insurance and recovery funding.", dt.date(2022, 6, 9)),
        ]
    )  # fmt: skip
    assert " - " not in text and "3 days at York" not in text
    assert "the second Planning Essentials of the year" in text
    assert "covering drainage, insurance and recovery funding" in text and ": drainage" not in text


def test_month_and_year_shorthand_spelled_out():
    assert n.expand_shorthand("strategies due Mar 25; funding beyond 25/26") == (
        "strategies due in March 2025; funding beyond 2025/26"
    )
    assert n.expand_shorthand("due 31 Jan") == "due 31 January"  # a day keeps its own form
    assert n.expand_shorthand("held on 12/13 May") == "held on 12/13 May"  # a range of days, not a year
    assert n.expand_shorthand("we won't wait") == "we will not wait"


def test_news_then_our_action_reads_as_one_sentence():
    bill = PolicyFact("policy:1", "Water Safety Act 2022", "act", "Royal Assent 4 May 2022")
    a = act(
        "a",
        "WSB got Royal Assent - lifeguard duty now law. Updated our guidance for coastal councils; FAQs to follow.",
        dt.date(2022, 5, 4),
        kinds=["publication"],
        policies=[bill],
    )
    text = told([a])
    assert text.startswith(
        "After the Water Safety Act 2022 received Royal Assent on 4 May 2022, we updated our guidance"
    )
    assert "WSB" not in text and "FAQs to follow" not in text


def test_outcomes_logged_as_notes_become_sentences():
    org = OrgFact("org:1", "Coastal Authorities Forum", "CAF", role="partner")
    acts = [
        act("a", "Call with the Maritime team about beach signage.", dt.date(2022, 7, 1), outcome="Signage pilot deferred to 2023/24", kinds=["lobbying"]),
        act("b", "Letter to the Minister on lifeguard funding.", dt.date(2022, 8, 1), outcome="Reply recieved 3 Sept offering a meeting", kinds=["lobbying"]),
        act("c", "Workshop on beach safety with CAF.", dt.date(2022, 9, 1), outcome="CAF agreed to share its incident data", orgs=[org]),
    ]  # fmt: skip
    text = told(acts)
    assert "the signage pilot was deferred to 2023/24" in text
    assert "we received a reply on 3 September offering a meeting" in text
    # The outcome follows its event, which has introduced the forum by name.
    assert text.index("Coastal Authorities Forum (CAF)") < text.index(
        "the CAF agreed to share its incident data"
    )


def test_policies_are_woven_never_appended_as_a_frame():
    pol = PolicyFact(
        "policy:2", "Beach Safety Strategy 2022", "strategy", "published March 2022; refreshed June 2022"
    )
    long_text = (
        "Held a workshop for coastal councils on lifeguard cover, signage, water quality monitoring, "
        "insurance and the role of volunteers at busy beaches in the summer season with partners"
    )
    text = told([act("a", long_text, dt.date(2022, 4, 2), policies=[pol])])
    assert not re.search(r"\b(This work concerned|It related to|The subject was)\b", text)
    assert text.startswith(
        "On the Beach Safety Strategy 2022, published in March 2022 and refreshed in June 2022, in April"
    )


def test_many_related_events_are_told_in_several_short_paragraphs():
    c = CommitmentFact("commitment:1", "Support councils on coastal safety", state="on_track")
    acts = [
        act(f"a{i}", f"Held a coastal safety webinar number {i} for councils.", dt.date(2022, 1 + i, 10), commitment=c.ref)
        for i in range(7)
    ]  # fmt: skip
    paras = n.theme_paragraphs(acts, [c])[1:]  # after the delivery paragraph
    assert len(paras) >= 2
    assert all(len(p.sentences) <= 4 for p in paras)
    # Every event told once, and the commitment named once.
    refs = [r for p in paras for r in p.refs if r.startswith("a")]
    assert sorted(refs) == sorted(a.ref for a in acts)
    assert sum("commitment to support councils on coastal safety" in p.text for p in paras) == 1


def test_a_council_abbreviated_in_the_entry_is_not_named_again():
    council = OrgFact("org:2", "Westmere District Council", role="audience")
    text = told([act("a", "Bespoke support to Westmere DC after flooding at a caravan site.", dt.date(2022, 3, 1), kinds=["support"], orgs=[council])])  # fmt: skip
    assert "Westmere DC" in text and "Westmere District Council" not in text


def test_a_policy_named_loosely_in_the_log_is_named_once_by_its_recorded_title():
    review = PolicyFact(
        "policy:7", "Review of flood resilience funding for coastal towns", "other", "call for evidence"
    )
    a = act(
        "a",
        "Sent written evidence to the review into flood resilience funding for coastal towns.",
        dt.date(2022, 10, 3),
        kinds=["evidence"],
        policies=[review],
    )
    text = told([a])
    # Its stage in words, not brackets: the evidence answered the review's call for it.
    assert (
        "Review of flood resilience funding for coastal towns, in response to its call for evidence" in text
    )
    assert text.lower().count("flood resilience funding") == 1


def test_a_figure_already_in_the_sentence_is_not_given_again_as_its_reach():
    a = act(
        "a",
        "Ran an induction for the 7 new panel members before their first meeting.",
        dt.date(2022, 9, 1),
        kinds=["training"],
        reach="7 new members",
    )
    text = told([a])
    assert re.search(r"\b7 new panel members\b", text)
    assert len(re.findall(r"\b7\b", text)) == 1
