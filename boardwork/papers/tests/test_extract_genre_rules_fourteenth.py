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
