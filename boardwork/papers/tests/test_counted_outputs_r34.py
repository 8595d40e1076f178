"""Work told by its counted or summed outputs with no agent (issue #15, r34, NOTES 3740-3749).

Invented sentences in the shape of a UK public body's "year in numbers": a sum put into others'
work, people or groups counted as reached by a programme, referrals made, people counted as
trained. Guards: crime figures and performance measures, budgets and targets, counts of members or
staff, sums given to the body itself, people engaged in crime, work to come."""

import pytest

from boardwork.papers.extract.kinds import _OUTPUT_COUNTED, classify

READ = [
    ("£38,500 invested in new lighting for the underpass at Millbrook Green.", "support"),
    ("£85,000 awarded to 12 community groups for summer diversion projects.", "support"),
    ("£9,000 granted towards a youth boxing club in Eastfield.", "support"),
    ("27 primary schools received the water safety programme during the spring term.", "support"),
    ("More than 450 young people engaged through the street sports project.", "support"),
    ("Around 80 households benefited from the target hardening scheme.", "support"),
    ("61 older residents have taken part in our befriending service.", "support"),
    ("2,150 referrals were made to partner agencies by the hub's caseworkers.", "support"),
    ("The wardens made 320 referrals to the housing team.", "support"),
    ("220 taxi drivers trained in spotting child exploitation.", "training"),
    ("Over 90 door staff trained on the drink spiking protocol.", "training"),
    ("48 water safety sessions delivered at the lido.", "event"),
    ("Around 30 scam awareness talks given to pensioners' clubs.", "event"),
    ("19 presentations were delivered to sixth form students.", "event"),
    ("4,500 cold calling leaflets handed out at the market.", "publication"),
    ("14 newsletters sent to tenants in the block.", "publication"),
]

GUARDS = [
    "300 incidents of anti-social behaviour were reported to the police.",
    "Burglary fell by 14% compared with the previous year.",
    "A budget of £250,000 was agreed for the coming year.",
    "£60,000 was awarded to the Partnership by the Home Office.",
    "The target is 600 visits by March.",
    "The Partnership has 16 members drawn from six agencies.",
    "45 staff were employed by the service at the year's end.",
    "Around 40 young people engaged in anti-social behaviour near the precinct.",
    "1,200 referrals were received from the police.",
    "We will award £30,000 to local groups next year.",
    "500 young people will be reached through the new scheme.",
    "Six meetings of the Board were held in the year.",
    "Nine committee sessions were held.",
    "25 roadshows will be held next summer.",
    "320 offences were recorded at venues near the stadium.",
]


@pytest.mark.parametrize("text", GUARDS[-4:])
def test_guard_reads_no_event_or_publication(text):
    got = classify(text)
    assert "event" not in got and "publication" not in got


@pytest.mark.parametrize("text,kind", READ)
def test_counted_output_read(text, kind):
    assert kind in classify(text)


@pytest.mark.parametrize("text", GUARDS)
def test_guard_reads_no_help_or_training(text):
    got = classify(text)
    assert "support" not in got and "training" not in got


def test_sum_put_into_the_body_itself_is_not_an_output():
    # (other rules may read such a sentence; the counted-output rule leaves it)
    assert _OUTPUT_COUNTED.search("£2m was invested in the Council's own depot.") is None
    assert _OUTPUT_COUNTED.search("£2m was invested in the Council area's parks.") is not None


def test_long_digit_run_is_linear():
    # a hostile run of digits and commas is read once, not rescanned from each digit
    assert _OUTPUT_COUNTED.search("1," * 20000 + " people") is None


@pytest.mark.parametrize(
    "text",
    [
        "£5m has been invested in the region by the Government.",
        "£60,000 granted to the youth club from the Lottery.",
        "200 staff trained in first aid by the Red Cross.",
    ],
)
def test_output_another_body_gave_is_not_read_by_these_rules(text):
    assert _OUTPUT_COUNTED.search(text) is None and "training" not in classify(text)


def test_output_the_bodys_own_headword_gave_is_read():
    assert "publication" in classify("6,000 leaflets handed out by the Partnership's wardens.")
