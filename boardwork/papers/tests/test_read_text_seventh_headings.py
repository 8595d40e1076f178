"""Plain-text reader: layouts of parish and town councils' minutes and agendas, committee minutes
that number their items and letter what is under them, and housing papers (batch 40)."""

from __future__ import annotations

from boardwork.papers.tests.plaintext import headings, read_txt


def test_a_numbered_title_over_items_lettered_from_a_is_the_minutes_heading():
    d = read_txt(
        "Housing Committee\n\n\n"
        "Present: Councillor Gibson (Chair), Williams, Mears and Osborne\n\n\n"
        "121       Procedural Business\n\n\n"
        "(a)  Declaration of Substitutes: None\n\n\n"
        "(b)  Declarations of Interest: None\n\n\n"
        "122       Minutes of the previous meeting\n\n\n"
        "122.1  The minutes of the meeting held on 18 November 2020 were agreed as a true record.\n"
    )
    assert "Procedural Business" in headings(d)
    lettered = [b for b in d["blocks"] if b.get("number") in ("a", "b")]
    assert [b["text"] for b in lettered] == ["Declaration of Substitutes: None", "Declarations of Interest: None"]
