"""The cycle a paper reports on and when the work it reports was done ("in December" in a 2020/21
paper is December 2020). The date and cycle rules themselves are `boardwork.lib`'s."""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from ...lib.cycles import (
    BOARD_YEAR_START_MONTH,
    FINANCIAL_YEAR_START_MONTH,
    cycle_start_for,
    cycles_cited,
    cycles_in,
    format_cycle,
)
from ...lib.dates import MONTH_NUMBERS, MONTH_PATTERN, iso_date
from ..document import Heading, Paper, Paragraph
from .text import WE, clause_before, due_to_come, is_future, norm_text


@dataclass
class Cycle:
    """The year a paper reports on. `start_month` is when the year begins: September for a board
    year (boards meet from the autumn to the summer), April for a financial year."""

    start: int | None = None
    start_month: int = BOARD_YEAR_START_MONTH
    not_after: date | None = None  # the meeting date: work reported cannot be later
    # The paper's own day: its meeting's date, else the date line a news page, statement or
    # bulletin opens with ("18 June 2017", "Wednesday, 16 June 2021"). "Today", "on Friday" and
    # "last year" in its text are read against it.
    dated: date | None = None
    # Whether the paper names this year as its own. A calendar year's report or a page that names
    # only months still to come has a year to read its bare months in ("in March") but reports on
    # no board or financial year (NOTES 8, 40): its label is None.
    stated: bool = True

    @property
    def label(self) -> str | None:
        return format_cycle(self.start) if self.stated else None

    def first_day(self) -> date | None:
        return None if self.start is None else date(self.start, self.start_month, 1)

    def last_day(self) -> date | None:
        if self.start is None:
            return None
        m, y = self.start_month - 1, self.start + 1
        if m == 0:
            m, y = 12, self.start
        return date(y, m, calendar.monthrange(y, m)[1])

    def year_of_month(self, month: int) -> int | None:
        if self.start is None:
            return None
        year = self.start if month >= self.start_month else self.start + 1
        # "in June" in a paper for a February meeting is the June before; so on a page whose own day
        # is its date line ("5 November 2019 … In March we hosted …"): work told is not done later
        latest = self.not_after or self.dated
        if latest and date(year, month, 1) > latest:
            year -= 1
        return year


def detect_cycle(paper: Paper) -> Cycle:
    """The cycle a paper reports on (`_detect_cycle`), with the paper's own day (`Cycle.dated`)."""
    dated = iso_date(paper.meta.meeting_date) or _date_line(paper) or _title_date(paper) or _today_lead(paper)
    cycle = _detect_cycle(paper, dated)
    cycle.dated = dated
    return cycle


# A title that ends with its day, as a column, bulletin or statement is headed ("Group Leader's
# Comment - 26 October 2018", "Chairman's bulletin: 16 June 2017"): that day is the page's.
_TITLE_DATE = re.compile(
    r"(?:\s[-\u2013\u2014|]|[:,])\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+("
    + MONTH_PATTERN
    + r")\.?,?\s+((?:19|20)\d\d)\.?\s*$"
)


def _title_date(paper: Paper) -> date | None:
    """The day a paper's title (else its first heading) ends with, after a dash, colon or comma."""
    title = paper.meta.title or next(
        (b.text for b in paper.blocks[:3] if isinstance(b, Heading) and b.level == 1), ""
    )
    m = _TITLE_DATE.search(norm_text(title))
    return None if m is None else _day_of(m)


# A news page that gives its day only in its lead, as local papers and press offices write it
# ("… as the campaign begins today (November 25)", "Today (Friday 22 January) the service …"). The
# brackets name no year: the page's is the one calendar year its text names ("its 30th year in
# 2021"), moved by the weekday said where that day falls on it in the year before or after. A page
# naming no year, or more than one, has no day of its own (its key reads no year into it either).
_TODAY_LEAD = re.compile(
    r"\btoday\s*\(\s*(?:((?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+("
    + MONTH_PATTERN
    + r")|("
    + MONTH_PATTERN
    + r")\s+(\d{1,2})(?:st|nd|rd|th)?)\s*\)",
    re.I,
)
_CALENDAR_YEAR_NAMED = re.compile(r"(?<![\d/])((?:19|20)\d\d)(?!\s*[/-]\s*\d)(?!\d)")


def _today_lead(paper: Paper) -> date | None:
    """The day a news page's lead gives as "today (November 25)" (`_TODAY_LEAD`), in its one year."""
    lead = [norm_text(b.text) for b in paper.blocks[:3] if isinstance(b, Paragraph)]
    m = next((m for t in lead if (m := _TODAY_LEAD.search(t))), None)
    if m is None:
        # (most papers: the whole text is read for its years only where the lead has the day)
        return None
    years = {
        y for b in paper.blocks for y in _CALENDAR_YEAR_NAMED.findall(norm_text(getattr(b, "text", "") or ""))
    }
    if len(years) != 1:
        return None
    month = MONTH_NUMBERS.get((m.group(3) or m.group(4)).lower())
    day, year = int(m.group(2) or m.group(5)), int(years.pop())
    weekday = _WEEKDAYS.index(m.group(1).lower()) if m.group(1) else None
    for y in (year, year + 1, year - 1):
        try:
            found = date(y, month or 0, day)
        except ValueError:
            return None
        if weekday is None or found.weekday() == weekday:
            return found
    return None


def _day_of(m: re.Match[str]) -> date | None:
    """The day a match of the day (group 1), the month's name (2) and the year (3) names; None when
    there is no such day (30 February)."""
    try:
        return date(int(m.group(3)), MONTH_NUMBERS[m.group(2).lower()], int(m.group(1)))
    except (ValueError, KeyError):
        return None


# A line that is only a date, after its weekday or a "Date:" label, as news pages, statements and
# letters set theirs under the headline ("Wednesday, 16 June 2021", "Date: 22 June 2020"), or a
# news item's labelled publication date ("Published: Thursday, 17th October 2019", "Published on:
# …"), or after the section a site files the item under ("News / 29th April 2019", "Press release |
# 3 May 2022"), the reader's paragraph. A site's strap or update line ("Posted on …", "Last updated
# …") says when the page was put up or changed, which is not the item's day (the reader leaves it
# out).
_DATE_LINE = re.compile(
    r"^\s*(?:(?:Date|(?:Date\s+)?(?:Published|Posted)(?:\s+on)?)\s*:\s*"
    r"|(?i:(?:latest\s+)?news|(?:press|media|news)\s+releases?|blog|statements?)\s*[/|\u2013-]\s*)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+("
    + MONTH_PATTERN
    + r")\.?,?\s+((?:19|20)\d\d)\.?\s*$"
)


