"""The compose preview shows where statements come from only when asked (issue #10: it showed
"Sources: [1]" with sources off)."""

from __future__ import annotations

from django.urls import reverse

from .web_fixtures import client_for, world_fixture  # noqa: F401


def preview(world, with_sources: bool) -> str:
    params = {"kind": "end_of_year", "cycle": str(world.cycle.uid), "fmt": "md", "action": "preview"}
    if with_sources:
        params["with_sources"] = "on"
    r = client_for(world, "officer").get(reverse("compose", args=["sscb"]), params)
    assert r.status_code == 200
    return r.content.decode().split('id="preview"', 1)[1]


def test_preview_without_sources_shows_none(world):
    text = preview(world, False)
    assert "bw-paper" in text
    assert "bw-sources" not in text and "bw-source-list" not in text and "doc-noteref" not in text


def test_preview_with_sources_links_records(world):
    text = preview(world, True)
    assert 'role="doc-noteref"' in text and 'class="bw-source-list"' in text
    assert 'href="/boards/sscb/activities/' in text or 'href="#bw-src-' in text
