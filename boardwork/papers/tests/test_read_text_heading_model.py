"""The plain-text reader's learned second opinion on headings (ADR 0014): the layout features of
hand-made lines, plain-Python inference on shipped weights (deterministic), how its verdicts are
combined with the rules' (add from one threshold, drop below another, never the title), and the
reader's option. Each example is made up in the genre's shape, not copied from a paper."""

from __future__ import annotations

import json
import math
from importlib import resources

from boardwork.papers.document import Heading, ListItem, Paragraph
from boardwork.papers.readers import Limits, txt
from boardwork.papers.readers.txt.heading_model import (
    HeadingModel,
    PaperContext,
    align,
    all_features,
    features,
    revise,
    shipped_model,
)
from boardwork.papers.readers.txt.layout import Unit, layout

TEXT = (
    "Northshire Community Safety Partnership\n\n"
    "1.0 Purpose\n\n"
    "1.1 This report sets out the partnership's progress over the year and what it plans next.\n\n"
    "PERFORMANCE\n\n"
    "Crime fell in most wards over the year, and reports of anti-social behaviour fell by a tenth.\n\n"
    "Key points:\n"
    "- burglary down by 12%\n"
    "- vehicle crime down by 8%\n\n"
    "Next steps\n\n"
    "The partnership will publish its new plan in the spring, after a consultation with residents.\n"
)


def _read(text: str):
    seen = []

    def capture(units, blocks):
        seen.append((units, blocks))
        return blocks

    layout(text, Limits(), revise_headings=capture)
    units, blocks = seen[0]
    aligned = align(units, blocks)
    assert aligned is not None
    return units, aligned


def _at(units, text: str) -> int:
    return next(k for k, u in enumerate(units) if u.text.strip().startswith(text))


def test_features_of_hand_made_lines():
    units, aligned = _read(TEXT)
    caps = set(features(units, aligned, _at(units, "PERFORMANCE"), rules=True))
    # (Lengths are buckets: "words=0" is one word, "words=4" six to eight.)
    assert {"caps=all", "words=0", "end=letter", "number=none", "gap before=1", "next end=sentence"} <= caps
    assert "rule=heading" in caps
    label = set(features(units, aligned, _at(units, "Key points"), rules=False))
    assert {"end=:", "caps=first", "next kind=bullet"} <= label
    # Without the rules, no feature says what the rules decided, of this unit or its neighbours.
    assert not any(x.startswith(("rule=", "prev heading=", "next heading=")) for x in label)
    para = set(features(units, aligned, _at(units, "Crime fell"), rules=False))
    assert {"end=.", "first=upper", "words=7"} <= para  # (17 words: 17 to 25)
    numbered = set(features(units, aligned, _at(units, "This report"), rules=False))
    assert {"number=dotted", "kind=num"} <= numbered
    assert "number=n.0" in features(units, aligned, _at(units, "Purpose"), rules=False)


def test_number_shapes():
    units, aligned = _read(
        "Item 4 Budget Monitoring\n\nThe committee noted the report on the budget for the year.\n\n"
        "IV Declarations of Interest\n\nThere were no declarations of interest at the meeting.\n\n"
        "2.0 Background\n\nThe partnership was set up in 1998 to bring the agencies together.\n"
    )
    item = set(features(units, aligned, _at(units, "Item 4"), False))
    assert "number=text:item" in item
    roman = set(features(units, aligned, _at(units, "IV"), False))
    assert "number=text:roman" in roman


def test_pairs_and_paper_traits_are_features():
    units, aligned = _read(TEXT)
    k = _at(units, "PERFORMANCE")
    names = all_features(units, aligned, k, True, PaperContext.of(units))
    assert "caps=all&words=0" in names
    assert any(x.startswith("paper numbered=") for x in names)
    assert "repeated=1" in names


def test_probability_is_the_logistic_of_the_weights_of_the_features_present():
    units, aligned = _read(TEXT)
    k = _at(units, "PERFORMANCE")
    model = HeadingModel(
        intercept=-1.0,
        weights={"caps=all": 2.5, "end=.": -3.0, "caps=all&words=0": 0.25},
        add_at=0.5,
        drop_below=0.1,
        rules=False,
    )
    p = model.probability(units, aligned, k, PaperContext.of(units))
    assert math.isclose(p, 1 / (1 + math.exp(-(-1.0 + 2.5 + 0.25))))


def test_the_shipped_model_is_deterministic():
    model = shipped_model()
    assert model is not None
    units, aligned = _read(TEXT)
    ctx = PaperContext.of(units)
    first = [model.probability(units, aligned, k, ctx) for k in range(len(units))]
    again = [model.probability(units, aligned, k, PaperContext.of(units)) for k in range(len(units))]
    assert first == again
    a = txt.read(TEXT.encode(), Limits(heading_model=True)).to_dict()
    b = txt.read(TEXT.encode(), Limits(heading_model=True)).to_dict()
    assert a == b