def _date_line(paper: Paper) -> date | None:
    """The date line among a paper's opening blocks, if it has one and no other: a listing of news
    items has one over each item, and the first is not the others' day."""
    found = [
        (k, m)
        for k, b in enumerate(paper.blocks)
        if isinstance(b, Paragraph)
        for m in [_DATE_LINE.match(norm_text(b.text))]
        if m
    ]
    if len(found) != 1 or found[0][0] >= 4:
        return None
    return _day_of(found[0][1])


# A news listing's date line set with the day in figures, after the site's label and weekday
# ("Article published: Mon, 05/11/2018", "Published: 17/10/2018"): UK order, day first.
_DATE_LINE_FIGURES = re.compile(
    r"^\s*(?:(?:article\s+)?(?:published|posted)(?:\s+on)?\s*:\s*)"
    r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s*)?(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\s*$",
    re.I,
)


def _listing_days(paper: Paper) -> list[date]:
    """The days of a news listing's items: two or more date lines (`_DATE_LINE`, or the day in
    figures after a "published" label, `_DATE_LINE_FIGURES`), each over its item."""
    days: list[date] = []
    for b in paper.blocks:
        if not isinstance(b, Paragraph) or len(b.text) > 80:
            continue
        text = norm_text(b.text)
        if m := _DATE_LINE.match(text):
            day = _day_of(m)
        elif f := _DATE_LINE_FIGURES.match(text):
            try:
                day = date(int(f.group(3)), int(f.group(2)), int(f.group(1)))
            except ValueError:
                day = None
        else:
            continue
        if day is not None:
            days.append(day)
    return days if len(days) >= 2 else []


def _detect_cycle(paper: Paper, dated: date | None = None) -> Cycle:
    """The cycle a paper reports on: the earliest year named in its title ("End of Year Report
    2020/21 and 2021/22 work plan" → 2020/21; the year before for a draft plan, `_DRAFT_PLAN`);
    else the board year of its meeting date (a July 2009 meeting closes 2008/09); else the year the
    body cites most, as "2018/19" or as its span "between April 2018 and March 2019"
    (`_spans_named`); else the year before the one an annual report is given to a board in
    (`_annual_report_given`); else none for a calendar year's report (`_calendar_year`); else the
    year of the paper's own day (`dated`, a news page's date line); else the year of the latest
    month it names of work told, not of work to come. A year told alone ("during 2021") names
    none (NOTES 2350-2359)."""
    body = paper.text()
    # Boards and committees work to a board year (autumn to summer); councils, authorities and
    # services report on the financial year (April to March).
    who = f"{paper.meta.body or ''} {paper.meta.title or ''}"
    if re.search(r"\bfinancial year\b|\b1 April\b|\bApril\s+(?:19|20)\d\d\s+to\s+March\b", body, re.I):
        start_month = FINANCIAL_YEAR_START_MONTH
    elif re.search(r"\b(?:Board|Committee|Panel|Forum|Commission)\b", who) or re.search(
        r"\bboard (?:year|cycle)", body, re.I
    ):
        start_month = BOARD_YEAR_START_MONTH
    elif re.search(r"\b(?:Council|Cabinet|Authority|Service|Executive|Trust)\b", who):
        start_month = FINANCIAL_YEAR_START_MONTH
    else:
        start_month = BOARD_YEAR_START_MONTH
    title_cycles = cycles_in(paper.meta.title or "")
    if not title_cycles:
        for b in paper.blocks[:6]:
            if isinstance(b, Heading) and b.level == 1:
                title_cycles = cycles_in(b.text)
                if title_cycles:
                    break
    md = iso_date(paper.meta.meeting_date)
    if title_cycles and _PLAN_TITLE.search(paper.meta.title or ""):
        # "Priorities for 2014/15": the title names the year ahead; a heading such as "Work in
        # 2013/14" names the year the paper reports on.
        done = [
            c
            for b in paper.blocks
            if isinstance(b, Heading) and b.level >= 2
            for c in cycles_in(b.text)
            if c < min(title_cycles)
        ]
        if done:
            return Cycle(max(done), start_month, md)
    if title_cycles and md and min(title_cycles) > cycle_start_for(md, FINANCIAL_YEAR_START_MONTH):
        # A year named in the title that has not begun on the paper's day ("Grants 2023/24" decided
        # on 31 March 2023, a draft plan for next year put to the meeting): what the paper reports,
        # the decision or the drafting, is done in the year of its day.
        return Cycle(cycle_start_for(md, FINANCIAL_YEAR_START_MONTH), start_month, md)
    if title_cycles and md is None and _DRAFT_PLAN.search(norm_text(paper.meta.title or "")):
        # A draft plan for a year ("the draft Community Safety priorities 2014-15", "draft Integrated
        # Risk Management Plan 2017/18 consultation") is drafted in the year before the one it plans.
        return Cycle(min(title_cycles) - 1, start_month)
    if title_cycles:
        return Cycle(min(title_cycles), start_month, md)
    if (
        md
        and (titled_year := _CALENDAR_TITLE.search(norm_text(paper.meta.title or "")))
        and not (cycles_in(body) or _spans_named(body))
    ):
        # A report on a calendar year given to a meeting in the year after ("Board of Police
        # Commissioners Annual Report - 2018" to a council meeting in July 2019), that names no
        # financial or board year: the year it covers is a calendar year, no cycle (NOTE 3700).
        year = int(titled_year.group(1))
        if year < md.year:
            return Cycle(year, 1, md, stated=False)
    if md:
        # A meeting's year is the April-to-March year its date falls in, whoever meets (a June
        # meeting opens the year, it does not close the one before); bare months in its text are
        # still read in the body's own year (`start_month`), up to the meeting.
        start = cycle_start_for(md, FINANCIAL_YEAR_START_MONTH)
        # A report to a meeting is about work already done: a heading naming an earlier year
        # ("Work during 2008/09"), else the year most of the months it names fall in (not the
        # dates of meetings, "the meeting held on 27 February", which say when the body met).
        earlier = [c for b in paper.blocks if isinstance(b, Heading) for c in cycles_in(b.text) if c < start]
        earlier += [c for m in _DURING_CYCLE.finditer(body) for c in cycles_in(m.group(0)) if c < start]
        if earlier:
            return Cycle(max(earlier), start_month, md)
        named = Counter(
            cycle_start_for(d, FINANCIAL_YEAR_START_MONTH)
            for d in _months_named(body, meetings=False)
            if d <= md
        )
        # (only for a meeting in the half year after April: one in the autumn or winter reports the
        # year under way, though its report tells what was agreed "in December 2021", NOTE 3041)
        if named and named.most_common(1)[0][0] < start and md.month < _HALF_YEAR_AFTER_APRIL:
            return Cycle(named.most_common(1)[0][0], start_month, md)
        # A meeting in the months after April that cites the year just closed ("the outturn for
        # 2015/16" at a May 2016 meeting, "performance in 2008/09" in May 2009) takes the reports
        # closing that year: it is the year the papers of the meeting report (NOTE 3042).
        if FINANCIAL_YEAR_START_MONTH <= md.month <= _YEAR_CLOSING_UNTIL and start - 1 in cycles_in(
            body
        ) + _spans_named(body):
            return Cycle(start - 1, start_month, md)
        # An "end of year"/"annual" report taken at a meeting between April and December closes
        # the year before (a July meeting's end of year report is the year to March).
        if md.month >= FINANCIAL_YEAR_START_MONTH and re.search(
            r"end of (?:the )?year|annual (?:[\w-]+ ){0,2}report|year in review|review of the year",
            f"{paper.meta.title or ''}\n{body[:3000]}",
            re.I,
        ):
            start -= 1
        return Cycle(start, start_month, md)
    # (a year told as its span, "between April 2018 and March 2019", "from 1 April 2022 to 31 March
    # 2023", is cited as much as "2018/19" is)
    counted = Counter(cycles_in(body) + _spans_named(body))
    # A news listing whose items are all dated in one of the body's years, its year: what it cites
    # of a year not yet begun on its latest day ("Fair Funding for Essential Services 2019/20" in
    # an autumn 2018 listing) is the year ahead told of, as a title's year not begun on the
    # meeting's day is (above).
    days = _listing_days(paper)
    years = {cycle_start_for(d, start_month) for d in days}
    if len(years) == 1 and all(c > cycle_start_for(max(days), FINANCIAL_YEAR_START_MONTH) for c in counted):
        return Cycle(years.pop(), start_month)
    opening = " ".join(b.text for b in paper.blocks[:2] if isinstance(b, (Heading, Paragraph)))
    later = _later_than_documents(body, f"{paper.meta.title or ''} {opening}")
    if later is not None:
        return Cycle(later, start_month)
    if counted:
        # (a financial year the text cites is the one reported, whatever the title calls the
        # report: "Community Safety Partnership Annual Report 2017" over "During 2017/18 …")
        return Cycle(counted.most_common(1)[0][0], start_month)
    given = _annual_report_given(paper)
    if given is not None:
        return Cycle(given, start_month)
    calendar = _calendar_year(paper, body)
    if calendar is not None:
        # (its bare months are read in that year: "in March" is March of the year reported)
        return Cycle(calendar, 1, stated=False)
    if dated is not None:
        # A news page, statement or bulletin that names no year as a cycle: the April-to-March year
        # of its own day, not of the periods its story names ("funding for the 18 months from
        # October 2023 to March 2025" on a page dated 27 October 2023 is 2023/24).
        return Cycle(cycle_start_for(dated, FINANCIAL_YEAR_START_MONTH), start_month)
    # No year stated as a cycle: the April-to-March year of the latest month the paper names ("In
    # February 2007" is 2006/07, "in June 2017" 2017/18). A month told of what is still to come
    # ("a scorecard to be adopted from April 2023", "it will be published in March 2020") names no
    # year of the work the paper reports: a page naming no other has no cycle of its own (its bare
    # months are still read against that year).
    months = _months_named(body)
    if months:
        told = _months_named(body, to_come=False)
        start = cycle_start_for(max(told or months), FINANCIAL_YEAR_START_MONTH)
        return Cycle(start, start_month, stated=bool(told))
    return Cycle(None, start_month)


