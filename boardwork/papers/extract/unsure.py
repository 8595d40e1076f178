"""Why the extractor is unsure of an activity, in the words an officer reads on the review screen.

One home for every note (`ActivityFound.unsure`): each says what to check and why, in plain English,
with none of the rules' own terms. Nothing compares these words: where how an activity was read
decides what the pipeline does with it (`pipeline._spared`, `_only_account`), a code is raised beside
the note (`extraction.ReadAs`, carried as `ActivityFound.read_as`) and the pipeline tests the code, so
a change of words here changes no reading. How sure (`ActivityFound.confidence`) and the code are set
beside each note where it is raised (`pipeline.Why`), not here. (Earlier readings the bench replays
carry only words: `bench/train_activity_model.py` maps them to codes, in its one table.)
"""

from __future__ import annotations

# A minute's account of work done before the meeting ("the team had visited …"), read beside the
# meeting's own business (`kinds.minute_pluperfect_deed`).
EARLIER_WORK_IN_MINUTES = (
    "The minutes tell of this as work done before the meeting: check it was the body's own work."
)
# A deed read from what the meeting was told ("members were told that the team had …",
# `kinds.reported_kinds`).
TOLD_TO_THE_MEETING = (
    "Taken from what the meeting was told, not from a report of the work itself: check the body did this."
)
# A deed a news page tells as the body's announcement ("the council said it had recruited …",
# `kinds.announced_kinds`).
ANNOUNCED = "Taken from what the body announced or said it had done: check the body did this."
# A visit a minute tells of (`kinds.minute_engagement_kinds`).
VISIT_IN_MINUTES = "Taken from a visit the minutes mention: check it was work the body did."
# The paragraph's work has no one doing it ("A survey of residents was carried out"). Not raised
# since 2026-12-07 (NOTES 3262: such work was the author's in 32 of 34 development activities flagged
# for it alone); kept for readings made before.
NO_ACTOR = "The paper does not say who did this; taken as the author's work: check it."
# The only account of the work in a paper otherwise about something else (a covering report).
FROM_SUMMARY = "Taken from the paper's summary, as the rest of it reports no work: check it."
# A consultation page: its dates are the body's own survey.
FROM_CONSULTATION = "Taken from the dates of a consultation, read as the body's own survey: check it."
# The answers to the body's survey, counted in a part of the paper read for nothing else.
SURVEY_ANSWERS_COUNTED = (
    "Taken from the paper's purpose or summary, which counts the answers to a survey: "
    "check the survey was the body's own."
)
# An achievement listed with no verb ("New governance arrangements for the partnership").
ACHIEVEMENT_WITHOUT_VERB = (
    "An achievement listed without saying what was done; the kind is a guess: check it."
)
# An item of the body's money spent or committed, read as help given.
MONEY_SPENT = "An amount the body spent or committed, taken as support given: check what it paid for."


def kind_guessed(words: list[str]) -> str:
    """The kind was read from the verbs alone ("delivered", "wrote to")."""
    words = list(dict.fromkeys(words))
    quoted = _names(words)
    many = len(words) > 1 or " " in words[0]
    return f"The kind is a guess from the word{'s' if many else ''} {quoted}: check it."


def kinds_together(kinds: list[str]) -> str:
    """Two or more kinds read in one paragraph: where the kinds read are most often wrong (one of them
    is a word of the paragraph, not its work), so the officer is asked to check each."""
    # (named as the review screen labels kinds, "Consultation response", not as words of the text)
    shown = list(dict.fromkeys(k.replace("_", " ").capitalize() for k in kinds))
    listed = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]
    return f"Read as {listed} at once: check each is work the paragraph reports."


def name_not_known(name: str) -> str:
    """A capitalised name not placed as an organisation, a person or a policy."""
    return (
        f"'{name}' may be an organisation Boardwork does not know yet: add it if the work was done with it."
    )


def author_named_most(name: str) -> str:
    """A body left off the organisations because frequency alone said the paper is its own."""
    return (
        f"'{name}' is not listed as a partner: the paper names it most, so it is taken to be the "
        "paper's own body. Check that is right."
    )


def author_inferred(name: str) -> str:
    """A body left off the organisations, taken for the page's own on a weak sign."""
    return (
        f"'{name}' is not listed as a partner: the way the page names it suggests it is the page's "
        "own body. Check that is right."
    )


def organisation_by_its_name(name: str) -> str:
    """An organisation found by the form of its name ("the X Trust"), not a known one."""
    return f"'{name}' looks like an organisation's name but is not one Boardwork knows: check the name."


def bodies_listed(names: list[str], lead: str) -> str:
    """Organisations read from a list of bodies under a lead ("Grants were awarded to:")."""
    many = len(set(names)) > 1
    return (
        f"{_names(names)} taken from the list under '{lead}': check {'they are' if many else 'it is'} right."
    )


def likely_work(probability: float) -> str:
    """A paragraph only the trained model reads as work done, with its probability."""
    return (
        f"Not clearly reported as work done, but likely ({probability:.0%}): check it is work the body did."
    )


def _names(names: list[str]) -> str:
    quoted = [f"'{n}'" for n in dict.fromkeys(names)]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
