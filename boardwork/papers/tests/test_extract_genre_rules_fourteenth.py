"""Genre rules of the fourteenth round (issue #15), from the misses of batch 38's development papers at
their first scores. Each case is written here for the genre, not taken from a paper."""

from __future__ import annotations

from boardwork.papers.extract.people import find_people

# -- a titled name with a middle initial or an O' surname ------------------------------------------------


def test_a_titled_name_keeps_a_bare_middle_initial_and_an_o_surname():
    assert find_people("The panel heard Dr Ann K O'Neill on the findings.", [])[0] == ["Dr Ann K O'Neill"]
    assert find_people("Professor Sean O'Brien chaired the session.", [])[0] == ["Professor Sean O'Brien"]
    assert find_people("Councillor Mary J. Smith opened the meeting.", [])[0] == ["Cllr Mary J. Smith"]
    # A run of capitals after a name is a body's acronym and still ends the name.
    assert find_people("Cllr Jane Smith NILGA President spoke.", [])[0] == ["Cllr Jane Smith"]
    # A capital letter with no name after it is not an initial.
    assert find_people("Dr Jones A and B were present.", [])[0] == ["Dr Jones"]


# -- the author named with a word before a known name, then by its initials ------------------------------


def test_an_acronym_for_a_known_name_with_words_before_it_names_the_longer_body():
    from boardwork.papers.extract.organisations import Gazetteer, learn_paper_orgs

    gaz = Gazetteer.build([{"name": "Road Safety Forum", "kind": "other"}])
    text = (
        "The annual meeting of the Coastal Road Safety Forum was held in May. "
        "CRSF also ran two workshops for members. CRSF thanked its partners."
    )
    po = learn_paper_orgs(text, gaz, None, None)
    assert po.learned.get("CRSF") == "Coastal Road Safety Forum"
    assert {c.name for c in po.find(text)} == {"Coastal Road Safety Forum"}
    assert po.authors == {"Coastal Road Safety Forum"}
    # Letters that are not the longer name's initials leave the known name as it was.
    other = "The annual meeting of the Coastal Road Safety Forum was held in May. XYZ also met."
    assert {c.name for c in learn_paper_orgs(other, gaz, None, None).find(other)} == {"Road Safety Forum"}


# -- a secondment to another body ------------------------------------------------------------------------


def test_a_secondment_to_another_body_is_partnership():
    from boardwork.papers.extract.kinds import classify

    assert "partnership" in classify("Last year an officer began a secondment to the regional health board.")
    assert "partnership" not in classify(
        "Last year an officer began a new post at the regional health board."
    )


# -- what others did, asked about in an indirect question ------------------------------------------------


def test_a_verb_in_an_indirect_question_is_what_others_did():
    from boardwork.papers.extract.kinds import classify

    assert "consultation_response" not in classify(
        "We met the councils to learn how their residents responded to the new collection rules."
    )
    assert "consultation_response" not in classify(
        "Officers asked whether the forum had responded to the letter."
    )
    # The body's own response, said plainly, is still one.
    assert "consultation_response" in classify(
        "We responded to the consultation on the new collection rules."
    )


# -- national business bodies a council's paper names -----------------------------------------------------


def test_national_business_bodies_are_known_by_name_and_acronym():
    from boardwork.papers.extract.organisations import learn_paper_orgs
    from boardwork.papers.extract.pipeline import default_gazetteer

    text = "The council met the CBI and the Federation of Small Businesses (FSB) on town centre crime."
    po = learn_paper_orgs(text, default_gazetteer(), "Somewhere Council", None)
    assert {c.name for c in po.find(text)} >= {
        "Confederation of British Industry",
        "Federation of Small Businesses",
    }