# A report of a calendar year: its text says it covers January to December of one year ("covers our
# work from 1st January 2013 to 31st December 2013", "during January – December 2023"), or its
# title names the report by one year alone ("Annual Report 2018", not "Annual Report 2018/19" nor
# "annual report to the Board 2023"). Its year is no board or financial year (NOTES 8).
_CALENDAR_SPAN = re.compile(
    r"\b(?:1(?:st)?\s+)?January(?:,?\s+(?:19|20)\d\d)?\s*(?:to|until|-|\u2013|\u2014)\s*(?:31(?:st)?\s+)?"
    r"December,?\s+((?:19|20)\d\d)\b"
)
_CALENDAR_TITLE = re.compile(r"\bannual\s+report\W{0,3}((?:19|20)\d\d)\b(?!\s*(?:/|-|\u2013|to)\s*\d)", re.I)


# A year told as its span from April to the March after ("between April 2018 and March 2019", "from
# 1 April 2022 to 31 March 2023", "1 April 2015 – 31 March 2016"): that financial year. A span of
# more than one year ("runs from April 2005 to March 2008", a strategy's years) names no one year.
_APRIL_SPAN = re.compile(
    r"\b(?:1(?:st)?\s+)?April,?\s+((?:19|20)\d\d)\s*(?:to|until|till|and|-|\u2013|\u2014)\s*(?:the\s+)?"
    r"(?:31(?:st)?\s+)?March,?\s+((?:19|20)\d\d)\b"
)


# A cycle cited as the name of a document ("Annual Report 2022-23", "Statement of Accounts 2022/23",
# "Performance Report - Q4 2024/25", "the Strategic Assessment 2019/20"): the year the document
# covers, which a meeting or a page considering it may be a year past.
_DOCUMENT_YEAR = re.compile(
    r"(?:\b(?:reports?|plans?|accounts|statements?|budgets?|strateg(?:y|ies)|reviews?|assessments?"
    r"|returns?)|\bQ[1-4]|\bquarter\s+(?:[1-4]|one|two|three|four))\W{0,3}$",
    re.I,
)


def _later_than_documents(text: str, opening: str = "") -> int | None:
    """The April-to-March year of the latest month of work done the text names (not still to come,
    not an earlier meeting's day) when every cycle it cites names a document (`_DOCUMENT_YEAR`) and
    that month falls after all of them: minutes and meeting pages name the reports they consider
    by the years those reports cover ("the Annual Report 2022-23 was approved", "Performance
    Report Q4 2024/25"), while the meeting and the deeds it tells ("deployed on 10 September 2023",
    "met on 14 October 2025") are of a later year, the paper's. Not when the paper's `opening`
    (its first blocks) cites a year: a report naming itself ("Chairman's Annual Report 2019 – 2020")
    reports that year, whatever it says of the year after. None otherwise."""
    cited = cycles_cited(text)
    if not cited or _spans_named(text) or cycles_in(opening):
        return None
    if not all(_DOCUMENT_YEAR.search(text[max(0, at - 40) : at]) for _, at in cited):
        return None
    told = _months_named(text, meetings=False, to_come=False)
    if not told:
        return None
    # (the latest month's year when no document cited is of a later year; a page naming quarterly
    # reports of 2024/25 and 2025/26, met in October 2025, is 2025/26, however many 2024/25 ones)
    latest = cycle_start_for(max(told), FINANCIAL_YEAR_START_MONTH)
    return latest if latest >= max(start for start, _ in cited) else None


