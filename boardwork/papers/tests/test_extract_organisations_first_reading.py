"""Organisations the rules missed or misread on papers they had not seen (their first reading, issue
#15): bodies named by the text's own patterns. Each case is written here for the genre, not taken
from a paper."""

from __future__ import annotations

from boardwork.papers.extract.organisations import default_gazetteer, learn_paper_orgs


def _names(text: str, author: str = "Northshire Community Safety Partnership") -> list[str]:
    po = learn_paper_orgs(text, default_gazetteer(), None, author)
    return list(dict.fromkeys(c.name for c in po.find(text) if not c.internal))


def test_councils_of_one_tier_listed_before_a_plural_headword_are_each_a_council():
    assert _names(
        "The meeting included officers of Westshire County Council, Eastby, Northfold and Southam"
        " District Councils, and the Riverside Trust."
    ) == [
        "Westshire County Council",
        "Eastby District Council",
        "Northfold District Council",
        "Southam District Council",
        "Riverside Trust",
    ]
    assert _names("We met Eastby and Vale of the Oak Valley Borough Councils to agree the plan.") == [
        "Eastby Borough Council",
        "Vale of the Oak Valley Borough Council",
    ]
    assert _names("Both Westshire and Eastby District Councils agreed a joint plan.") == [
        "Westshire District Council",
        "Eastby District Council",
    ]


def test_councils_named_by_their_tier_alone_are_no_list_of_places():
    assert _names("The six District Councils and the County Council met in May.") == []
    assert _names("Police and Crime Commissioners and District Councils met in May.") == []


def test_a_list_of_three_bodies_or_more_is_split_at_its_commas_whatever_their_last_words():
    assert _names(
        "The forum included Westshire Police, the Willow Trust, Safe Harbour, Open Door Westshire,"
        " and the Eastby Society."
    ) == ["Westshire Police", "Willow Trust", "Eastby Society"]
    # one comma inside one body's name stays
    assert _names("We met the Westshire Police, Fire and Crime Commissioner and Eastby Borough Council.") == [
        "Westshire Police, Fire and Crime Commissioner",
        "Eastby Borough Council",
    ]


def test_the_bodies_listed_after_representatives_of_are_each_a_body_even_after_a_known_one():
    assert _names(
        "The roundtable included representatives of the Home Office, Eastby County Council, Safe"
        " Harbour, Open Door Westshire, and Northby Hospitals NHS Trust."
    ) == [
        "Home Office",
        "Eastby County Council",
        "Safe Harbour",
        "Open Door Westshire",
        "Northby Hospitals NHS Trust",
    ]
    assert _names(
        "We worked with the Home Office, Safe Harbour and Open Door Westshire to run the week."
    ) == [
        "Home Office",
        "Safe Harbour",
        "Open Door Westshire",
    ]


def test_a_person_with_a_post_after_a_known_body_is_no_body_of_the_list():
    assert _names("The project was supported by the Home Office, Jo Bloggs, the Chief Executive, said.") == [
        "Home Office"
    ]


def test_a_partner_named_after_the_word_partner_is_a_body():
    assert _names("Our delivery partner, Northby Works, ran the scheme for the year.") == ["Northby Works"]
    assert _names("The scheme was run by our commissioned provider, Fresh Start Recovery.") == [
        "Fresh Start Recovery"
    ]


def test_a_centre_opened_built_or_refurbished_is_a_building_not_a_body():
    assert _names(
        "In May we opened the new Eastby Leisure Centre with our leisure partner, Westshire Active Living."
    ) == ["Westshire Active Living"]
    assert _names("We refurbished the Northfold Community Centre last year.") == []
    assert _names("The AGM, hosted in the Northby Arts Centre, heard from the minister.") == []
    assert _names("The conference took place at the Eastby Riverside Centre on 3 May.") == []
    # a centre that does work is a body
    assert _names("We worked with the Westshire Law Centre to give advice to tenants.") == [
        "Westshire Law Centre"
    ]
    assert _names("The Westshire Law Centre opened a new office in Eastby.") == ["Westshire Law Centre"]


