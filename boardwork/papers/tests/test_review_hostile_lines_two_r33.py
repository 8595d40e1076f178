"""The second review of r33's merges (NOTES 3520-): four patterns read in linear time on a long
hostile line, with the readings they gave kept. Structural tests (what is tried, and from where),
never timed ones; every line here is invented."""

from __future__ import annotations

import re

import pytest

from boardwork.papers.extract import kinds, people, policies
from boardwork.papers.readers._shared import meta


class _Counting:
    """A compiled pattern whose `match` and `search` calls are counted, with the position asked."""

    def __init__(self, pat: re.Pattern[str]) -> None:
        self.pat = pat
        self.calls: list[int] = []

    def match(self, s: str, pos: int = 0) -> re.Match[str] | None:
        self.calls.append(pos)
        return self.pat.match(s, pos)

    def search(self, s: str, pos: int = 0) -> re.Match[str] | None:
        self.calls.append(pos)
        return self.pat.search(s, pos)


BODY_LINES = [
    "Members of the Safer and Stronger Communities Board agreed the plan.",
    "Comments made by Carers Forum Wales were noted, and the Health Scrutiny Panel met.",
    "The Audit Committee and the Westshire Police and Crime Panel met; O’Neill Road Forum too.",
    "Anti-Social Behaviour Task Group and Northby Youth Forum Member said so.",
    "A B C D E F G H I J K L M N O P Q R S T U V W Cabinet",
    "No body here at all, only Words In Capitals And More Words",
]


@pytest.mark.parametrize("line", BODY_LINES)
def test_bodies_in_prose_read_as_the_one_pattern(line: str) -> None:
    old = [(m.span(), m.group("b")) for m in meta._BODY_IN_PROSE.finditer(line)]
    new = [(m.span(), m.group("b")) for m in meta._bodies_in_prose(line)]
    assert new == old


def test_bodies_in_prose_try_a_run_of_capitals_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # A run of capitals with no body word: one attempt from its first word, none from the others.
    counting = _Counting(meta._BODY_IN_PROSE)
    monkeypatch.setattr(meta, "_BODY_IN_PROSE", counting)
    assert list(meta._bodies_in_prose("Aa " * 3000 + "end.")) == []
    assert counting.calls == [0]


QUESTION_CLAUSES = [
    "we asked the Leader to explain how the cabinet has been lobbying ministers",
    "members asked Cllr. Hale to set out why the scheme was delayed and we wrote to the Minister",
    "asked the officers to confirm whether the fund was spent and published the answers",
    "we asked him to say when. The council lobbied ministers",
    "asked to explain how",
    "asked the Chair and the Vice-Chair of the Board to clarify which route was chosen",
]


@pytest.mark.parametrize("clause", QUESTION_CLAUSES)
def test_question_put_reads_as_the_one_pattern(clause: str) -> None:
    assert kinds._question_put(clause) == (kinds._QUESTION_PUT.search(clause) is not None)


def test_question_put_is_searched_from_near_its_last_stop(monkeypatch: pytest.MonkeyPatch) -> None:
    # Questions run on for a long clause, a new deed after "and" at its end: the search starts
    # within twelve gaps of that deed, not at the clause's start.
    clause = "asked him to explain how " * 2000 + "and we wrote to the Minister"
    counting = _Counting(kinds._QUESTION_PUT)
    monkeypatch.setattr(kinds, "_QUESTION_PUT", counting)
    assert kinds._question_put(clause) is False
    assert counting.calls and min(counting.calls) > len(clause) - 200


def test_a_plural_title_is_no_name_in_a_list() -> None:
    listed = re.compile(people._LISTED)
    assert listed.fullmatch("Ann Lee")
    assert listed.fullmatch("Cllrs") is None
    assert listed.fullmatch("Lee Councillors") is None
    # (a list read from the first title stops at the second: the second title's list is read)
    assert people._PLURAL_TITLE.match("Cllrs Aa, Cllrs Bb and Cc") is None
    assert people.find_people("Cllrs Bb and Cc met residents.", [])[0] == ["Cllr Bb", "Cllr Cc"]


def test_a_plural_title_list_still_read() -> None:
    names = people.find_people("Councillors Ann Lee, Bob Hart and Sam Cole looked into it.", [])[0]
    assert names == ["Cllr Ann Lee", "Cllr Bob Hart", "Cllr Sam Cole"]


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("fees prompted", 5),
        ("the (new) charges", 17),
        ("", 0),
        ("  ,", 3),
        ("older people's", 14),
        ("a_b 1", 3),
    ],
)
def test_word_before_is_the_last_word_listed(text: str, end: int) -> None:
    words = re.findall(r"[\w']+", text[:end])
    assert policies._word_before(text, end) == (words[-1] if words else "")


def test_a_subject_still_ends_at_its_verb() -> None:
    assert policies._subject_of(" parking charges received 300 responses.") == "parking charges"
    # (a participle before a preposition describes the subject and stays in it)
    assert policies._subject_of(" complaints received in 2023.").startswith("complaints received")