def _spans_named(text: str) -> list[int]:
    """The start years of the one-year April-to-March spans the text names (`_APRIL_SPAN`)."""
    return [int(m.group(1)) for m in _APRIL_SPAN.finditer(text) if int(m.group(2)) == int(m.group(1)) + 1]


# An annual report titled by the year it is given to a board ("annual report to the LGA Board
# 2023", "Annual Report to the Panel, 2019"): it reports the year that closed before, the April-to-
# March year before the one its title names (a report given in 2023 reports 2022/23). Not a report
# titled by its own year ("Annual Report 2018", `_CALENDAR_TITLE`) nor by a cycle ("2022/23").
_GIVEN_TITLE = re.compile(
    r"\bannual\s+report\s+to\s+(?:the\s+)?[A-Za-z][\w&,' -]{0,60}?[\s,]((?:19|20)\d\d)\b"
    r"(?!\s*(?:/|-|\u2013|to)\s*\d)",
    re.I,
)


def _annual_report_given(paper: Paper) -> int | None:
    """The year an annual report given to a board reports (`_GIVEN_TITLE`), or None."""
    title = paper.meta.title or next(
        (b.text for b in paper.blocks[:6] if isinstance(b, Heading) and b.level == 1), ""
    )
    m = _GIVEN_TITLE.search(norm_text(title))
    return None if m is None else int(m.group(1)) - 1


def _calendar_year(paper: Paper, body: str) -> int | None:
    """The year a calendar year's report covers (`_CALENDAR_SPAN`, `_CALENDAR_TITLE`), or None."""
    title = paper.meta.title or next(
        (b.text for b in paper.blocks[:6] if isinstance(b, Heading) and b.level == 1), ""
    )
    m = _CALENDAR_TITLE.search(norm_text(title)) or _CALENDAR_SPAN.search(body)
    return None if m is None else int(m.group(1))


def _months_named(text: str, meetings: bool = True, to_come: bool = True) -> list[date]:
    """The months the text names with their year ("In February 2007", "18 May 2011"); without
    `meetings`, not a meeting's date ("the meeting of the Committee held on 27 February 2025",
    "since the last meeting on 5 March 2024"); without `to_come`, not a month told of what is still
    to come (`_TO_COME`)."""
    return [
        date(int(m.group(2)), MONTH_NUMBERS[m.group(1).lower().rstrip(".")], 1)
        for m in _MONTH_YEAR.finditer(text)
        if m.group(1).lower().rstrip(".") in MONTH_NUMBERS
        and (meetings or not _MEETING_HELD.search(text[max(0, m.start() - 80) : m.start()]))
        and (to_come or not _TO_COME.search(text[max(0, m.start() - 80) : m.start()]))
    ]


# The words before a month told of what is still to come, in the same sentence: "to be adopted
# from", "will be published in", "planned for", "due to start in", "by" a deadline ("due to" a
# cause is no such word: "suspended due to the pandemic in March 2020"; `due_to_come`, the shared
# word of work still to come, with dates' own verbs and times). Not the close of what is under way
# ("the consultation will close on 13th December 2019", whence no "close" among the verbs), whose
# year is the paper's own. The shared list of verbs and the guard of "expected" against a comparison
# ("higher than expected in May 2021") were tried here and moved a held-out paper's cycle (NOTE
# 2292): dates keep their own.
# A bare "due" right before the month is a progress report's status, the month a deed is due ("Refresh
# of the strategy – due March 2025", "due: June 2025", "due end of May 2025"): the shared bare "due"
# (`due_to_come` without times, so never a cause nor "in due course"), read only with nothing but the
# month's part of it or its day between ("end of", "early", "mid-", "31") (NOTE 2362). "Due for" the
# deed, a month further on ("due for publication in March 2025", "due for renewal by June 2025"), is
# a time set as "due in" one is: "for" among dates' times (NOTE 2461).
_DUE_TO_VERBS = ("start", "begin", "open", "launch", "run", "take", "be")
_TO_COME = re.compile(
    r"\b(?:will|to\s+be|"
    + due_to_come(_DUE_TO_VERBS, times="in|on|by|for")
    + r"|planned|scheduled|expected)\b(?![^.;!?]*\b(?:clos(?:e|es|ing)|ends?|ending)\b)"
    r"[^.;!?]{0,50}$|\bby\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$|\b"
    + due_to_come(_DUE_TO_VERBS)
    + r"\s*[:\u2013\u2014-]?\s*(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+|(?:early|mid|late)[\s-]+|\d{1,2}(?:st|nd|rd|th)?\s+)?$",
    re.I,
)


# The words before a meeting's date: "meeting (of the Committee) held on 27", "last meeting on 5".
_MEETING_HELD = re.compile(
    r"\b(?:meeting|meetings)\b(?:\s+of\s+(?:the\s+)?[A-Z][\w&,' -]{0,60}?)?\s+(?:(?:was|were)\s+)?"
    r"(?:held\s+)?(?:on|in|of)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?$",
    re.I,
)


# The months after April in which a board's or council's meetings take the reports that close the
# year before (annual reports, outturns, end-of-year reviews): to July; and the half year after April
# (to September) in which a report that tells mostly the months of the year before reports it.
_YEAR_CLOSING_UNTIL = 7
_HALF_YEAR_AFTER_APRIL = 10

_DURING_CYCLE = re.compile(
    r"\b(?:During|Throughout|Over|In)\s+(?:the\s+)?(?:year\s+)?(?:19|20)\d\d\s*[/-]\s*\d\d\b"
)
_PLAN_TITLE = re.compile(
    r"\b(?:priorities|plan|programme|focus|objectives) for\b|\bwork ?plan\b|\bbusiness plan\b", re.I
)
# A draft of a plan, strategy or priorities in a title: the year it plans is still to come.
_DRAFT_PLAN = re.compile(
    r"\bdraft\b(?:\s+[\w&'-]+){0,5}?\s+(?:plan|strategy|priorities|budget|programme|objectives)\b", re.I
)
_MONTH_YEAR = re.compile(r"\b(" + MONTH_PATTERN + r"),?\s+((?:19|20)\d\d)\b")