def test_a_chief_executive_written_ceo_is_a_post_and_the_body_follows_its_of():
    assert _names("Jo Bloggs, CEO of the Westshire Anti-Fraud Network, said the week went well.") == [
        "Westshire Anti-Fraud Network"
    ]
    assert _names(
        "The day was chaired by Jo Bloggs, Chief Executive of Eastby Mind and co-chair and CEO of the"
        " Westshire Anti-Fraud Network, and Ann Lee, Strategic Lead for Exploitation."
    ) == ["Westshire Anti-Fraud Network"]


def test_a_short_form_defined_inside_a_body_s_name_leaves_the_name_whole():
    assert _names(
        "We worked with Westshire University Hospitals (WUH) NHS Foundation Trust on the pilot."
    ) == ["Westshire University Hospitals NHS Foundation Trust"]
    assert _names("The forum included the Willow Trust and Eastby Community Health (ECH) NHS Trust.") == [
        "Willow Trust",
        "Eastby Community Health NHS Trust",
    ]
    # a kind of body's board named with its short form is no body's name
    assert _names("The plan was developed by the Borough's Community Safety Partnership (CSP) Board.") == []


def test_a_list_naming_people_by_their_titles_and_posts_is_no_list_of_bodies():
    assert (
        _names(
            "Speakers included the Minister for Fire and Communities, Lord Jo Bloggs, and HM Chief Inspector"
            " of Fire and Rescue Services, Sir Tom Green."
        )
        == []
    )


def _bodies(text: str, author: str = "Westshire Fire and Rescue Service") -> list[str]:
    """The bodies an activity may name: not the author's own, nor one of its boards or teams."""
    po = learn_paper_orgs(text, default_gazetteer(), None, author)
    return list(dict.fromkeys(c.name for c in po.find(text) if not c.internal and not c.by_function))


def test_a_team_named_by_its_work_is_the_authors_own_staff_not_a_body():
    assert _bodies("The Building Safety Team visited problem premises with officers in May.") == []
    assert _bodies("Our Youth Engagement Team ran two courses for cadets with the Willow Trust.") == [
        "Willow Trust"
    ]
    # a team the paper defines by its short form is a body it names (a multi-agency team)
    assert _bodies("The Drug and Alcohol Misuse Team (DAMT) commissions treatment services.") == [
        "Drug and Alcohol Misuse Team"
    ]


def test_a_partner_named_with_what_it_is_for_is_one_body():
    assert _names(
        "The week was organised in partnership with the National Directorate for Fire and Emergency"
        " Management in the Republic of Ireland."
    ) == ["National Directorate for Fire and Emergency Management"]
    assert _names("Crews worked with the Eastby Office for Road Safety and Travel on the checks.") == [
        "Eastby Office for Road Safety and Travel"
    ]


def test_partners_named_after_the_genre_s_words_of_a_joint_deed_are_bodies():
    assert _names("The brigade teamed up with Safe Homes Westshire to fit smoke alarms.") == [
        "Safe Homes Westshire"
    ]
    assert _names("The lessons were given in collaboration with Bright Futures Eastby, a local charity.") == [
        "Bright Futures Eastby"
    ]
    assert _names(
        "The programme was delivered by partner agencies including Northby Youth Works and Westshire"
        " Road Safety."
    ) == ["Northby Youth Works", "Westshire Road Safety"]


def test_two_places_joined_before_a_defined_body_are_one_area_of_its_name():
    assert _names(
        "Eastvale and Northby Policing and Community Safety Partnership (PCSP) and the fire service"
        " have teamed up on safety talks. The PCSP funded the packs."
    ) == ["Eastvale and Northby Policing and Community Safety Partnership"]
    assert _names(
        "The Chair of the Eastvale and North Down Safer Roads Partnership (SRP) said the SRP had met."
    ) == ["Eastvale and North Down Safer Roads Partnership"]
