"""`HouseStyle`: a board's look and standard wording, as plain JSON-able data.

Every writer takes one. The Django side stores a per-board JSON of overrides and builds the style
with ``HouseStyle.from_dict({**HouseStyle.default().to_dict(), **overrides})`` (or the shortcut
``HouseStyle.default().with_overrides(overrides)``). The settings are deliberately flat — one key per
setting, no nesting — so a shallow merge of defaults and overrides is all the app has to do, and an
unknown key (a typo in a board's overrides) is refused with a message that names it.

Sizes are points, margins millimetres, colours six-digit hex without '#'. The defaults reproduce an
LGA-style board paper: Arial 12 pt, bold headings, a running header with the board and meeting date,
"Page N of M" in the footer, A4 with 2.5 cm margins.
"""

from __future__ import annotations

import base64
import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

from boardwork.lib.dates import MONTH_NAMES


class HouseStyleError(ValueError):
    """A house style setting is unknown or has the wrong type; the message names the setting."""


_HEX = re.compile(r"^[0-9A-Fa-f]{6}$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


@dataclass
class HouseStyle:
    # -- identity and language ---------------------------------------------------------------
    organisation: str = "Local Government Association"
    language: str = "en-GB"

    # -- type ------------------------------------------------------------------------------------
    font_family: str = "Arial"
    # Used by the HTML/PDF writers after font_family; metric-compatible substitutes first.
    font_fallbacks: list[str] = field(default_factory=lambda: ["Liberation Sans", "Arimo", "DejaVu Sans"])
    body_size_pt: float = 12.0
    table_size_pt: float = 11.0
    h1_size_pt: float = 14.0
    h2_size_pt: float = 12.0
    h3_size_pt: float = 12.0
    header_size_pt: float = 10.0
    footer_size_pt: float = 10.0

    # -- colours (hex RGB, no '#') ---------------------------------------------------------------
    text_colour: str = "000000"
    heading_colour: str = "1D3F72"  # LGA-ish dark blue
    link_colour: str = "0563C1"
    table_header_fill: str = "D9D9D9"
    # RAG cells (a table's rag_column): shaded behind the rating's word, which is always printed in
    # text_colour. Tints chosen so black text on each keeps at least 4.5:1 contrast (WCAG AA).
    rag_red_fill: str = "FF8B8B"
    rag_amber_fill: str = "FFC000"
    rag_green_fill: str = "92D050"
    rag_complete_fill: str = "9DC3E6"

    # -- page ------------------------------------------------------------------------------------
    page_size: str = "A4"  # "A4" or "Letter"
    margin_top_mm: float = 25.0
    margin_bottom_mm: float = 25.0
    margin_left_mm: float = 25.4
    margin_right_mm: float = 25.4

    # -- running header and footer ---------------------------------------------------------------
    # Placeholders: {board} {meeting_date} {title} {item} {organisation}. Each line ("\n") whose
    # placeholders are all empty is left out, so a paper without a date gets just the board.
    header_template: str = "{board}\n{meeting_date}"
    # {page} and {pages} become live PAGE / NUMPAGES fields (DOCX) or CSS page counters (PDF).
    footer_template: str = "Page {page} of {pages}"
    date_format: str = "{day} {month} {year}"  # "13 July 2021"
    show_item: bool = True  # the right-aligned "Item N" line at the top of the first page
    item_label: str = "Item"

    # -- standard wording --------------------------------------------------------------------------
    # Placeholders: {board} {cycle} {next_cycle} {organisation}. Used by compose, not the writers.
    purpose_default: str = "For direction."
    recommendation_template: str = (
        "That members of the {board} note the end of year report and consider the Board’s work "
        "priorities for {next_cycle}."
    )
    action_template: str = (
        "Officers to prepare a paper setting out the proposed work plan for {next_cycle} in line with "
        "the Board’s feedback, for consideration at the first meeting of the {board} in {next_cycle}."
    )
    next_steps_template: str = (
        "Members are asked to note the end of year report for {cycle} and to give their views on the "
        "Board’s priorities for {next_cycle}."
    )
    # Sector shorthand compose spells out at first mention ("anti-social behaviour (ASB)"), one
    # "ACRONYM: words" a line. Organisations' and policies' names come from their records; this is
    # for the common shorthand officers type that no record names. A board edits it like any wording.
    glossary: list[str] = field(
        default_factory=lambda: [
            "ASB: anti-social behaviour",
            "CPN: community protection notice",
            "CSP: community safety partnership",
            "CT: counter-terrorism",
            "FPN: fixed penalty notice",
            "FRA: fire and rescue authority",
            "FRS: fire and rescue service",
            "KHub: Knowledge Hub",
            "LRF: local resilience forum",
            "ME: medical examiner",
            "PHV: private hire vehicle",
            "PSPO: public spaces protection order",
            "SVD: Serious Violence Duty",
            "UASC: unaccompanied asylum-seeking children",
            "VRU: violence reduction unit",
        ]
    )
    # Headings of the end-of-year report, in order (compose fills them; writers keep block order).
    section_order: list[str] = field(
        default_factory=lambda: [
            "Purpose of report",
            "Summary",
            "Recommendation",
            "Action",
            "Background",
            "Achievements",
            "Priorities",
            "Implications for Wales",
            "Financial Implications",
            "Next steps",
        ]
    )

    # -- contact block -----------------------------------------------------------------------------
    # "after_action": after the section headed by action_heading (at the end if there is none);
    # "end"; "both" (after Action and again at the end, as LGA papers did); "none".
    contact_position: str = "after_action"
    action_heading: str = "Action"
    contact_label: str = "Contact Officer"
    phone_label: str = "Phone No"
    email_label: str = "Email"

    # -- DOCX specifics ------------------------------------------------------------------------------
    # Table cells: "multiline" puts each line of a multi-line cell in its own bullet paragraph (as
    # LGA work-plan tables do), "always" bullets single-line cells too, "never" writes plain lines.
    table_cell_bullets: str = "multiline"
    # A board-supplied .docx whose styles, header/footer and numbering are used: a file path, or the
    # file's bytes (stored in JSON as {"base64": "…"}).
    template_docx: str | bytes | None = None

    # ------------------------------------------------------------------------------------------------

    @classmethod
    def default(cls) -> HouseStyle:
        """The LGA-style layout."""
        return cls()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            v = getattr(self, f.name)
            if isinstance(v, bytes):
                v = {"base64": base64.b64encode(v).decode("ascii")}
            elif isinstance(v, list):
                v = list(v)
            out[f.name] = v
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> HouseStyle:
        """Build a style from (a subset of) its settings, checking each; missing ones take defaults."""
        if not isinstance(data, dict):
            raise HouseStyleError("a house style must be a JSON object of settings")
        known = {f.name: f for f in dataclasses.fields(cls)}
        unknown = sorted(k for k in data if k not in known)
        if unknown:
            raise HouseStyleError(
                f"unknown house style setting{'s' if len(unknown) > 1 else ''} "
                f"{', '.join(repr(k) for k in unknown)}; known settings are: {', '.join(sorted(known))}"
            )
        kwargs = {k: _check(k, v) for k, v in data.items()}
        return cls(**kwargs)

    def with_overrides(self, overrides: dict[str, Any] | None) -> HouseStyle:
        """This style with a board's overrides applied (validated like from_dict)."""
        return HouseStyle.from_dict({**self.to_dict(), **(overrides or {})})

    # -- helpers the writers share ---------------------------------------------------------------

    def format_date(self, iso: str | None) -> str:
        """'2021-07-13' → '13 July 2021' (per date_format); anything unparseable comes back as is."""
        if not iso:
            return ""
        m = _ISO_DATE.match(iso)
        if not m:
            return iso
        y, mo, d = (int(g) for g in m.groups())
        if not 1 <= mo <= 12:
            return iso
        return self.date_format.format(day=d, month=MONTH_NAMES[mo - 1], year=y, mon=MONTH_NAMES[mo - 1][:3])

    def format_record_date(self, value: str | None) -> str:
        """A record's date as recorded, to the precision recorded: "2023-06-14" → "14 June 2023",
        "2023-06" → "June 2023", "2023" → "2023"."""
        if not value:
            return ""
        value = value.strip()
        m = _YEAR_MONTH.fullmatch(value)
        if m and 1 <= int(m.group(2)) <= 12:
            return f"{MONTH_NAMES[int(m.group(2)) - 1]} {m.group(1)}"
        return self.format_date(value)

    def header_lines(self, meta: Any) -> list[str]:
        """The running header's lines for a paper's meta, empty lines dropped."""
        return _fill_lines(self.header_template, self._meta_values(meta))

    def _meta_values(self, meta: Any) -> dict[str, str]:
        return {
            "board": meta.body or "",
            "meeting_date": self.format_date(meta.meeting_date),
            "title": meta.title or "",
            "item": meta.item or "",
            "organisation": self.organisation,
        }

    def wording(self, which: str, **values: str) -> str:
        """Standard wording filled in: which is "purpose", "recommendation", "action" or "next_steps";
        values are board, cycle ("2020/21"), next_cycle ("2021/22"). Unknown placeholders stay as
        written, so a board's typo shows in the draft instead of failing the report."""
        template = self.purpose_default if which == "purpose" else getattr(self, f"{which}_template")
        values = {"organisation": self.organisation, **values}

        class _Keep(dict[str, object]):
            def __missing__(self, key: str) -> str:
                return "{" + key + "}"

        return template.format_map(_Keep(values))

    def text_width_pt(self) -> float:
        """The width between the page's side margins, in points."""
        page_mm = 210.0 if self.page_size == "A4" else 215.9
        return (page_mm - self.margin_left_mm - self.margin_right_mm) * 72 / 25.4

    def rag_fill(self, key: str) -> str | None:
        """The fill colour for a RAG word's key ("red", "amber", "green", "complete"), or None."""
        value = getattr(self, f"rag_{key}_fill", None)
        return value if isinstance(value, str) else None

    def font_stack(self) -> list[str]:
        seen: list[str] = []
        for f in [self.font_family, *self.font_fallbacks]:
            if f and f not in seen:
                seen.append(f)
        return seen

    def template_bytes(self) -> bytes | None:
        """The template .docx's bytes, reading the file if the setting is a path."""
        t = self.template_docx
        if t is None:
            return None
        if isinstance(t, bytes):
            return t
        with open(t, "rb") as fh:
            return fh.read()


def _fill_lines(template: str, values: dict[str, str]) -> list[str]:
    out = []
    for line in template.split("\n"):
        names = re.findall(r"{(\w+)}", line)
        if names and not any(values.get(n) for n in names):
            continue
        try:
            text = line.format(**values)
        except (KeyError, IndexError, ValueError):
            text = line
        if text.strip():
            out.append(text.strip())
    return out


# -- validation ----------------------------------------------------------------------------------

_CHOICES = {
    "page_size": ("A4", "Letter"),
    "contact_position": ("after_action", "end", "both", "none"),
    "table_cell_bullets": ("multiline", "always", "never"),
}
_COLOURS = {
    "text_colour",
    "heading_colour",
    "link_colour",
    "table_header_fill",
    "rag_red_fill",
    "rag_amber_fill",
    "rag_green_fill",
    "rag_complete_fill",
}
_SIZE_RANGE = (4.0, 72.0)
_MARGIN_RANGE = (0.0, 100.0)


def _check(name: str, value: Any) -> Any:
    f = {f.name: f for f in dataclasses.fields(HouseStyle)}[name]
    ftype = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))
    where = f"house style setting {name!r}"
    if name == "template_docx":
        if value is None or isinstance(value, str | bytes):
            return value
        if isinstance(value, dict) and set(value) == {"base64"} and isinstance(value["base64"], str):
            try:
                return base64.b64decode(value["base64"], validate=True)
            except ValueError:
                raise HouseStyleError(f"{where}: base64 is not valid") from None
        raise HouseStyleError(f'{where} must be a file path, bytes or {{"base64": "…"}}')
    if ftype == "bool":
        if not isinstance(value, bool):
            raise HouseStyleError(f"{where} must be true or false, not {value!r}")
        return value
    if ftype == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise HouseStyleError(f"{where} must be a number, not {value!r}")
        lo, hi = _MARGIN_RANGE if name.startswith("margin") else _SIZE_RANGE
        if not lo <= value <= hi:
            raise HouseStyleError(f"{where} must be between {lo:g} and {hi:g}, not {value!r}")
        return float(value)
    if ftype == "list[str]":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise HouseStyleError(f"{where} must be a list of strings")
        if name == "glossary":
            bad = [v for v in value if not re.fullmatch(r"\s*\S+\s*:\s*\S.*", v)]
            if bad:
                raise HouseStyleError(f"{where}: {bad[0]!r} is not 'ACRONYM: words'")
        return list(value)
    if ftype == "str":
        if not isinstance(value, str):
            raise HouseStyleError(f"{where} must be a string, not {type(value).__name__}")
        if name in _COLOURS:
            v = value.lstrip("#")
            if not _HEX.match(v):
                raise HouseStyleError(f"{where} must be a six-digit hex colour like '1D3F72', not {value!r}")
            return v.upper()
        if name in _CHOICES and value not in _CHOICES[name]:
            raise HouseStyleError(f"{where} must be one of {', '.join(_CHOICES[name])}, not {value!r}")
        if name == "font_family" and not value.strip():
            raise HouseStyleError(f"{where} must not be empty")
        if name.endswith("_template") or name == "date_format":
            _check_template(where, value)
        return value
    raise HouseStyleError(f"{where}: unsupported type {ftype}")  # pragma: no cover


def _check_template(where: str, value: str) -> None:
    try:
        names = [n for _, n, _, _ in __import__("string").Formatter().parse(value) if n]
    except ValueError as e:
        raise HouseStyleError(f"{where}: {e}") from None
    bad = [n for n in names if not re.fullmatch(r"\w+", n)]
    if bad:
        raise HouseStyleError(f"{where}: placeholder {{{bad[0]}}} is not a plain name")