_YEAR = r"((?:19|20)\d\d)(?!\s*[/-]\s*\d)(?!\d)"
_DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")),
    # (a day written with full stops, "05.03.2021", as minutes and forms often write it)
    ("dmy", re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b")),
    # (a day with a two-figure year, "dated 13.6.17", "on 05/03/21", as parish minutes and letters
    # write it: only after "dated" or "on", where no section's number stands)
    ("dmy2", re.compile(r"(?:(?<=\b[Dd]ated )|(?<=\b[Oo]n ))(\d{1,2})[/.](\d{1,2})[/.](\d\d)\b(?![/.]?\d)")),
    (
        "day",
        re.compile(
            # ("the 5th of March", as minutes write it, is the 5th of March; "Thursday 11th and
            # Friday 12th October" is a span of days, its second day after its weekday)
            r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|to|and)\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
            r"(\d{1,2})(?:st|nd|rd|th)?)?\s+(?:of\s+)?(" + MONTH_PATTERN + r")\b,?(?:\s+" + _YEAR + r")?"
        ),
    ),
    # The month before the day, as some councils' minutes and web pages write it ("on March 14,
    # 2019", "Sept 3rd 2019", "on June 5"): not a day's count ("March 2 weeks") nor a year.
    (
        "mdy",
        re.compile(
            # (without a year, the day must be told as one: "June 5th", "on June 5," — "in May 12
            # schools took part" is a count)
            r"\b("
            + MONTH_PATTERN
            + r")\.?\s+(\d{1,2})(?:(?:st|nd|rd|th)\b|(?=,?\s+(?:19|20)\d\d\b)|(?=[,;)]|\.(?!\d)|$))"
            r"(?:,?\s+" + _YEAR + r")?"
        ),
    ),
    ("month_year", re.compile(r"\b(" + MONTH_PATTERN + r"),?\s+" + _YEAR)),
    (
        "month",
        re.compile(
            r"\b(?:[Ii]n|[Dd]uring|[Oo]n|[Bb]y|[Uu]ntil|[Tt]hroughout|[Ff]rom|[Ee]arly|[Ll]ate|[Ss]ince|"
            r"(?:the )?(?:end|beginning|start|middle) of)\s+(?:early |late |mid-?)?("
            + MONTH_PATTERN
            + r")\b(?!\s*(?:19|20)\d\d)"
        ),
    ),
    # A span of months in one year ("in October and November 2016", "April-June 2020", "between 9
    # January and 5 February 2017") is as precise as a season: the year (the months and days inside
    # it are not the work's date).
    (
        "month_span",
        re.compile(
            r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(" + MONTH_PATTERN + r")"
            # (the year may be given at both ends, the same: "from 21 July 2023 until 30 September 2023")
            r"(?:,?\s+(?P<y1>(?:19|20)\d\d))?\s*(?:-|to|and|until|till)\s*"
            r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(" + MONTH_PATTERN + r"),?\s+(?(y1)(?P=y1)(?!\d)|" + _YEAR + r")"
        ),
    ),
    ("season_year", re.compile(r"\b(?:[Ss]pring|[Ss]umm?er|[Aa]utumn|[Ww]inter)\s+(?:of\s+)?" + _YEAR)),
    (
        "year",
        re.compile(
            # ("in the first quarter of 2021", "in the second half of 2019": the year)
            r"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Aa]cross|[Ee]arly|[Ll]ate|[Mm]id-?|(?:the )?(?:end|beginning|start) of|"
            r"(?:first|second|third|fourth|final|last) (?:quarter|half) of)\s+" + _YEAR
        ),
    ),
]
_SPAN = dict(_DATE_PATTERNS)["month_span"]
_MDY = dict(_DATE_PATTERNS)["mdy"]
# An opening phrase naming the event the work followed ("Following the tragedy at Grenfell Tower on
# 14 June, the LGA …", "Following a major consultation in 2012, the Authority has …", "After
# agreement at Council on Friday 1 July, a spokesperson said …"): its date is the event's, not the
# work's. (Not a clause with its own subject, "After we met on 3 May, …".)
_EVENT_OPENING = re.compile(
    r"^\s*(?:following|after|in the wake of)\s+(?!(?:we|I|he|she|it|they|you)\b)[a-z]", re.I
)
_DATE_SKIP_BEFORE = re.compile(
    r"(?:\b(?:published|issued|released|launched|updated|dated)\b[^,;]{0,20}$)|"
    r"(?:\b(?:due|deadline|closes|closing|by|since|until|meeting(?:s? (?:(?:was|were) )?held)?(?: in| on| of)?)\s*(?:in|on|at|of|the|beginning|end|start|of\s)*\s*$)|"
    # when something else ends ("as the Business Plan was due to end in March 2015, we began …")
    r"(?:\b(?:due|set|scheduled) to (?:end|expire|finish|close|run out|conclude)\s+(?:in|on|at|by)?\s*(?:the\s+)?(?:end of\s+)?$)|"
    # when a consultation or survey ended ("consultation on the draft strategy ended on 21st February
    # 2020"): its end, a deadline (EXTRACTION-NOTES 3), not when the body acted ("closed on" is left
    # as the twelfth round read it: a single day)
    r"(?:\b(?:consultations?|surveys?|questionnaires?|engagement)\b[^,;]{0,60}?\b(?:ended|finished|concluded)\s+(?:on|in|at)?\s*(?:the\s+)?$)|"
    # a law's own steps ("the Bill received Royal Assent in April 2017", "the duty came into force on
    # 1 April"): Parliament's and the Government's, not the body's
    r"(?:\b(?:royal assent|(?:came|comes?) into (?:force|effect)|became law|took effect)\s+(?:in|on|at|from)?\s*(?:the\s+)?$)|"
    # the period a report or plan covers, both its ends ("his annual report, which covers the period
    # from April 2019 to March 2020")
    r"(?:\b(?:covers|covering|covered)\s+(?:the\s+)?(?:period\s+)?(?:from\s+)?"
    r"(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[a-z]+\.?,?\s+(?:19|20)\d\d\s*(?:to|until|-|\u2013)\s*)?$)|"
    # the earlier work this one follows ("a follow-up to the survey it produced … in September 2013")
    r"(?:\b(?:follow-?up (?:to|of)|follows? on from|building on|builds on|a repeat of)\b[^;]{0,100}$)|"
    # an earlier piece of work of the same sort, told to compare ("a similar study was carried out
    # for the service in 2018", "the previous survey in 2016"): its year, not this one's ("last" is
    # left: "the last survey" is as often the final one, done now)
    r"(?:\b(?:a|the|its|our|their)\s+(?:similar|previous|earlier|preceding|prior)\s+"
    r"(?:studies|study|surveys?|reviews?|exercises?|inspections?|reports?|questionnaires?|consultations?|audits?)"
    r"\b[^;]{0,60}$)",
    re.I,
)


# A launch told of the thing launched, not of who launched it: a sentence that opens with the
# participle ("Launched in November 2019, the Support Hub brings together …") or a relative clause
# with "launched" and no object ("Operation Myriad, which launched on Monday 26th June"): the
# date is the thing's start, whoever's it is (`_launch_of_the_subject`).
_THING_ITSELF = re.compile(r"^\s*(?:(?:which|that)\s+)?$", re.I)


