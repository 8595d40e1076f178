"""Invented papers of the genre for the in-sample bars of `train_activity_model.py --gate`.

The genre files (tests/data/genre) are whole papers; the genre tests of extraction also build short
papers of their own in code (boardwork/papers/tests/test_extract_genre_rules_own_business.py), and a
weights file that vetoes or adds one of their units fails the suite though the bars passed it (ADR
0013, 2026-12-06). These are such papers, written for the genre (a partnership's, a parish
council's and a fire authority's minutes: the body's own dated deeds beside a meeting's proceedings
and partner agencies' updates), not taken from any paper. A setting passes the bars only if, on
each, it picks the same units as the rules alone.
"""

from boardwork.papers.document import Heading, Meta, Paper, Paragraph

_PAPERS = [
    (
        "Minutes of the Community Safety Partnership meeting held on 3 May 2022",
        "Anyshire Community Safety Partnership",
        [
            # The text of test_a_partner_agencys_update_to_the_board_is_the_partners_business.
            "In March the Partnership held a workshop on knife crime with schools.",
            "Inspector Wood gave the police update. Officers had carried out joint patrols with the "
            "Council's wardens in the town centre.",
            "The Youth Offending Service reported a fall in first-time entrants. The service had worked "
            "with schools on a diversion programme.",
        ],
    ),
    (
        "Minutes of the Anyvale Parish Council meeting held on 12 September 2023",
        "Anyvale Parish Council",
        [
            "Two reports were circulated before the meeting.",
            "In July the Parish Council published a leaflet on speeding and circulated it to every "
            "household.",
            "The police have launched a campaign against rural crime.",
            "The Clerk had written to the MP about the closure of the post office, as resolved at the "
            "last meeting.",
            "Members asked the Clerk to write to the highway authority.",
        ],
    ),
    (
        "Minutes of the Anyshire Fire and Rescue Authority meeting held on 20 June 2024",
        "Anyshire Fire and Rescue Authority",
        [
            "The Chairman welcomed the new Chief Fire Officer to the meeting.",
            "The Authority ran a water safety campaign in May with the county's schools.",
            "In April the Authority published its Community Risk Management Plan after a twelve-week "
            "consultation.",
            "The quarterly performance report was presented to the Authority by the analyst.",
        ],
    ),
]


def invented_papers() -> list[tuple[str, Paper]]:
    """(a name for the report, the paper) for each invented paper."""
    out = []
    for title, body, paras in _PAPERS:
        blocks = [Heading(text=title, level=1)] + [Paragraph(text=t, number=None) for t in paras]
        out.append((title, Paper(meta=Meta(title=title, body=body), blocks=blocks)))
    return out
