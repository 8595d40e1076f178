"""NUL characters (which PostgreSQL cannot store or compare) are refused at the boundary."""

import pytest

pytestmark = pytest.mark.django_db


def test_it_refuses_nul_in_the_query_string(client, officer, board):
    client.force_login(officer)
    response = client.get(f"/boards/{board.slug}/activities/", {"q": "abc\x00def"})
    assert response.status_code == 400
    assert b"NUL" in response.content


def test_it_refuses_nul_in_api_json(client, officer, board):
    client.force_login(officer)
    response = client.post(
        "/api/policies", data={"title": "Fire Safety\x00 Act", "kind": "act"}, content_type="application/json"
    )
    assert response.status_code == 422
    assert "NUL" in response.content.decode()