def _launch_of_the_subject(owner: str, said: str, after: str) -> bool:
    """Is a launch whose clause opens with nothing (`owner` empty) or with "which" the start of the
    thing the sentence is about: "which launched" with no object before the date (`said`: not
    "which launched the fund on …"), or the participle followed by its subject after a comma, not
    another's ("Launched in May, the Government's strategy …")?"""
    if owner.strip():
        return (
            re.match(
                r"launched\s+(?:on|in|at|from)?\s*(?:the\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$",
                said,
                re.I,
            )
            is not None
        )
    subject = re.match(r"\s*,\s*((?:\S+\s+){0,4})", after)
    return subject is not None and not re.search(r"['\u2019]s\b", subject.group(1))


# The body as its papers call it, by the word for its kind ("the Partnership", "the Council"): the
# doer of "The Partnership launched its campaign on 1 October", and the owner of "The partnership's
# new plan was published in April 2024" or "The Council's annual report was launched in June" (a
# passive with no one else named): the body published it, as "we launched" and "our plan was
# published" say. (A body named in full, "the Home Office's strategy", is another's unless it is the
# author.)
_GENRE_WORD = r"(?:partnership|council|board|authority|association|panel|committee|service)"
_OWN_WORD = r"\s*(?:the\s+)?" + _GENRE_WORD + r"['\u2019]s\s"
_OWN_THING = re.compile(
    r"^" + _OWN_WORD + r"[^,;()]*?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$", re.I
)
_OWN_DOER = re.compile(
    r"^\s*the\s+" + _GENRE_WORD + r"\s+(?:(?:has|have|had|also|then|jointly|\w+ly)\s+)*$", re.I
)


# The body's own letter, as its minutes and reports call it by the word for its kind ("The Parish
# Council's letter to the Superintendent dated …", "the Board's response dated …"): its date is when
# the body wrote. (A minister's or a department's letter dated … is another's.)
_OWN_LETTER = re.compile(
    r"^\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    + _GENRE_WORD
    + r"['\u2019]s\s+(?:\w+\s+)?(?:letter|e-?mail|response|reply|submission|representations?)\b",
    re.I,
)


# A time told before the clause's subject, as annual reports open their sentences ("During the year
# the Partnership published …", "This year the Board launched …", "In 2023/24, the Council …"): the
# subject after it is the doer all the same.
_TIME_OPENING = re.compile(
    r"^\s*(?:(?:during|throughout|over|in|across)\s+(?:the\s+)?(?:(?:past|last|same|previous|current|reporting)\s+)?"
    r"(?:year|period|(?:19|20)\d\d(?:\s*[-/\u2013]\s*(?:19|20)?\d\d)?)|(?:earlier\s+)?this\s+year|last\s+year)\s*,?\s+",
    re.I,
)


def _after_time(owner: str) -> str:
    """`owner` without a time told before its subject ("This year the Board " → "the Board ")."""
    return _TIME_OPENING.sub("", owner, count=1)


# A thing launched or published in the passive with no one named as its publisher ("The Youth Justice
# Plan 2022-23 was launched in July 2022", "The new strategy was published in March"): in a paragraph
# read as the body's work and naming no other date, the launch is the work, and its date the work's
# ("The review was published in November and we responded to it in December" is December). Not a thing
# another owns
# by name ("the Home Office's strategy was published …", "the Government guidance was issued …",
# "the national framework was published …"): another's publishing (EXTRACTION-NOTES 3).
_PASSIVE_LAUNCH = re.compile(
    r"^\s*(?:the|our|its|their|this)\s+"
    r"(?![^,;()]*?(?:['\u2019]s\b|\b(?:government|ministry|department|office|parliament|national|hm|"
    r"minister|secretary|inspectorate|commission)\b))"
    r"[^,;()]*?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$",
    re.I,
)

# A relative or reduced clause with no subject of its own ("…, which he launched in March 2017";
# "…, published in June 2018"): its subject is the sentence's.
_BARE_RELATIVE = re.compile(r"^\s*(?:(?:which|that)\s+)?(?:(?:I|he|she|it|they)\s+)?$")


# The thing the sentence's subject made, launched by that subject ("During the year the Commissioner
# developed his own Police and Crime Plan, which he launched in March 2017"; "The Panel drew up a
# charter, which it launched in May"): the one who made it launched it, the deed the paragraph
# reports. Not a government's, a minister's or a department's making (another's publishing,
# EXTRACTION-NOTES 3).
_MADE_BY_SUBJECT = re.compile(
    r"^(?:(?i:during|throughout|over|in|this|last)\b[^,]{0,30}?,?\s+)?(?:[Tt]he\s+)?(?P<subject>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,5})\s+"
    r"(?:has\s+|have\s+|had\s+|also\s+)?(?:developed|produced|wrote|drew\s+up|prepared|created|designed|devised)\s+"
    r"(?:his|her|its|their)\b"
)
_OTHERS_MAKING = re.compile(
    r"\b(?:government|minister|department|ministry|office|parliament|secretary)\b", re.I
)


def _maker_launched(owner: str, sentence: str) -> bool:
    """Is `owner` "which he / it / they" after a sentence whose subject made the thing it launched
    (`_MADE_BY_SUBJECT`), a subject that is no government's?"""
    if not re.match(r"^\s*(?:which|that)\s+(?:he|she|it|they)\s+$", owner):
        return False
    made = _MADE_BY_SUBJECT.match(sentence.strip())
    return made is not None and not _OTHERS_MAKING.search(made.group("subject"))


def _own_subject(owner: str, before: str, author_words: tuple[str, ...]) -> bool:
    """Is the publisher in `owner` (a relative clause's opening) the author, because the sentence
    that holds it opens with the author ("CCN commissioned research …, published in June 2018") or
    with a thing the body calls its own (`_OWN_WORD`: "The Partnership's plan, published in …")?"""
    if not _BARE_RELATIVE.match(owner):
        return False
    sentence = re.split(r"(?<=[.!?])\s+", before)[-1]
    opening = " ".join(sentence.split()[:8])
    heads = {w.split()[-1] for w in author_words if " " in w}
    return bool(
        WE.match(opening)
        or re.match(r"\s*I\b", opening)
        or _maker_launched(owner, sentence)
        or any(re.search(r"(?<![A-Za-z])" + re.escape(w) + r"\b", opening) for w in author_words)
        or any(re.search(r"\b[Tt]he " + re.escape(h) + r"\b", opening) for h in heads)
        or re.match(_OWN_WORD, opening, re.I)
    )