def test_the_shipped_weights_say_how_they_were_trained_and_judged():
    d = json.loads(
        resources.files("boardwork.papers.readers.txt")
        .joinpath("heading_model.json")
        .read_text(encoding="utf-8")
    )
    assert d["history"] is True and d["rules"] is True
    assert d["cv"]["with_model"]["headings"] > d["cv"]["rules_alone"]["headings"]
    assert 0 < d["drop_below"] < d["add_at"] <= 1


def test_revise_adds_from_add_at_drops_below_drop_below_and_keeps_the_title():
    units = [
        Unit(text="Annual Report 2024"),
        Unit(text="Our Year", gap=1),
        Unit(text="The partnership met four times.", gap=1),
        Unit(text="burglary down", kind="bullet", glyph="-", gap=1),
        Unit(text="Purpose", kind="num", number="2", gap=1),
    ]
    blocks = [
        Heading(text="Annual Report 2024", level=1),
        Heading(text="Our Year", level=2),
        Paragraph(text="The partnership met four times."),
        ListItem(text="burglary down"),
        Heading(text="Purpose", level=2),
    ]
    aligned = align(units, list(blocks))
    assert aligned is not None
    out = revise(units, aligned, [0.0, 0.5, 0.95, 0.9, 0.05], add_at=0.9, drop_below=0.1)
    # The title stays whatever the model says; "Our Year" (0.5) is neither added nor dropped; the
    # paragraph (0.95) and the list item (0.9) become headings; "Purpose" (0.05) becomes text again
    # and keeps its number.
    assert out[0] == blocks[0] and out[1] == blocks[1]
    assert out[2] == Heading(text="The partnership met four times.", level=2)
    assert out[3] == Heading(text="burglary down", level=2)
    assert out[4] == Paragraph(text="Purpose", number="2")
    out = revise(units, aligned, [0.0, 0.05, 0.5, 0.5, 0.5], add_at=0.9, drop_below=0.1)
    assert out[1] == Paragraph(text="Our Year") and out[3] == blocks[3]


def test_the_option_is_on_by_default_and_off_reads_with_the_rules_alone(monkeypatch):
    assert Limits().heading_model is True
    assert txt.read(TEXT.encode(), Limits(heading_model=False)).to_dict() == _plain(TEXT)
    # Read by default, the shipped model is asked: one sure that no line is a heading drops the
    # heading the rules judged by its shape ("Next steps").
    import boardwork.papers.readers.txt as txt_reader

    sure_not = HeadingModel(intercept=-50.0, weights={}, add_at=0.9, drop_below=0.5, rules=False)
    monkeypatch.setattr(txt_reader, "shipped_model", lambda: sure_not)
    assert "Next steps" in _heads(_plain(TEXT))
    assert "Next steps" not in _heads(txt.read(TEXT.encode(), Limits()).to_dict())


def _plain(text: str) -> dict:
    from boardwork.papers.document import Paper

    meta, blocks = layout(text, Limits())
    return Paper(meta=meta, blocks=blocks).to_dict()


# A council web page saved as text: the site's breadcrumb, the page's name, a strapline and the
# date it was published over the page's prose and its one section.
WEB_PAGE = (
    "Home Council and democracy Community safety\n"
    "Community safety partnership\n\n"
    "Working together for a safer Northshire\n\n"
    "Published 12 May 2021\n\n"
    "The Northshire Community Safety Partnership brings together the agencies that work to reduce "
    "crime in the district.\n\n"
    "What the partnership does\n\n"
    "The partnership sets a plan each year and reports on its progress to the council's scrutiny "
    "committee.\n"
)


def _heads(d: dict) -> list[str]:
    return [b["text"] for b in d["blocks"] if b["type"] == "heading"]


def test_the_reader_hands_its_headings_to_the_shipped_model(monkeypatch):
    # A model sure that no line is a heading (whatever weights ship): read with the option, the
    # rules' section headings become text, the title stays (the title is the rules' to say);
    # without it, the rules' headings stand.
    import boardwork.papers.readers.txt as txt_reader

    rules = _heads(txt.read(WEB_PAGE.encode(), Limits(heading_model=False)).to_dict())
    assert "Working together for a safer Northshire" in rules and "What the partnership does" in rules
    sure_not = HeadingModel(intercept=-50.0, weights={}, add_at=0.9, drop_below=0.5, rules=False)
    monkeypatch.setattr(txt_reader, "shipped_model", lambda: sure_not)
    d = txt.read(WEB_PAGE.encode(), Limits(heading_model=True)).to_dict()
    title = [b["text"] for b in d["blocks"] if b["type"] == "heading" and b["level"] == 1]
    assert _heads(d) == title and title == [h for h in rules if h in title]
    assert any(
        b["type"] == "paragraph" and b["text"] == "Working together for a safer Northshire"
        for b in d["blocks"]
    )
