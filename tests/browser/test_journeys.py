"""Browser journeys through Boardwork in headless chromium (Debian's, never a downloaded one):
sign in, add an activity, upload a paper and accept its records, compose and download a report,
give member feedback, and a keyboard-only journey. axe-core runs on every page visited and no
serious or critical violation is allowed; the console must stay free of errors (a CSP violation
shows there). Screenshots go to $BOARDWORK_SCREENSHOTS when it is set (kept for a person to look
at), else to the session's pytest temporary directory (in CI, none unless it is set).
"""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "corpus"
AXE_URL = "/static/vendor/axe/axe.min.js"  # served from our origin, so the CSP allows it

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed"),
]

# Playwright's sync API runs an event loop in this thread; Django's ORM calls from the test body
# (fixtures, assertions) are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield b
        b.close()


@pytest.fixture
def demo(transactional_db):
    from django.core.management import call_command

    call_command("demo", stdout=open(os.devnull, "w"))


class Session:
    """One browser tab on the live server, checking every page it lands on."""

    def __init__(self, browser, base_url, name, shots_dir):
        self.shots_dir = shots_dir
        self.context = browser.new_context(
            base_url=base_url, viewport={"width": 1280, "height": 900}, accept_downloads=True
        )
        self.page = self.context.new_page()
        self.name = name
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.checked: dict[str, list] = {}
        self.shots = 0

    def check(self, label: str, shot: bool = True):
        """axe on the current page: no serious or critical violations. Plus a screenshot."""
        page = self.page
        page.wait_for_load_state("load")
        if not page.evaluate("typeof window.axe !== 'undefined'"):
            page.add_script_tag(url=AXE_URL)
        violations = page.evaluate(
            """async () => {
                const r = await axe.run(document, {resultTypes: ['violations']});
                return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
            }"""
        )
        self.checked[label] = violations
        bad = [v for v in violations if v["impact"] in ("serious", "critical")]
        assert not bad, f"{label}: {bad}"
        title = page.title()
        assert title.endswith("– Boardwork"), title
        if shot and self.shots_dir is not None:
            self.shots += 1
            page.screenshot(
                path=str(self.shots_dir / f"{self.name}-{self.shots:02d}-{label}.png"), full_page=True
            )
        # A form re-shown with errors is answered 400 (409 for a stale save), which Chrome logs.
        errors = [e for e in self.errors if not re.search(r"status of 40[09] ", e)]
        assert not errors, f"console errors on {label}: {errors}"
        self.errors.clear()

    def sign_in(self, username, password):
        p = self.page
        p.goto("/sign-in/")
        self.check("sign-in")
        p.get_by_label("Username").fill(username)
        p.get_by_label("Password").fill(password)
        with p.expect_navigation():
            p.get_by_role("button", name="Sign in").click()

    def close(self):
        self.context.close()


@contextmanager
def requests_held(page, url: re.Pattern[str]):
    """Hold the page's requests to `url` while the test thread runs a background job by hand.

    The live server shares the test's in-memory SQLite connection with its thread, so a status poll
    answered while the job writes can fail with "database table is locked". Playwright's sync API
    runs a route's handler only while the test thread is inside a Playwright call, so a request
    routed here waits in the browser until the test next waits on the page, after the job."""
    page.route(url, lambda route: route.continue_())
    try:
        yield
    finally:
        page.unroute(url)


@pytest.fixture(scope="session")
def shots_dir(tmp_path_factory):
    """Where screenshots go: $BOARDWORK_SCREENSHOTS, else a pytest temporary directory; in CI none
    are taken unless $BOARDWORK_SCREENSHOTS asks (nobody sees them there, and full-page shots are a
    large share of a journey's time)."""
    chosen = os.environ.get("BOARDWORK_SCREENSHOTS")
    if chosen:
        path = Path(chosen)
        path.mkdir(parents=True, exist_ok=True)
        return path
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        return None
    return tmp_path_factory.mktemp("screens")


@pytest.fixture
def session(browser, live_server, demo, shots_dir):
    sessions = []

    def make(name):
        s = Session(browser, live_server.url, name, shots_dir)
        sessions.append(s)
        return s

    yield make
    for s in sessions:
        s.close()