def resolve_date(text: str, cycle: Cycle, author_words: tuple[str, ...] = ()) -> str | None:
    """When the work in `text` was done, as precisely as the text allows ('2020-12', '2021-05-18',
    '2020'), resolving bare months against the cycle. Deadlines, future dates, board meetings and
    the dates other bodies published things are not the work's date; a board year ('2020/21') or a
    bare season is no date at all."""
    text = norm_text(text)
    best: tuple[float, int, str, int] | None = None  # (-precision, position, value, end)
    # (a day written month first, "March 14, 2019", is read whole: not "March" alone)
    spans = [m.span() for m in _SPAN.finditer(text)] + [m.span() for m in _MDY.finditer(text)]
    # Dates set aside (a deadline, another body's publishing): the shorter patterns read inside
    # them ("March 2021" of "on 3 March 2021") are set aside with them.
    rejected: list[tuple[int, int]] = []
    named: list[tuple[float, int, str, int]] = []  # (-precision, start, value, end)
    # A thing launched or published in the passive with no publisher named (`_PASSIVE_LAUNCH`)
    passive_launches: list[tuple[float, int, str, int]] = []
    for kind, pat in _DATE_PATTERNS:
        for m in pat.finditer(text):
            if kind not in ("month_span", "mdy") and any(m.start() < e and m.end() > s for s, e in spans):
                continue
            if any(s <= m.start() and m.end() <= e for s, e in rejected):
                continue
            value, precision = _date_value(kind, m, cycle)
            if value is None:
                continue
            clause = clause_before(text, m.start())
            if is_future(clause) or (
                _EVENT_OPENING.match(clause)
                and (m.group(0).endswith(",") or text[m.end() :].lstrip()[:1] == ",")
            ):
                rejected.append(m.span())
                continue
            skip = _DATE_SKIP_BEFORE.search(clause)
            if skip:
                word = skip.group(0).strip().split()[0].lower()
                if word in ("published", "issued", "released", "launched", "updated", "dated"):
                    # Our own publishing ("we published … in May") is our act; another body's is not.
                    owner = clause[: skip.start()]
                    doer = _after_time(owner)
                    if not (
                        _THING_ITSELF.match(owner)
                        and word == "launched"
                        and not re.search(r"\bby\b", skip.group(0))
                        and not text[: m.start() - len(clause)].rstrip().endswith("(")
                        and _launch_of_the_subject(owner, skip.group(0), text[m.end() :])
                    ) and not (
                        WE.search(owner)
                        or any(w in owner for w in author_words)
                        or (word == "dated" and _OWN_LETTER.match(owner) is not None)
                        or (
                            (_OWN_THING.match(doer) or _OWN_DOER.match(doer))
                            and not re.search(r"\bby\b", skip.group(0))
                        )
                        or (
                            # (an aside in brackets, "(published September 2020)", says when
                            # someone, often another body, published it)
                            not re.search(r"\bby\b", skip.group(0))
                            and not text[: m.start() - len(clause)].rstrip().endswith("(")
                            and _own_subject(owner, text[: m.start()], author_words)
                        )
                    ):
                        rejected.append(m.span())
                        if (
                            word in ("published", "issued", "released", "launched")
                            and _PASSIVE_LAUNCH.match(owner)
                            and not re.search(r"\bby\b", skip.group(0))
                        ):
                            # (the work's date only when the text names no other: "The review was
                            # published in November and we responded to it in December" is December)
                            passive_launches.append((float(-precision), m.start(), value, m.end()))
                        continue
                else:
                    rejected.append(m.span())
                    continue
            named.append((float(-precision), m.start(), value, m.end()))
    # The first time the text names, made more precise by a later date inside it ("in 2016, … on 5
    # March 2016"); a later date outside it is other work, and so is one that opens a clause or
    # sentence of its own ("… completed its report in February 2025, and on 18 February the
    # Corporate Board concluded …"): the same month, another step.
    for cand in sorted(named or passive_launches, key=lambda c: c[1]):
        if best is None or (
            cand[0] < best[0]
            and cand[2].startswith(best[2])
            and not _OWN_CLAUSE.search(text, best[3], cand[3])
        ):
            best = cand
    if cycle.dated is not None:
        # Days and years told from the paper's own day ("We are in contact with the councils named
        # in reports today", "I wrote to you on Friday", "an assessment was undertaken last year").
        for m in _RELATIVE.finditer(text):
            if is_future(clause_before(text, m.start())):
                continue
            value, precision = _relative_value(m, cycle.dated)
            # (a date the text names, "Today (20th September 2013)", comes before one told from
            # the paper's day)
            cand = (0.5 - precision, m.start(), value, m.end())
            if best is None or cand < best:
                best = cand
    return best[2] if best else None


