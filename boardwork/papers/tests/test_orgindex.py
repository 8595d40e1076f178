"""Organisations recorded beyond the shipped gazetteer, looked up by a paper's words
(`extract.orgindex`): the same extraction as with the whole list, from only the entries a paper
can name."""

from __future__ import annotations

from pathlib import Path

import pytest

from boardwork.papers.extract import extract, load_gazetteer, orgindex
from boardwork.papers.readers import read_bytes

DATA = Path(__file__).resolve().parents[3] / "tests" / "data"


def _papers() -> list[Path]:
    return sorted(p for p in (DATA / "genre").iterdir() if p.suffix in (".txt", ".docx")) + sorted(
        p for p in (DATA / "corpus").iterdir() if p.suffix == ".txt"
    )


def _recorded(found: list[str]) -> list[dict]:
    """Organisations as an import records them: the bodies the papers name that the shipped list
    does not know (with invented acronyms, some also used by a shipped body), a shipped body under
    an alias, and bodies no paper names whose first words papers use."""
    out = [
        {"name": name, "acronyms": [f"ZQ{i}" if i % 2 else "LGA"], "aliases": [], "kind": "other"}
        for i, name in enumerate(found)
    ]
    out.append({"name": "Home Office", "acronyms": ["HMO"], "aliases": ["the Home Office"], "kind": "other"})
    for first in ("North", "Local", "Fire", "The", "Community"):
        out.append(
            {"name": f"{first} Quillan Borough Council", "acronyms": [], "aliases": [], "kind": "council"}
        )
    return out


def test_a_paper_is_extracted_as_with_the_whole_list(tmp_path):
    docs = [read_bytes(p.read_bytes(), p.name) for p in _papers()]
    shipped = {e["name"] for e in load_gazetteer()}
    found = sorted({o["name"] for d in docs for o in extract(d)["organisations"]} - shipped)
    assert len(found) >= 5  # the papers name bodies the shipped list does not know
    recorded = _recorded(found)
    path = str(tmp_path / "organisations.sqlite3")
    upto = orgindex.append(path, recorded)
    changed = 0
    for doc in docs:
        for author in (None, "Exampleshire Fire and Rescue Authority"):
            whole = extract(doc, gazetteer=load_gazetteer() + recorded, author=author)
            assert extract(doc, recorded={"path": path, "upto": upto}, author=author) == whole
            changed += whole != extract(doc, author=author)
    assert changed  # the recorded bodies change what is found


def test_only_the_entries_whose_first_two_words_the_text_has_and_up_to_upto(tmp_path):
    path = str(tmp_path / "organisations.sqlite3")
    first = orgindex.append(
        path,
        [
            {"name": "Northvale Water Safety Forum", "acronyms": ["NVWSF"]},
            {"name": "Northvale Youth Trust", "aliases": ["Youth Trust of Northvale"]},
            {"name": "  "},  # no name: not an entry
        ],
    )
    upto = orgindex.append(path, [{"name": "Southmoor Water Safety Forum"}])
    assert (first, upto) == (2, 3)

    def names(text: str, until: int = upto) -> list[str]:
        return [e["name"] for e in orgindex.lookup(path, until, orgindex.words_of([text]))]

    assert names("The Northvale Water board") == ["Northvale Water Safety Forum"]
    assert names("Northvale and its Trust; a Safety Forum") == []
    assert names("the youth trust of Northvale; NVWSF; Southmoor Water") == [
        "Northvale Water Safety Forum",
        "Northvale Youth Trust",
        "Southmoor Water Safety Forum",
    ]
    assert names("Southmoor Water", until=first) == []


@pytest.mark.parametrize(
    "text", ["NORTHVALE WATER SAFETY FORUM", "northvale-water", "Northvale\u2019s Water"]
)
def test_words_are_compared_in_any_case_and_between_any_punctuation(tmp_path, text):
    path = str(tmp_path / "organisations.sqlite3")
    upto = orgindex.append(path, [{"name": "Northvale Water Safety Forum"}])
    assert orgindex.lookup(path, upto, orgindex.words_of([text]))


def test_an_append_closes_the_file_and_leaves_it_whole(tmp_path):
    # Each append is committed and its connection closed (its write-ahead log folded into the file
    # and removed), so a reader opening the file afterwards sees every entry.
    path = str(tmp_path / "orgs.sqlite3")
    first = orgindex.append(path, [{"name": "Quillan Borough Council", "acronyms": ["QBC"], "aliases": []}])
    upto = orgindex.append(path, [{"name": "Quillan Food Bank", "acronyms": [], "aliases": []}])
    assert (first, upto) == (1, 2)
    assert not Path(path + "-wal").exists()
    names = [e["name"] for e in orgindex.lookup(path, upto, orgindex.words_of(["Quillan Food Bank, QBC"]))]
    assert names == ["Quillan Borough Council", "Quillan Food Bank"]