def test_officer_journeys(session):
    s = session("officer")
    p = s.page
    p.goto("/")
    s.check("home-anonymous")
    s.sign_in("officer", "boardwork-officer")
    # Home lists the boards; open the demo board.
    s.check("home")
    with p.expect_navigation():
        p.get_by_role("link", name="Safer and Stronger Communities Board").click()
    s.check("board")
    # The demo's activities are in 2020/21: choose that cycle to see its charts.
    p.get_by_label("Cycle").select_option("2020/21")
    with p.expect_navigation():
        p.get_by_role("button", name="Show").click()
    p.wait_for_selector("canvas#chart-quarters")
    p.wait_for_function("document.querySelector('#chart-quarters').width > 0")
    s.check("board-2020-21")
    assert p.locator(".bw-themes tbody tr").count() >= 3

    # Theme and commitment pages.
    p.locator(".bw-themes tbody a").first.click()
    s.check("theme")
    if p.locator("table a[href*='/commitments/']").count():
        p.locator("table a[href*='/commitments/']").first.click()
        s.check("commitment")

    # Add an activity with organisations (one new, one box each: "Add another" adds a box).
    p.get_by_role("link", name="Activities", exact=True).click()
    s.check("activities")
    p.get_by_role("link", name="Add an activity").click()
    s.check("activity-add")
    p.get_by_label("What happened").fill("Gave evidence to the Home Affairs Committee on knife crime")
    p.get_by_label("Date").fill("March 2022")
    p.get_by_label("Evidence").check()
    # htmx asks for suggestions as you type; wait for them (the test database is SQLite in memory,
    # where a read racing the form's write reports "table is locked").
    with p.expect_response(re.compile(r"/suggest/organisations/")) as suggestions:
        p.get_by_label("Organisations 1", exact=True).fill("Home Office")
    assert suggestions.value.ok
    p.get_by_role("button", name="Add another: Organisations").click()
    with p.expect_response(re.compile(r"/suggest/organisations/")):
        p.get_by_label("Organisations 2", exact=True).fill("Knife Crime Forum, Lambeth")
    with p.expect_navigation():
        p.get_by_role("button", name="Add activity").click()
    assert "Activity added." in p.content()
    assert "Knife Crime Forum, Lambeth" in p.inner_text("main")  # one name, comma and all
    s.check("activity")

    # The log filters by organisation and words.
    p.goto("/boards/sscb/activities/?organisation=Knife+Crime+Forum%2C+Lambeth&q=knife")
    assert "1 activity matches" in p.inner_text("main")
    s.check("activities-filtered")

    # Upload a paper, then accept one record (htmx) and the rest with "Accept all".
    p.goto("/boards/sscb/papers/upload/")
    s.check("upload")
    p.set_input_files("input[type=file]", str(CORPUS / "lga-sscb-end-of-year-2020-21.txt"))
    with p.expect_navigation():
        p.get_by_role("button", name="Upload and read").click()
    assert "imported" in p.inner_text(".govuk-notification-banner")
    s.check("paper-review")
    first = p.locator(".bw-review-item").first
    first_id = first.get_attribute("id")
    first.get_by_role("button", name=re.compile("^Accept")).click()
    p.wait_for_selector(f"#{first_id} .govuk-tag--green")
    with p.expect_navigation():
        p.get_by_role("button", name=re.compile(r"^Accept (all \d+ records|the 1 record)")).click()
    assert "records accepted" in p.inner_text(".govuk-notification-banner")
    assert p.locator(".bw-review-item .govuk-tag--yellow").count() == 0
    s.check("paper-accepted")

    # Compose a report: preview, then download.
    p.get_by_role("link", name="Compose", exact=True).click()
    s.check("compose")
    p.get_by_label("End of year report").check()
    p.get_by_label("Cycle").select_option(label="2020/21")
    p.get_by_label("Word (.docx)").check()
    p.get_by_role("button", name="Preview").click()
    p.wait_for_selector(".bw-preview")
    s.check("compose-preview")
    with p.expect_download() as dl:
        p.get_by_role("button", name="Download").click()
    download = dl.value
    assert download.suggested_filename.endswith(".docx")
    path = download.path()
    assert path and Path(path).read_bytes()[:2] == b"PK"

    # Organisations, papers, public papers.
    p.goto("/organisations/")
    s.check("organisations")
    p.locator("table a[href*='/organisations/']").first.click()
    s.check("organisation")
    p.goto("/boards/sscb/papers/")
    s.check("papers")
    p.goto("/boards/sscb/rollover/")
    s.check("rollover")
    p.goto("/papers/public/")
    s.check("public-papers")
    print({k: [(v["id"], v["impact"]) for v in vs] for k, vs in s.checked.items()})