# Between two dates, a sentence's end or a clause of its own that the later date opens ("…, and on
# 18 February the Board …"; "…; in March …").
_OWN_CLAUSE = re.compile(
    r"[.!?;]\s|,?\s+(?:and|but|while|then)\s+(?:then\s+)?(?:(?:on|in|at|by|from)\s+)?(?:the\s+)?(?:\d|(?:"
    + MONTH_PATTERN
    + r")\b)"
)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "today"; "on Friday", or "On Friday" opening a sentence (not "on Friday 12 June", which names its
# day); "last Wednesday" (the one before the page's day; not "the last Wednesday of the month", a
# habit); "last year" (not "over the last year" or "in the last year", the twelve months up to the
# paper: a span, no date); a week or a month told from the page's day ("It has been a busy week",
# "over the weekend", "last month"): its month, the most a week pins down (not "every week", "over
# the last week", "this month's meeting").
_RELATIVE = re.compile(
    r"\b(?P<today>[Tt]oday)\b|"
    r"\b[Oo]n\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,?\s*\d)|"
    r"(?<!\bthe )\b[Ll]ast\s+(?P<last_weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?!,?\s*\d|'s|\u2019s)|"
    r"(?<!\bthe )(?<!\bthis )\b(?P<last_year>[Ll]ast year)\b|"
    r"(?<!\bthe )\b(?P<week>(?:[Tt]his|[Ll]ast|(?:has|had) been an? \w+) week|(?:over )?the weekend|[Ll]ast month|"
    r"(?:[Ee]arlier )?this month)\b(?!'s|\u2019s|ly|s\b)"
)


def _relative_value(m: re.Match[str], day: date) -> tuple[str, int]:
    """The date `m` names, told from the paper's own `day`: that day, the last such weekday on or
    before it ("on Friday") or before it ("last Friday"), the year before its year, or the month of
    the week or month told."""
    if m.group("weekday"):
        back = (day.weekday() - _WEEKDAYS.index(m.group("weekday").lower())) % 7
        return date.fromordinal(day.toordinal() - back).isoformat(), 3
    if m.group("last_weekday"):
        # ("last Wednesday" on a Monday's page is five days before; on a Wednesday's, a week before)
        back = (day.weekday() - _WEEKDAYS.index(m.group("last_weekday").lower())) % 7 or 7
        return date.fromordinal(day.toordinal() - back).isoformat(), 3
    if m.group("last_year"):
        return str(day.year - 1), 1
    if m.group("week"):
        said = m.group("week").lower()
        if said.startswith("last month"):
            first = day.replace(day=1)
            day = date.fromordinal(first.toordinal() - 1)
        elif said.startswith("last"):
            day = date.fromordinal(day.toordinal() - 7)
        return f"{day.year}-{day.month:02d}", 2
    return day.isoformat(), 3


def _date_value(kind: str, m: re.Match[str], cycle: Cycle) -> tuple[str | None, int]:
    try:
        if kind == "iso":
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return d.isoformat(), 3
        if kind == "dmy2":
            yy = int(m.group(3))
            d = date(2000 + yy if yy < 70 else 1900 + yy, int(m.group(2)), int(m.group(1)))
            return d.isoformat(), 3
        if kind == "dmy":
            d = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            return d.isoformat(), 3
        if kind == "day":
            day, day2, mon, year = m.group(1), m.group(2), MONTH_NUMBERS[m.group(3).lower()], m.group(4)
            y = int(year) if year else cycle.year_of_month(mon)
            if y is None:
                return None, 0
            if not year:
                y = _weekday_year(m, y, mon, int(day))
            if day2:  # a range of days: the month is as precise as it gets
                return f"{y}-{mon:02d}", 2
            return date(y, mon, int(day)).isoformat(), 3
        if kind == "mdy":
            mon, day, year = MONTH_NUMBERS[m.group(1).lower()], int(m.group(2)), m.group(3)
            y = int(year) if year else cycle.year_of_month(mon)
            if y and not year:
                y = _weekday_year(m, y, mon, day)
            return (date(y, mon, day).isoformat(), 3) if y else (None, 0)
        if kind == "month_year":
            return f"{int(m.group(2))}-{MONTH_NUMBERS[m.group(1).lower()]:02d}", 2
        if kind == "month":
            mon = MONTH_NUMBERS[m.group(1).lower()]
            y = cycle.year_of_month(mon)
            return (f"{y}-{mon:02d}", 2) if y else (None, 0)
        if kind in ("season_year", "year"):
            return m.group(1), 1
        if kind == "month_span":
            return m.group(4) or m.group("y1"), 1
    except (ValueError, KeyError):
        return None, 0
    return None, 0


# The weekday said before a day named without its year ("on Wednesday, 29 August", "Friday 1
# July", "Monday 26th June"): a news page or a bulletin tells the day so.
_WEEKDAY_BEFORE = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?$", re.I
)


def _weekday_year(m: re.Match[str], year: int, month: int, day: int) -> int:
    """The year of a day named without its year, as the cycle gives it (`year`), unless the weekday
    said before it falls on that day in the year before or the year after and not in this one:
    29 August 2019 was a Thursday, so "Wednesday, 29 August" in a 2018/19 paper is 2018's."""
    said = _WEEKDAY_BEFORE.search(m.string, 0, m.start())
    if said is None:
        return year
    weekday = _WEEKDAYS.index(said.group(1).lower())
    for y in (year, year - 1, year + 1):
        try:
            if date(y, month, day).weekday() == weekday:
                return y
        except ValueError:
            continue
    return year


# A paragraph that tells only when the event its heading names took place, with no subject of its
# own, as a newsletter's or an annual report's item opens under the event's name ("Took place
# 10 - 17 October 2022.", "Held on Tuesday 4 March at the Civic Centre.", "Ran from 3 to 9 May
# 2021"): the date of the event, and so of the work told under it that names no date of its own
# (the items under "What did we do?" after it).
_TIME_TOLD = re.compile(
    r"^\s*(?:(?:it|this|the\s+(?:week|event|day|campaign|fortnight|month|conference|festival))\s+"
    r"(?:was\s+)?)?(?:took\s+place|was\s+held|were\s+held|held|ran|was\s+run|happened)\b"
    r"(?:\s+(?:on|from|between|in|over|during|throughout))?\s+(?:the\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}|" + MONTH_PATTERN + r")\b",
    re.I,
)


def time_told(text: str, cycle: Cycle) -> str | None:
    """The date an event's time paragraph gives (`_TIME_TOLD`), read from its first sentence; None for
    any other paragraph."""
    text = norm_text(text)
    if not _TIME_TOLD.match(text):
        return None
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text, maxsplit=1)[0]
    return resolve_date(first, cycle)


# A news page's, statement's or decision notice's opening paragraph telling a deed done in the present
# perfect with no date of its own ("Westby Community Safety Partnership has launched a grants
# scheme …", "The Commissioner has awarded £40,000 to …", "The grants round has been concluded …"):
# the page's news, done on the page's own day (`Cycle.dated`), as "today" would say. Not a deed to
# come ("has agreed to launch"), nor a state ("has been working", "has been a busy year").
_NEWS_DEED = re.compile(
    r"\b(?:has|have)\s+(?:(?:now|just|today|recently|formally|officially|kindly|successfully|jointly)\s+)?"
    r"(?:(?:been\s+)?"
    r"(?:published|launched|awarded|announced|approved|agreed|concluded|completed|opened|unveiled|"
    r"released|appointed|secured|signed|granted|allocated|commissioned|funded|given|issued|welcomed|"
    r"hosted|held|set\s+up|introduced|confirmed|endorsed|adopted)|"
    # (the body's own written word, active: a report or a letter written, a response or evidence
    # submitted; "This guidance has been prepared for members" says what a standing page is for)
    r"written|produced|prepared|submitted|responded)\b",
    re.I,
)
_NEWS_DEED_NOT = re.compile(
    r"\b(?:has|have)\s+(?:\w+\s+)?(?:agreed|been\s+(?:asked|invited))\s+to\s+\w+", re.I
)


def news_lead_date(text: str, cycle: Cycle) -> str | None:
    """The page's own day for a deed its opening paragraph tells in the present perfect (`_NEWS_DEED`),
    when the page has its own day; None otherwise. Read only of its first sentence."""
    if cycle.dated is None:
        return None
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])", norm_text(text), maxsplit=1)[0]
    deed = _NEWS_DEED.search(first)
    # (what is to come is read up to the deed's verb: a later clause may say what the report or the
    # scheme is for, "… has written the report below, which aims to …", and the deed is done)
    if not deed or _NEWS_DEED_NOT.search(first) or is_future(first[: deed.end()]):
        return None
    return cycle.dated.isoformat()


def news_deed_told(text: str) -> bool:
    """Does the paragraph tell a deed in the present perfect (`_NEWS_DEED`) anywhere, to come or done?"""
    return bool(_NEWS_DEED.search(norm_text(text)))
