"""DOCX writer: `Paper` → a Word board paper in the house style.

What a reader of the file (Word, LibreOffice, Boardwork's own DOCX reader) gets:

- Paragraph numbers are REAL Word automatic numbering, never typed into the text. One multi-level
  decimal definition ("%1." / "%1.%2." / …) serves every numbered paragraph through one `w:num`, so
  the count carries on across headings as in council papers. Lettered, roman and numbered list items
  get their own definitions; each run of them gets a fresh `w:num` (with `startOverride`) so "a."
  starts again for each list. Bullets use Word's Symbol-font bullet, "o" for the next level.
- Where the Paper's numbers are not what Word would count (a paper that starts at 5, skips, or
  restarts), a new `w:num` with `startOverride` is started at that paragraph, so the rendered label is
  always exactly `Paragraph.number`. Labels that no Word number format can produce ("2a", "A1") are
  the one case written as text, with a tab, in the hanging indent.
- Headings use the built-in "Heading 1/2/3" styles, list items "List Paragraph", tables "Table Grid"
  with a repeating, bold, shaded header row and each line of a cell as its own (bullet) paragraph.
  Column widths come from `Table.widths` (or the content) with a fixed layout, and no column is
  narrower than its longest word; cells of `Table.rag_column` are shaded in the house RAG colour,
  the rating's word in bold.
- Page furniture: running header (board, meeting date), footer "Page N of M" from PAGE / NUMPAGES
  fields, "Item N" right-aligned at the top, the contact block — none of it is a body block.
- Core properties: title, subject (board), author (organisation), language; `w:lang` in the styles'
  run defaults.

Speed: the body is built as one XML string and parsed once with lxml — python-docx's per-paragraph
API costs several XPath look-ups a call, which dominates on long papers. python-docx still does the
package, parts, relationships, header/footer parts and comments.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ...document import Paper
from ...style import HouseStyle
from .body import _Writer

FORMAT = "docx"
MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EXTENSION = ".docx"


def write(
    paper: Paper,
    style: HouseStyle | None = None,
    *,
    with_sources: bool = False,
    ref_labels: dict[str, str] | None = None,
    ref_url: Any = None,
    base_url: str | None = None,
    created: dt.datetime | None = None,
    **_ignored: Any,
) -> bytes:
    """The paper as a .docx file.

    with_sources: each block's `refs` become a Word comment on it naming each record — label and
    date from `Paper.ref_info` (else `ref_labels`, else the ref), and its link (`ref_url` fills
    gaps; `base_url` makes site-relative links absolute, and so clickable). Without it, no comments.
    created: the core properties' date (default now).
    """
    writer = _Writer(paper, style or HouseStyle.default(), with_sources, ref_labels, ref_url, base_url)
    return writer.render(created)
