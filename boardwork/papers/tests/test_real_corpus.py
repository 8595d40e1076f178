"""The real papers (tests/data/real: other bodies' papers in their own house styles, with reference
parses and extractions written by hand) read and extracted end to end, scored against the keys.

Floors sit just under the figures measured when they were set (see `bench/scores.py` for every
paper's figures): a change to a reader or a rule that loses ground on these papers fails here. The
held-out third (held-out.txt) has floors of its own, as rules are not tuned on it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from boardwork.papers.extract import extract
from boardwork.papers.readers import read_path
from boardwork.papers.tests.parse_scores import score as parse_score
from boardwork.papers.tests.test_extract import scores as extraction_scores

REAL = Path(__file__).resolve().parents[3] / "tests" / "data" / "real"
# Papers keyed for reading only (a reference parse, no extraction key): written for the plain-text
# reader's headings, they count in the reading figures and not in the extraction ones.
READING_ONLY = sorted(
    k
    for k in REAL.glob("*.paper.json")
    if not k.with_name(k.name.replace(".paper.", ".extraction.")).exists()
)
KEYS = sorted(set(REAL.glob("*.paper.json")) - set(READING_ONLY))
HELD_OUT = set((REAL / "held-out.txt").read_text(encoding="utf-8").split())


def _stem(key: Path) -> str:
    return key.name.removesuffix(".paper.json")


def _document(stem: str) -> Path:
    (doc,) = [f for f in REAL.glob(f"{stem}.*") if f.suffix in (".txt", ".html", ".md", ".docx", ".pdf")]
    return doc


# Means over each group; measured 2026-12-02 (development 42 papers / held out 14), floors a little under;
# development reading raised 2026-12-03 with the opening-block round (109 papers: headings 0.966,
# sections 0.978, text recall 0.990, text precision 0.996); set again with the headings round
# (2026-12-03, 158 papers: 0.971 / 1.000 / 0.985 / 0.993 / 0.989; its twenty new plain-text papers
# keep some cover and site lines the keys leave out, hence text precision's floor).
PARSE_FLOORS = {
    "development": {
        # (2026-12-04, late: batches 41 and 42's six fresh development papers, keyed and never tuned
        # on, 252 papers: 0.965 / 0.994 / 0.976; 2026-12-05 after the ninth headings round, as
        # imported: 0.977 / 0.998 / 0.984)
        # 2026-12-06, batch 66's three at their first reading (340 files): 0.967 (0.973 before; a
        # headline opening on a sum, a clause over unbulleted aims read as a heading)
        "headings": 0.96,
        "numbered": 0.99,
        "sections": 0.98,
        "text_recall": 0.99,
        "text_precision": 0.985,
    },
    # Held out: 36 papers since the opening-block round added six, scored as the rules stood and never
    # tuned on (the 30 before them: headings 0.836, numbered 1.000, sections 1.000; all 36: 0.830,
    # 0.979, 0.972). The headings round added nine plain-text papers, never run while its rules
    # changed: 54 papers, read once at the round's end: headings 0.800, numbered 0.986, sections
    # 0.975, text recall 0.953, text precision 0.943 (the nine alone: 0.622 headings, 0.772 recall).
    # The second headings round's three (60 papers), read once at its end: 0.816 / 0.988 / 0.978 /
    # 0.957 / 0.948, as under the code it started from (the three alone read 1.000 throughout).
    # 2026-12-04, with the third headings round's three and the ninth extraction round's three (68
    # papers), the rounds merged: 0.835 / 0.989 / 0.980 / 0.962 / 0.953.
    "held out": {
        # 2026-12-04, later: the fifth headings round's batch 35 (two held out) and the twelfth
        # extraction round's batch 34 (two held out), merged (74 papers): 0.836 / 0.990 / 0.982 /
        # 0.965 / 0.953; the 70 before them did not move under the fifth headings round's rules.
        # The sixth headings round's batch 37 (two held out; 76 papers), merged: 0.830 / 0.990 / 0.982 /
        # 0.965 / 0.950 (its rules left the 74 at 0.836 headings; batch 37's two lowered the mean).
        # 0.831 on 84 with batches 39 and 40's four; 0.847 with the heading model on (ADR 0014)
        "headings": 0.81,  # 0.818 on 126 with batches 49 and 50's four and heads14's two (the 120 before them unchanged at 0.826); 0.827 on 112 with the eleventh headings round's three; 0.830 on 76; 0.834 on 78 with the thirteenth extraction round's two; 0.838 on 80
        "numbered": 0.97,  # 0.979 on 126 (a fresh agenda's contents rows, keyed as numbered paragraphs)
        # 0.984 on 84; 0.963 on 90 with batches 41 and 42's six fresh papers; 0.975 on 100 with batch
        # 43 and the heads9 batch (headings 0.836: the ten fresh papers read about 0.70-0.80); 0.959 on
        # 109 with batches 44 to 46 and the tenth headings round's (headings 0.838); 0.947 on 126
        "sections": 0.94,
        "text_recall": 0.95,
        "text_precision": 0.94,
    },
}
EXTRACTION_FLOORS = {
    "development": {
        # (0.993 / 0.924 / 0.902 on the 74 papers of the fourth round; the fifth round's 11 papers,
        # scored before tuning and tuned on since, bring the means to 0.970 / 0.895 / 0.874; the
        # opening-block round's 18 plain-text papers, keyed for reading and extraction and never
        # tuned on by the extraction rules, to 0.901 / 0.818 / 0.854; tuned since to 0.938 / 0.856 / 0.854;
        # batch 23's ten papers, keyed before any rule ran on them, to 0.900 / 0.801 / 0.839)
        # (the sixth round's rules, tuned on the 119 development papers: 0.946 / 0.875 / 0.851;
        # with the cover-titles round's sixteen, keyed for reading and never tuned on by these rules,
        # 0.908 / 0.849 / 0.851 on 135; batch 25's eight, keyed before any rule ran on them, to
        # 0.892 / 0.820 / 0.799 on 143; the seventh round's rules, 0.892 / 0.836 / 0.820; batch 26's
        # four, keyed before any rule ran on them, to 0.888 / 0.830 / 0.803 on 147; the eighth round's
        # rules, 0.902 / 0.846 / 0.823; with the headings round's twenty plain-text papers, keyed for
        # extraction and never tuned on, 0.866 / 0.796 / 0.827 on 167; the second headings round's
        # eleven, keyed for extraction and never tuned on, 0.835 / 0.764 / 0.827 on 178; the ninth
        # round's batches 29 and 32 and rules, 0.850 / 0.788 / 0.836 on 189; the tenth round's batch 33
        # and rules, 0.873 / 0.809 / 0.821 on 192: the 189 unchanged at 0.836 dates, batch 33's
        # mapping exercise dated in its key and its paragraph still missed; the eleventh round's rules,
        # 0.894 / 0.828 / 0.839 on 192; the twelfth round's batch 34 at its first score and the fifth
        # headings round's batch 35, 0.891 / 0.819 / 0.827 on 197; the twelfth round's rules,
        # 0.917 / 0.850 / 0.845)
        # (the fifteenth round's batch 39 at its first score, 0.918 / 0.842 / 0.833 on 211; its rules,
        # 0.932 / 0.864 / 0.849, organisations 0.915, policies 0.873)
        # (with the shipped activity model, as an import extracts, 0.944 / 0.875 / 0.849,
        # organisations 0.915, policies 0.877)
        # (batch 42's Telford minute read right, its one activity falls under the model's veto:
        # dates 0.852 -> 0.836 as imported, 0.852 with the rules alone)
        # (2026-12-05, the seventeenth round, as imported: 0.941 / 0.872 / 0.852, organisations
        # 0.928, policies 0.890; kinds 0.876 after the eighteenth; with batch 44's four and the
        # tenth headings round's three at their first reading, kinds 0.860; the nineteenth round's
        # rules, merged (224 papers): 0.934 / 0.871 / 0.852, organisations 0.929, policies 0.888;
        # batch 45's four, keyed before any rule ran on them, and the twentieth round's date and
        # organisation rules (228 papers): 0.927 / 0.858 / 0.885, organisations 0.935, policies 0.885;
        # batch 46's four at their first reading and the twenty-first round's rules (232 papers):
        # 0.936 / 0.869 / 0.872, organisations 0.935, policies 0.887 — the new roundtable news
        # page's day missed; the eleventh headings round's three at their first reading, 235 papers:
        # 0.929 / 0.862 / 0.872, organisations 0.927, policies 0.884; 2026-12-06, batch 47's four
        # and the heads12 batch's three at their first reading, with the twenty-second round's
        # rules (activities and kinds; dates, cycles and policies), 242 papers: 0.928 / 0.862 /
        # 0.877, organisations 0.917 — the new papers' organisations, a police force the gazetteer
        # lacks — policies 0.910; a news item's labelled date line read as its day, dates 0.892;
        # batch 48's three and the heads13 batch's three at their first reading, the twenty-third
        # round's kinds rules and the thirteenth headings round's keys settled, 248 papers: 0.918 /
        # 0.859 / 0.892, organisations 0.932, policies 0.908 — a fire officer's presentation read
        # as lobbying, a resolution's unit taking the paragraphs after it; the twenty-fourth round
        # (a body's work told in the third person, a body's own business, posts and short forms)
        # with batches 49 and 50's six and the heads14 batch's three at their first reading, 257
        # papers: 0.960 / 0.901 / 0.908, organisations 0.937, policies 0.926)
        "activities": 0.93,  # 0.937 on 271 with batch 55's two at their first reading (an association's parliamentary engagement and its meetings with policing bodies, told in a board's minute by its chair, not read); 0.944 on 269 with batches 53 and 54's six at their first reading (two districts' own work told in scrutiny minutes not read; a support hub launched, a labelled list item, not read as work); 0.960 on 257 after the twenty-fourth round
        "kinds": 0.82,  # 0.829 on 327 with batch 73's four at their first reading (a justice minister's grants allocated and a commissioner's Safer Streets bid won, both told in news, missed, kinds 0.000 each; a charity's report launched at an event read as an event only, 0.400; 0.835 on the 323 before); 0.838 on 311 with batch 69's three at their first reading (a newsletter's list of a week's work, a unit's launch and its director's "already delivering and commissioning" missed; 0.841 on the 308 before); 0.841 on 308 with batches 66 and 67 merged (0.846 with batch 67 alone: a fire service's partnership in a European project and its pandemic work missed); 0.848 on 305 with batch 66's three at their first reading (a partnership's set-up meeting and a successful bid told as the funder's confirmation missed; 0.853 on the 302 before); 0.856 on 284 with batch 59's three at their first reading (a committee's public meeting, a parish council's letter and a council's hardship fund and grants told in its chair's words missed; 0.864 on the 281 before); 0.866 on 271 with batch 55's two at their first reading (the same two activities missed); 0.872 on 269; 0.878 on 266 with batch 53's three at their first reading (a district's funding secured for a project with a neighbouring council and a borough's events with partners missed in scrutiny minutes, a panel chairs' regional meeting read as lobbying); 0.888 on 263 with batch 52's three at their first reading (a fire service's own operations read as its work, a chair's welcome's campaigns missed as media, a Welsh minute's conference and workshop read as support); 0.901 on 257 after the twenty-fourth round
        "dates": 0.79,  # 0.7996 (just under 0.80, so dates to 0.79) on 326 with batch 74's three at their first reading (a council sub-committee's members' visit of 30 November 2015 not read as work; a fire commissioner's call of December 2022 missed, the page, one line as stored, read as one paragraph and one media activity; 0.820 on the 323 before); 0.818 on 311 with batch 69's three at their first reading (a newsletter's week of work dated 2022-10 missed, its one paragraph read undated; 0.829 on the 308 before); 0.829 on 302 with batches 64 and 65 merged, six development papers at their first reading (a knife crime programme's launch and a division's operation missed with their dates; no rule changed); 0.833 on 284 with batch 59's three at their first reading (the public meeting's and the letter's dates missed with their activities; 0.855 on the 281 before); 0.855 on 277 with batch 57's four at their first reading (a political group's events and training of the week, told by its leader, missed with their month; no rule changed); 0.868 on 273 with batches 55 and 56 (batch 56's grants round's decision date missed with its activity); 0.881 on 269 with batch 54's three at their first reading (a partnership's plan published in April 2024 read in another body's paragraph, a support hub launched in November 2019 not read as work); 0.908 on 263
        # (0.916 on the 58 papers of the third round, which extract as they did; the fourth round's
        # papers, scored before tuning and tuned on since, bring the mean to 0.885, the fifth round's
        # to 0.868, the opening-block round's to 0.847)
        # the sixth round's batches and rules, 0.891; 0.897 on 135 with the cover-titles round's;
        # 0.868 on 143 with batch 25 at its first score, 0.879 after the seventh round; 0.869 on 147
        # with batch 26 at its first score, 0.883 after the eighth round; 0.873 on 167 with the headings
        # round's; 0.893 on 189 after the ninth round)
        "organisations": 0.88,  # 0.890 (just under 0.89) on 302 with batches 64 and 65 merged (a council's taxi workshops' partners and a programme's partners missed; a council's own scrutiny committee read as an organisation); 0.898 on 296 with batches 62 and 63 merged, six development papers at their first reading (a fire service's partner police force and a partner agency missed, a charity credited to the brigade); 0.908 on 277 with batch 58's four at their first reading (the groups two violence reduction units funded missed, one unit's award with them; a partnership's funding of a football club and a charity missed with its three items; a partnership read as an organisation of its own conference); 0.916 on 273 with batches 55 and 56; 0.919 on 271 with batch 55's two at their first reading (two policing bodies met missed with their activity); 0.922 on 269; 0.929 on 266 with batch 53's three at their first reading (the neighbouring council and the commissioner who funded a district's project missed with its activity); 0.937 on 257 after the twenty-fourth round; 0.930 on 242 with the UK's police forces and fire and rescue services in the gazetteer; 0.917 with batch 47's and heads12's new papers; 0.927 on 235; 0.935 after the twentieth round; 0.928 after the seventeenth round; 0.908 on 217 with batches 41 and 42 (two press reports list their author); 0.900 on 192 after the eleventh round; 0.919 on 197 after the twelfth
        # (0.867 before the fifth round's batches, scored before tuning; 0.860 with them; 0.825 with
        # the opening-block round's; 0.839 on 119 after the sixth round, 0.838 on 135; 0.847 on 143
        # with batch 25, 0.861 after the seventh round; 0.865 on 147 with batch 26, unchanged by the
        # eighth round; 0.843 on 167 with the headings round's; 0.853 on 189 after the ninth round)
        "policies": 0.89,  # 0.896 (under 0.90, so policies to 0.89) on 390 with batch 94's three at their first reading (a community planning partnership's new Local Outcomes Improvement Plan 2024-2027 and a board report's named engagement exercise missed with their activities, nothing read by either paper; 0.9002 on the 387 before, whose figures did not move); 0.909 on 284 with batch 59's three at their first reading (the title of the annual report a council launched missed; 0.912 on the 281 before); 0.918 on 260 with batch 51's three at their first reading (two named policies missed, one White Paper read by its kind); 0.926 on 257 after the twenty-fourth round; 0.910 after the twenty-second round (anaphora, names with years, assessments); 0.890 after the seventeenth round; 0.865 on 192 after the eleventh round; 0.869 on 197 after the twelfth
    },
    # 30 papers since the fifth round: a paper added to the held-out set is scored as the rules stand
    # and never tuned on, so it may lower the mean (the 25 before it measure 0.685 / 0.517 / 0.733 /
    # 0.569 / 0.613, as before the round's rules); the opening-block round's six, to 0.559 / 0.433 /
    # 0.611 / 0.645 / 0.620; the cover-titles round's five (41 papers; their keys report no work, so a
    # paragraph taken for an activity scores 0), to 0.515 / 0.405 / 0.611 / 0.689 / 0.593. Batches 23
    # and 24 added four more, scored as the rules stood when they were keyed; the sixth round's rules,
    # kept because the development means rose, lowered held-out activities and kinds. The two rounds
    # merged, read once on the 45 held out: 0.491 / 0.388 / 0.579 / 0.716 / 0.607 (see FIGURES.md).
    # Batch 25's three (48 papers): 0.502 / 0.379 / 0.579 / 0.711 / 0.611 under the rules at the
    # seventh round's start; read once at its end, 0.523 / 0.401 / 0.579 / 0.711 / 0.611. Batch 26's
    # two (50 papers): 0.502 / 0.385 / 0.579 / 0.702 / 0.627 under the rules at the eighth round's
    # start; read once at its end, 0.522 / 0.409 / 0.579 / 0.705 / 0.627. With the headings round's
    # nine (59 papers, the rounds merged): 0.527 / 0.431 / 0.579 / 0.733 / 0.667; with the second
    # headings round's three (62 papers, all of the day's rounds merged): 0.534 / 0.426 / 0.579 / 0.746 /
    # 0.651. The third headings round's three (65 papers; two of their keys report no work, the third
    # one review), scored as the rules stood and never tuned on: 0.525 / 0.422 / 0.579 / 0.757 / 0.636.
    # The ninth extraction round's three (batches 29 and 32) and its rules, the rounds merged (68
    # papers): 0.531 / 0.448 / 0.600 / 0.768 / 0.652. The tenth round's batch 33 (two held out, 70
    # papers), scored as the rules stood: 0.544 / 0.444 / 0.600 / 0.746 / 0.662; at the round's end
    # 0.559 / 0.452 / 0.600 / 0.746 / 0.662 (the 68 before it 0.546 / 0.455 / 0.600 / 0.768 / 0.652).
    # The eleventh round's rules and the fourth headings round's, merged (70 papers): 0.573 / 0.459 /
    # 0.600 / 0.746 / 0.662. Batch 34's two and batch 35's two (74 papers), the twelfth extraction
    # round's rules and the fifth headings round's merged: 0.529 / 0.425 / 0.571 / 0.744 / 0.680. The
    # twelfth round's rules raised every development mean and lowered held-out activities and kinds
    # (on its 72: 0.571 / 0.453 -> 0.543 / 0.437; one activity lost, one wrong one dropped on a paper
    # with no paragraph numbers where it had stood in for a missed one). Batch 37's two (76 papers,
    # their keys report no work): 0.541 / 0.440 / 0.571 / 0.750 / 0.689. The thirteenth round's batch 36
    # (two held out; 78 papers) and rules, merged: 0.566 / 0.441 / 0.571 / 0.743 / 0.684. The fourteenth
    # round's batch 38 (two held out; 80 papers), whose rules moved no held-out figure: 0.576 / 0.438 /
    # 0.591 / 0.730 / 0.679 (organisations lowered by the two new papers, at the round's first reading).
    # The fifteenth extraction round's batch 39 and the seventh headings round's batch 40 (two held
    # out each; 84 papers), merged: 0.597 / 0.456 / 0.565 / 0.731 / 0.671 (the two of batch 39 at
    # their first reading lowered dates and policies: 0.565 / 0.663 on 82).
    # From 2026-12-04 (late) the floors are of what an import extracts, the rules with the shipped
    # activity model and its gate (ADR 0013), and the plain-text reader with its heading model on
    # (ADR 0014): held out 0.647 / 0.517 / 0.565 / 0.721 / 0.722 (the rules alone 0.597 / 0.456 /
    # 0.565 / 0.731 / 0.671).
    # 2026-12-05: batch 43's five (95 papers), at their first reading 0.645 / 0.500 / 0.625 / 0.732 /
    # 0.733; the seventeenth round's rules 0.645 / 0.505; with the heads9 batch's five (100 papers,
    # their keys report no work) and the ninth headings round, merged: 0.653 / 0.520 / 0.625 / 0.746 /
    # 0.747. The nineteenth extraction round's batch 44 (two held out) and the tenth headings round's
    # batch (three held out, their keys report no work), with both rounds' rules, merged (105 papers):
    # 0.684 / 0.550 / 0.600 / 0.729 / 0.754 (the new papers lowered dates and organisations). The
    # twentieth round's batch 45 (two held out, 107 papers) and its date and organisation rules,
    # merged: 0.690 / 0.554 / 0.577 / 0.738 / 0.759 (dates 0.577 with the two at their first reading,
    # before the rules: a date is scored only on the activities found). The twenty-first round's
    # batch 46 (two held out, 109 papers) and rules, merged: 0.696 / 0.553 / 0.577 / 0.743 / 0.763;
    # with the eleventh headings round's batch (three held out, 112 papers) and rules: 0.704 / 0.565 /
    # 0.577 / 0.750 / 0.769. 2026-12-06: batch 47's two and the heads12 batch's three (117 papers)
    # with the twenty-second round's rules and the twelfth headings round's, merged: 0.705 / 0.560 /
    # 0.596 / 0.752 / 0.762 (dates up with the first-date and cycle rules); with the police forces
    # and fire and rescue services in the gazetteer, organisations 0.759. Batches 49 and 50's four
    # and the heads14 batch's two (126 papers) with the day's rounds merged: 0.709 / 0.566 / 0.596 /
    # 0.780 / 0.786 (on the 120 before them the rounds moved five papers: 0.704 / 0.562 / 0.596 /
    # 0.774 / 0.768 -> 0.702 / 0.558 / 0.596 / 0.777 / 0.775).
    # Batch 52's three (132 papers), at their first reading, no rule changed: 0.700 / 0.548 / 0.574 /
    # 0.775 / 0.780 (0.717 / 0.561 / 0.596 / 0.777 / 0.791 on the 129 before them).
    # Batch 53's three (135 papers), at their first reading, no rule changed: 0.707 / 0.538 / 0.574 /
    # 0.773 / 0.778.
    # Batch 54's three with them (138 papers), at their first reading, no rule changed: 0.713 / 0.540 /
    # 0.554 / 0.763 / 0.781.
    # Batch 55's two with them (140 papers), at their first reading, no rule changed: 0.703 / 0.532 /
    # 0.534 / 0.752 / 0.777.
    # Batches 55 and 56 together (142 papers), at their first reading, no rule changed: 0.707 / 0.529 /
    # 0.513 / 0.741 / 0.780.
    # Batch 58's three with them (145 papers), at their first reading, no rule changed: 0.713 / 0.536 /
    # 0.497 / 0.740 (just under 0.74) / 0.785. Batches 57 and 58 together (149 papers), merged: 0.721 /
    # 0.548 / 0.512 / 0.740 / 0.789, so dates back to 0.51.
    # Batch 59's three (152 papers), at their first reading: 0.721 / 0.552 / 0.512 / 0.739 / 0.787.
    # Batch 60's three with them (155 papers), at their first reading, no rule changed: 0.720 / 0.547
    # / 0.512 / 0.728 (under 0.73, so organisations to 0.72) / 0.782.
    # Batch 69's three (179 papers), at their first reading, no rule changed: 0.713 / 0.528 / 0.526 /
    # 0.714 (under 0.72, so organisations to 0.71; 0.721 on the 176 before) / 0.799.
    # Batch 68's three (179 papers), at their first reading, no rule changed: 0.702 / 0.521 / 0.526 /
    # 0.720 (just under 0.72, so organisations to 0.71) / 0.800 (0.708 / 0.524 / 0.526 / 0.721 / 0.797
    # on the 176 before them).
    # Batch 86's three (226 papers), at their first reading, no rule changed: 0.731 / 0.541 / 0.498
    # (under 0.51, so dates to 0.49; 0.520 on the 223 before them, whose figures did not move: the
    # three new papers' keyed dates are a helpline's launch day and a week's month, and the class
    # counts show the launch, keyed support, event and training, missed) / 0.712 / 0.777.
    # Batch 87's three (231 papers), at their first reading, no rule changed: 0.737 / 0.546 / 0.548 /
    # 0.708 (under 0.71, so organisations to 0.70; 0.717 on the 228 before them, whose figures did not
    # move: the class counts show one more author body and one more other organisation read where the
    # keys have none) / 0.785.
    # Batch 105's three (281 papers), at their first reading, no rule changed: policies 0.766 (under
    # 0.77, so policies to 0.76; 0.772 on the 278 before them, whose figures did not move: a voluntary
    # sector council's consultation response and an association's work with government on documents
    # it names, whose policies the rules do not read).
    # Batch 107's three (284 papers, English-writing bodies outside the UK), at their first reading,
    # no rule changed: organisations 0.699 (under 0.70, so organisations to 0.69; 0.707 on the 281
    # before them, whose figures did not move; the class counts show the new papers' lobbying of
    # national governments missed, 17 → 20 keyed lobbying activities missed).
    # Batch 108's three (290 papers, UK sector bodies), at their first reading, no rule changed:
    # policies 0.758 (under 0.76, so policies to 0.75; 0.760 on the 287 before them, whose figures
    # did not move).
    "held out": {"activities": 0.70, "kinds": 0.52, "dates": 0.49, "organisations": 0.69, "policies": 0.75},
}


def test_the_corpus_is_complete_and_sourced():
    assert len(KEYS) >= 15
    sources = (REAL / "SOURCES.md").read_text(encoding="utf-8")
    for key in KEYS:
        stem = _stem(key)
        assert (REAL / f"{stem}.extraction.json").exists(), stem
        assert _document(stem).exists()
        row = next((line for line in sources.splitlines() if line.startswith(f"| `{stem}`")), "")
        assert re.search(r"https?://", row), f"{stem} has no source in SOURCES.md"
    assert HELD_OUT <= {_stem(k) for k in KEYS}
    for key in READING_ONLY:
        stem = _stem(key)
        assert stem not in HELD_OUT and _document(stem).exists()
        row = next((line for line in sources.splitlines() if line.startswith(f"| `{stem}`")), "")
        assert re.search(r"https?://", row), f"{stem} has no source in SOURCES.md"
    # About a third held out, across genres.
    assert len(KEYS) / 4 <= len(HELD_OUT) <= len(KEYS) / 2


def _group_means(group: str) -> tuple[dict[str, float], dict[str, float]]:
    parse: dict[str, list[float]] = {}
    extraction: dict[str, list[float]] = {}
    for key in KEYS + READING_ONLY:
        stem = _stem(key)
        if (stem in HELD_OUT) != (group == "held out"):
            continue
        paper = read_path(_document(stem))
        for k, v in parse_score(paper.to_dict(), json.loads(key.read_text(encoding="utf-8"))).items():
            parse.setdefault(k, []).append(v)
        if key in READING_ONLY:
            continue
        ref = json.loads((REAL / f"{stem}.extraction.json").read_text(encoding="utf-8"))
        # As an import extracts: the rules with the shipped activity model (ADR 0013, the gate).
        for k, v in extraction_scores(extract(paper, trained_model=True), ref).items():
            extraction.setdefault(k, []).append(v)
    mean = lambda d: {k: sum(v) / len(v) for k, v in d.items()}  # noqa: E731
    return mean(parse), mean(extraction)


@pytest.mark.parametrize("group", ["development", "held out"])
def test_real_papers_score_at_or_above_their_floors(group):
    parse, extraction = _group_means(group)
    low = {k: round(parse[k], 3) for k, floor in PARSE_FLOORS[group].items() if parse[k] < floor}
    low |= {
        k: round(extraction[k], 3) for k, floor in EXTRACTION_FLOORS[group].items() if extraction[k] < floor
    }
    assert not low, f"{group}: under the floor: {low}"


def test_the_floors_can_fail():
    # A paper that reports nothing scores zero against a real key: the test above is not vacuous.
    key = json.loads((REAL / f"{_stem(KEYS[0])}.extraction.json").read_text(encoding="utf-8"))
    empty = dict(key, activities=[], themes=[])
    got = extraction_scores(empty, key)
    assert got["activities"] == 0.0 and got["kinds"] == 0.0