def test_member_gives_feedback(session):
    s = session("member")
    p = s.page
    s.sign_in("member", "boardwork-member")
    p.goto("/boards/sscb/")
    s.check("member-board")
    # Members do not get the officers' tools.
    assert p.get_by_role("link", name="Compose", exact=True).count() == 0
    p.get_by_role("link", name="Feedback", exact=True).click()
    s.check("feedback")
    p.get_by_label("Your feedback").fill("Please keep serious violence as a priority next year.")
    with p.expect_navigation():
        p.get_by_role("button", name="Send feedback").click()
    assert "your feedback has been sent" in p.inner_text(".govuk-notification-banner")
    assert "Please keep serious violence" in p.inner_text("main")
    s.check("feedback-sent")
    # An error is summarised and linked to its field.
    with p.expect_navigation():
        p.get_by_role("button", name="Send feedback").click()
    assert "Enter your feedback" in p.inner_text(".govuk-error-summary")
    s.check("feedback-error")


def tab_to(page, predicate_js: str, limit: int = 80):
    """Press Tab until the focused element satisfies `predicate_js` (a JS expression on `el`)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(
            f"(() => {{ const el = document.activeElement; return !!(el && ({predicate_js})); }})()"
        ):
            return
    raise AssertionError(f"never reached focus on {predicate_js}")


def test_keyboard_only_sign_in_and_add_activity(session):
    s = session("keyboard")
    p = s.page
    p.goto("/sign-in/")
    tab_to(p, "el.classList.contains('govuk-skip-link')")  # the skip link comes first
    tab_to(p, "el.id === 'id_username'")
    p.keyboard.type("officer")
    p.keyboard.press("Tab")
    p.keyboard.type("boardwork-officer")
    with p.expect_navigation():
        p.keyboard.press("Enter")
    tab_to(p, "el.textContent.trim() === 'Safer and Stronger Communities Board'")
    with p.expect_navigation():
        p.keyboard.press("Enter")
    tab_to(p, "el.textContent.trim() === 'Activities'")
    with p.expect_navigation():
        p.keyboard.press("Enter")
    tab_to(p, "el.textContent.trim() === 'Add an activity'")
    with p.expect_navigation():
        p.keyboard.press("Enter")
    tab_to(p, "el.id === 'id_text'")
    p.keyboard.type("Keyboard-only activity: webinar on anti-social behaviour")
    tab_to(p, "el.id === 'id_date'")
    p.keyboard.type("2022-02-10")
    tab_to(p, "el.type === 'checkbox' && el.value === 'event'")
    p.keyboard.press("Space")
    tab_to(p, "el.tagName === 'BUTTON' && el.textContent.trim() === 'Add activity'")
    # The focus indicator is visible (GOV.UK yellow).
    assert p.evaluate("getComputedStyle(document.activeElement).backgroundColor") in (
        "rgb(255, 221, 0)",
        "rgba(255, 221, 0, 1)",
    )
    with p.expect_navigation():
        p.keyboard.press("Enter")
    assert "Activity added." in p.content()
    main = p.inner_text("main")
    assert "Keyboard-only activity" in main and "Event" in main and "10 February 2022" in main
    s.check("keyboard-activity")


def test_draft_edit_recompose_sign_off_publish(session):
    """Compose → save as draft → edit a paragraph → the records change → recompose (the edit is
    kept, the changes shown) → sign off (an officer other than the author, then the chair: the
    demo's chair has no account, so the admin acts for both) → publish, confirmed."""
    import datetime as dt

    from boardwork.activities.models import Activity
    from boardwork.boards.models import Cycle
    from boardwork.papers.models import StoredPaper

    s = session("draft")
    p = s.page
    s.sign_in("officer", "boardwork-officer")
    p.goto("/boards/sscb/papers/compose/")
    p.get_by_label("End of year report").check()
    p.get_by_label("Cycle").select_option(label="2020/21")
    p.get_by_role("button", name="Preview").click()
    p.wait_for_selector(".bw-preview")
    with p.expect_navigation():
        p.get_by_role("button", name="Save as draft").click()
    assert "Saved as a draft" in p.inner_text(".govuk-notification-banner")
    s.check("draft-saved")
    draft_url = p.url
    paper = StoredPaper.objects.get(status="draft", kind="end_of_year")  # the demo has a draft report too

    # Edit one numbered paragraph that came from the records (no JavaScript needed).
    block = p.locator(".bw-draft-block:has(span.bw-secondary):has(a:has-text('Edit'))").nth(12)
    original = block.locator("p").inner_text().split(". ", 1)[1]
    with p.expect_navigation():
        block.get_by_role("link", name=re.compile("^Edit")).click()
    s.check("draft-block")
    edited = "The Board hosted a national webinar on county lines for 300 councillors (edited in Boardwork)."
    p.get_by_label("Text").fill(edited)
    with p.expect_navigation():
        p.get_by_role("button", name="Save paragraph").click()
    assert edited in p.inner_text("main") and original not in p.inner_text(".bw-draft")
    s.check("draft-edited")

    # The records change: a new activity under the year's first theme.
    cycle = Cycle.objects.get(board__slug="sscb", label="2020/21")
    a = Activity.objects.create(
        board=cycle.board,
        cycle=cycle,
        date=dt.date(2021, 3, 10),
        date_precision="day",
        kinds="event",
        text="Held a roundtable with chief fire officers on building safety.",
    )
    a.themes.add(cycle.themes.order_by("order").first())

    with p.expect_navigation():
        p.get_by_role("button", name="Recompose from the records").click()
    summary = p.inner_text("#diff-summary")
    assert summary.startswith("1 added, 0 removed"), summary
    assert "held a roundtable with chief fire officers" in p.inner_text("main")  # as compose narrates it
    s.check("draft-recomposed")
    p.goto(draft_url.replace("/draft/", "/draft/versions/3/") + "?all=1&against=1")
    assert "Officer's edit" in p.inner_text("main")
    s.check("draft-diff-whole")
    p.goto(draft_url)
    assert edited in p.inner_text(".bw-draft")

    # A member reads the draft and its sign-off, but holds no step.
    m = session("draft-member")
    m.sign_in("member", "boardwork-member")
    m.page.goto(draft_url)
    assert m.page.get_by_role("button", name="Approve").count() == 0
    assert m.page.locator("a:has-text('Edit')").count() == 0
    m.check("draft-member")

    # Sign-off: the admin acts at both steps (officer, then chair), with a comment.
    adm = session("draft-admin")
    adm.sign_in("admin", "boardwork-admin")
    adm.page.goto(draft_url)
    adm.page.get_by_label("Comment").fill("Checked against the activity log.")
    with adm.page.expect_navigation():
        adm.page.get_by_role("button", name="Approve").click()
    assert "next step" in adm.page.inner_text(".govuk-notification-banner")
    with adm.page.expect_navigation():
        adm.page.get_by_role("button", name="Approve").click()
    assert "signed off" in adm.page.inner_text(".govuk-notification-banner")
    assert "Checked against the activity log." in adm.page.inner_text("main")
    adm.check("draft-signed-off")

    # Publish, confirming first.
    p.goto(draft_url)
    with p.expect_navigation():
        p.get_by_role("link", name="Publish", exact=True).click()
    s.check("publish-confirm")
    with p.expect_navigation():
        p.get_by_role("button", name="Yes, publish it").click()
    assert "published" in p.inner_text(".govuk-notification-banner")
    s.check("draft-published")
    paper.refresh_from_db()
    assert paper.published
    p.goto(f"/papers/public/{paper.uid}/")
    assert edited in p.inner_text("main")
    s.check("draft-public")
