# ruff: noqa: F811  (the fixtures are imported from test_journeys and used as parameters)
"""Browser journey for the sign-off chain (issue #11): an officer changes who signs off the board's
papers, then the demo's draft Q2 performance report is returned with a comment, approved at each
step of the new chain, and published after a confirmation. Same rules as test_journeys.py:
Debian's chromium, axe on every page (no serious or critical violation), no console errors."""

from __future__ import annotations

from boardwork.boards.models import Board
from boardwork.papers import drafts
from boardwork.papers.models import Approval, StoredPaper

from .test_journeys import browser, demo, pytestmark, session, shots_dir  # noqa: F401

COMMENT = "Add the Q2 figures for the VAWG strategy before this goes to members."


def test_signoff_chain_edited_then_a_draft_returned_approved_and_published(session):
    s = session("signoff")
    p = s.page
    s.sign_in("officer", "boardwork-officer")
    p.goto("/boards/sscb/papers/")
    p.get_by_role("link", name="Who signs off the board's papers").click()
    s.check("signoff-chain")
    # The lead member (who has an account in the demo) signs off after the officer, not the chair.
    p.get_by_label("Step 2").select_option("lead_member")
    with p.expect_navigation():
        p.get_by_role("button", name="Save the chain").click()
    assert "Sign-off chain saved" in p.inner_text(".govuk-notification-banner")
    assert "Lead member" in p.inner_text("main ol")
    s.check("signoff-chain-saved")
    assert drafts.chain_for(Board.objects.get(slug="sscb")) == ["officer", "lead_member"]

    # The Q2 performance report: a draft on the January meeting's agenda, waiting for sign-off.
    p.goto("/boards/sscb/papers/")
    p.get_by_role("link", name="performance report 2021/22 Q2").first.click()
    draft_url = p.url
    assert "Lead member" in p.inner_text("main")  # the draft follows the new chain
    s.check("draft")
    p.get_by_label("Comment").fill(COMMENT)
    with p.expect_navigation():
        p.get_by_role("button", name="Return with comment").click()
    assert "Returned to its author" in p.inner_text(".govuk-notification-banner")
    assert COMMENT in p.inner_text("main")  # kept in the trail
    s.check("draft-returned")

    with p.expect_navigation():
        p.get_by_role("button", name="Approve").click()
    assert "next step" in p.inner_text(".govuk-notification-banner")
    s.check("draft-officer-approved")
    # Not yet signed off: publishing is refused, and the confirmation page says why.
    p.goto(draft_url.replace("/draft/", "/publish/confirm/"))
    assert "has not been signed off" in p.inner_text("main")
    s.check("publish-refused")

    m = session("signoff-member")
    m.sign_in("member", "boardwork-member")
    m.page.goto(draft_url)
    with m.page.expect_navigation():
        m.page.get_by_role("button", name="Approve").click()
    assert "signed off" in m.page.inner_text(".govuk-notification-banner")
    trail = m.page.inner_text("main table")
    assert "Lead member" in trail and "Lead_member" not in trail  # the role's name, not its code
    m.check("draft-signed-off")

    p.goto(draft_url)
    with p.expect_navigation():
        p.get_by_role("link", name="Publish", exact=True).click()
    s.check("publish-confirm")
    with p.expect_navigation():
        p.get_by_role("button", name="Yes, publish it").click()
    assert "published" in p.inner_text(".govuk-notification-banner")
    s.check("published")
    paper = StoredPaper.objects.get(kind="performance", quarter=2, board__slug="sscb")
    assert paper.published
    trail = list(Approval.objects.filter(paper=paper).order_by("id").values_list("decision", flat=True))
    assert trail == ["returned", "approved", "approved"]
