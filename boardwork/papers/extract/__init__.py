"""`extract`: a `Paper` → what it says the board did and plans to do (`boardwork.extraction/1`).

Pure functions: no Django and no I/O beyond loading the knowledge files shipped in this
package's `data/` (organisations, policies, generic kinds of body). The rules are for the
genre — UK council and board papers that report a year's work ("end of year report", "annual
report", a Cabinet report's "activities" section) — never for one paper's words.

The pipeline, one pass over the paper's blocks:

1. the *cycle* the paper reports on (title, meeting date, most-cited "2020/21" in the body);
2. *units*: each numbered paragraph (unnumbered follow-on paragraphs are joined to it) and each
   bullet (a bullet takes the number of the paragraph that introduces it);
3. each unit's *section*: a theme (a heading over reported work), background (strict rules),
   or excluded (purpose, recommendations, implications, next steps, next year's plan …);
4. for each unit, the *kinds* of work it reports (clause-level patterns; future-tense clauses
   do not count), and when it has any it is an *activity*, with its date, organisations,
   policies, people and nations;
5. the next cycle's *plan* from a two-column "priority | activity" table;
6. every organisation named anywhere in the paper.

Extension points: `extract(..., gazetteer=…)` takes organisations learned elsewhere (the same
shape as `organisations.json`), and `extract(..., recorded=…)` many of them in an `orgindex` file,
of which a paper costs only the entries it may name; `extract(..., board_body=…)` reads a paper as
an import into a board of that body does (its own papers its body's, another body's paper that
body's, the board's body never an organisation of it: `pipeline.paper_orgs`, docs/adr/0015);
`KIND_PATTERNS` holds the kind rules; the data files hold the knowledge.

The modules follow the steps: `text` (shared helpers), `knowledge` (data files), `dates` (cycle
and dates), `sections` (2, 3), `kinds` (4), `organisations`, `policies`, `people` (4's details),
`plan` (5), `events` (one event told over several paragraphs is one activity), `orgindex`
(recorded organisations), `model` (a trained activity classifier, opt-in:
docs/adr/0013) and `pipeline` (the pass that puts them together,
and 6). `extraction_of()` returns the typed `Extraction` (`papers/extraction.py`); `extract()` returns its `boardwork.extraction/1` dict.
"""

from __future__ import annotations

from ..extraction import SCHEMA, Extraction
from .dates import Cycle, detect_cycle, resolve_date
from .kinds import KIND_PATTERNS, classify, item_kinds
from .knowledge import KINDS, NATIONS, ORG_KINDS, load_gazetteer, load_policies
from .organisations import Gazetteer, OrgMatch, PaperOrgs, learn_paper_orgs
from .people import find_nations, find_people
from .pipeline import all_organisations, extract, extract_typed, extraction_of
from .plan import find_plan
from .policies import PolicyContext, find_policies
from .sections import Section, Unit, build_units, classify_heading

__all__ = [
    "KINDS",
    "KIND_PATTERNS",
    "NATIONS",
    "ORG_KINDS",
    "SCHEMA",
    "Cycle",
    "Extraction",
    "Gazetteer",
    "OrgMatch",
    "PaperOrgs",
    "PolicyContext",
    "Section",
    "Unit",
    "all_organisations",
    "build_units",
    "classify",
    "classify_heading",
    "detect_cycle",
    "extract",
    "extract_typed",
    "extraction_of",
    "find_nations",
    "find_people",
    "find_plan",
    "find_policies",
    "item_kinds",
    "learn_paper_orgs",
    "load_gazetteer",
    "load_policies",
    "resolve_date",
]
