"""Import, step 2 (build): every record a paper yields as an unsaved instance, resolved against
what the database holds (see importing.py)."""

from __future__ import annotations

from pathlib import Path

from boardwork.activities.models import Activity
from boardwork.boards.models import Board, Cycle, Meeting
from boardwork.lib.dates import iso_date
from boardwork.plans.models import Commitment, Review, Theme

from ..document import Paper as PaperDocument
from ..document import block_text
from ..extraction import Extraction
from ..models import StoredPaper
from .cycles import find_cycle, new_cycle, next_label, parse_cycle_label
from .import_plan import (
    ImportPlan,
    Resolver,
    block_index,
    fit,
    locate,
    nations_text,
    num_key,
    table_refs,
    valid_kinds,
)
from .matching import (
    catch_all_heading,
    delay_reason,
    guess_paper_kind,
    norm_title,
    pair_by_similarity,
    text_similarity,
)


def build(
    data: bytes,
    filename: str,
    board: Board,
    doc: PaperDocument,
    ext: Extraction,
    cycle: Cycle | None,
    warnings: list[str],
) -> ImportPlan:
    """Step 2: every record as an unsaved instance, resolved against the database."""
    plan_warnings = list(warnings)
    paper = _stored_paper(board, doc, ext, filename, plan_warnings)
    plan = ImportPlan(board=board, paper=paper, data=data, warnings=plan_warnings)
    if cycle is not None and cycle._state.adding:  # new this import: saved with the records
        plan.cycles.append(cycle)
    paper.cycle = cycle

    is_catch_all = catch_all_heading(board)
    themes_by_title = _themes(board, cycle, ext, plan, is_catch_all)

    # -- activities -------------------------------------------------------------------------------
    numbers = block_index(doc)
    resolver = Resolver(
        plan,
        {norm_title(o.name): o.acronym or "" for o in ext.organisations if o.name},
    )
    for o in ext.organisations:
        if o.name:
            resolver.organisation(o.name, "organisations")
    used_blocks: set[int] = set()
    # The same words already on record for this board year (a quarterly update repeated in the
    # end-of-year report, say) are not recorded twice.
    known: dict[str, str] = {}
    if cycle is not None and cycle.pk:
        for text, fname in Activity.objects.filter(board=board, cycle=cycle).values_list(
            "text", "source_paper__filename"
        ):
            known.setdefault(norm_title(text), fname or "entered in Boardwork")

    def is_known(text: str, where: str) -> bool:
        hit = known.get(norm_title(text))
        if hit is not None:
            plan.warnings.append(f"{where}: already recorded ({hit}); not added again")
            plan.already[hit] = plan.already.get(hit, 0) + 1
        return hit is not None

    for n, a in enumerate(ext.activities, start=1):
        para = a.paragraph or ""
        where = f"paragraph {para}" if para else f"activity {n}"
        text = " ".join(a.text.split())
        block = locate(doc, numbers, para, text)
        if not text and block is not None:
            text = getattr(doc.blocks[block], "text", "")
        if not text:
            plan.warnings.append(f"{where}: activity without text left out")
            continue
        if block is not None:
            used_blocks.add(block)
        if is_known(text, where):
            continue
        act = _activity(board, cycle, paper, para, block, text, plan, where)
        act.kinds = valid_kinds(a.kinds, where, plan.warnings)
        try:
            act.set_date(a.date)
        except (ValueError, KeyError, TypeError):
            plan.warnings.append(f"{where}: date {a.date!r} not understood, left empty")
            act.set_date(None)
        act.nations = nations_text(a.nations)
        act.unsure = list(a.unsure)
        act.confidence = a.confidence if a.unsure else None
        theme = themes_by_title.get(norm_title(a.theme or ""))
        if a.theme and theme is None and cycle is not None and not is_catch_all(a.theme):
            plan.warnings.append(f"{where}: theme {a.theme!r} is not one of the paper's themes")
        orgs = [o for o in (resolver.organisation(x, where) for x in a.organisations) if o]
        pols = [p for p in (resolver.policy(x, where) for x in a.policies) if p]
        folk = [p for p in (resolver.person(x, where) for x in a.people) if p]
        plan.activities.append(act)
        plan.links.append(([theme] if theme else [], _unique(orgs), _unique(pols), _unique(folk)))

    # Paragraphs under a theme's heading that the extractor did not take as activities (context,
    # results, pointers) are still the theme's story: they come in without kinds, to review, so the
    # report composed from the records keeps every paragraph of the section.
    for t in ext.themes:
        theme = themes_by_title.get(norm_title(t.title or ""))
        for para in t.paragraphs:
            key = num_key(para)
            for i in numbers.get(key, [])[:1]:
                if i in used_blocks:
                    continue
                used_blocks.add(i)
                if is_known(block_text(doc.blocks[i]), f"paragraph {para}"):
                    continue
                act = _activity(
                    board, cycle, paper, str(para), i, block_text(doc.blocks[i]), plan, f"paragraph {para}"
                )
                plan.activities.append(act)
                plan.links.append(([theme] if theme else [], [], [], []))
    # Keep the paper's order (the extractor lists by kind of evidence, the paper by narrative).
    order = sorted(
        range(len(plan.activities)),
        key=lambda k: (plan.activities[k].source_block is None, plan.activities[k].source_block or 0, k),
    )
    plan.activities = [plan.activities[k] for k in order]
    plan.links = [plan.links[k] for k in order]

    _build_plan(board, cycle, paper, doc, ext, plan)
    return plan


def _stored_paper(
    board: Board, doc: PaperDocument, ext: Extraction, filename: str, plan_warnings: list[str]
) -> StoredPaper:
    """The paper itself, unsaved: its title, file, structure, item and contact, fitted to the fields."""
    meta = doc.meta
    contact = meta.contact
    title = ext.paper.title or Path(filename).stem
    paper = StoredPaper(
        board=board,
        kind=guess_paper_kind(title, doc),
        origin=StoredPaper.Origin.IMPORTED,
        title=fit(title, StoredPaper, "title", "title", plan_warnings),
        filename=fit(Path(filename).name, StoredPaper, "filename", "file name", plan_warnings),
        format=(doc.source.format if doc.source else "") or "",
        sha256=(doc.source.sha256 if doc.source else "") or "",
        pages=doc.source.pages if doc.source else None,
        structure=doc.to_dict(),
        item=fit(meta.item, StoredPaper, "item", "item", plan_warnings),
        contact_name=fit(
            contact.name if contact else "", StoredPaper, "contact_name", "contact", plan_warnings
        ),
        contact_role=fit(
            contact.role if contact else "", StoredPaper, "contact_role", "contact", plan_warnings
        ),
        contact_phone=fit(
            contact.phone if contact else "", StoredPaper, "contact_phone", "contact", plan_warnings
        ),
        contact_email=fit(
            contact.email if contact else "", StoredPaper, "contact_email", "contact", plan_warnings
        ),
    )
    if len(paper.contact_email) and "@" not in paper.contact_email:
        paper.contact_email = ""
    if meta.meeting_date:
        day = iso_date(meta.meeting_date)
        if day is not None:
            paper.meeting = Meeting.objects.filter(board=board, date=day).first()
        else:
            plan_warnings.append(f"meeting date {meta.meeting_date!r} not understood")
    return paper


def _themes(
    board: Board, cycle: Cycle | None, ext: Extraction, plan: ImportPlan, is_catch_all
) -> dict[str, Theme]:
    """The themes of the cycle reported on, by normalised title: found, or new (in `plan.themes`)."""
    themes_by_title: dict[str, Theme] = {}
    if cycle is not None:
        existing = {norm_title(t.title): t for t in (cycle.themes.all() if cycle.pk else [])}
        order = max((t.order for t in existing.values()), default=-1) + 1
        wanted = []
        for t in ext.themes:
            key = norm_title(t.title or "")
            if not t.title or not key or key in themes_by_title:
                continue
            if is_catch_all(t.title):
                # Its activities come in under no theme, as they went out.
                plan.warnings.append(f"{t.title!r} is the heading for work under no theme; not a theme")
                continue
            theme = existing.get(key)
            if theme is None:
                theme = Theme(
                    cycle=cycle,
                    title=fit(t.title.strip(), Theme, "title", f"theme {t.title!r}", plan.warnings),
                    order=order,
                )
                order += 1
                plan.themes.append(theme)
                wanted.append(theme)
            themes_by_title[key] = theme
        _link_lineage(board, cycle, wanted)
    elif ext.themes:
        plan.warnings.append(f"{len(ext.themes)} themes not recorded: the board year is not known")
    return themes_by_title


def _unique(items: list) -> list:
    out, seen = [], set()
    for x in items:
        if id(x) not in seen:
            seen.add(id(x))
            out.append(x)
    return out


def _activity(board, cycle, paper, para, block, text, plan, where) -> Activity:
    return Activity(
        board=board,
        cycle=cycle,
        text=text,
        review=Review.TO_REVIEW,
        source_paper=paper,
        source_paragraph=fit(para, Activity, "source_paragraph", where, plan.warnings),
        source_block=block,
    )


def _link_lineage(board: Board, cycle: Cycle, new_themes: list[Theme]) -> None:
    """New themes carry on the previous cycle's theme with the same or a very similar title."""
    if not new_themes:
        return
    prev = (
        Cycle.objects.filter(board=board, start__lt=cycle.start).order_by("-start").first()
        if cycle.start
        else None
    )
    if prev is None:
        return
    taken = set(Theme.objects.filter(cycle=cycle).values_list("continues", flat=True)) if cycle.pk else set()
    old = [t for t in prev.themes.all() if t.pk not in taken]
    pairs = pair_by_similarity([t.title for t in new_themes], [t.title for t in old])
    for i, j in pairs.items():
        new_themes[i].continues = old[j]


def _build_plan(
    board: Board,
    cycle: Cycle | None,
    paper: StoredPaper,
    doc: PaperDocument,
    ext: Extraction,
    plan: ImportPlan,
) -> None:
    """The next cycle's work plan → its cycle, themes and commitments (to review)."""
    proposal = ext.plan
    if proposal is None or not proposal.themes:
        return
    label = proposal.cycle or (next_label(cycle.label) if cycle else None)
    if not label:
        plan.warnings.append("the work plan does not say which board year it is for; not recorded")
        return
    nxt = find_cycle(board, label)
    if nxt is None:
        pending = next(
            (c for c in plan.cycles if c.label == (parse_cycle_label(label) or (0, label))[1]), None
        )
        try:
            nxt = pending or new_cycle(board, label)
        except ValueError:
            plan.warnings.append(f"the work plan's board year {label!r} is not understood; not recorded")
            return
        if pending is None:
            plan.cycles.append(nxt)
    if cycle is not None and nxt.start <= cycle.start:
        plan.warnings.append(f"the work plan's year {nxt.label} is not after {cycle.label}; not recorded")
        return

    existing = {norm_title(t.title): t for t in (nxt.themes.all() if nxt.pk else [])}
    existing.update({norm_title(t.title): t for t in plan.themes if t.cycle is nxt})
    order = max((t.order for t in existing.values()), default=-1) + 1
    # What the plan's themes may carry on: this cycle's themes, recorded or new from this paper.
    earlier: list[Theme] = []
    if cycle is not None:
        earlier = list(cycle.themes.all()) if cycle.pk else []
        earlier += [t for t in plan.themes if t.cycle is cycle and t not in earlier]
    earlier_commitments = _earlier_commitments(board, nxt)
    refs = table_refs(doc)
    is_catch_all = catch_all_heading(board)
    new_themes: list[Theme] = []
    for r, t in enumerate(proposal.themes, start=1):
        title = t.title.strip()
        key = norm_title(title)
        where = f"work plan row {r}"
        if not key:
            plan.warnings.append(f"{where}: priority area without a title left out")
            continue
        if is_catch_all(title):
            plan.warnings.append(f"{where}: {title!r} is the heading for work under no theme; not a theme")
            continue
        theme = existing.get(key)
        if theme is None:
            theme = Theme(cycle=nxt, title=fit(title, Theme, "title", where, plan.warnings), order=order)
            order += 1
            existing[key] = theme
            plan.themes.append(theme)
            new_themes.append(theme)
        # A plan item already under this priority area (the same plan in an earlier paper) is not
        # recorded twice.
        have = (
            {norm_title(x) for x in theme.commitments.values_list("title", flat=True)} if theme.pk else set()
        )
        have |= {norm_title(c.title) for c in plan.commitments if c.theme is theme}
        start = len(have)
        for n, item in enumerate(t.activities, start=1):
            item = " ".join(item.split())
            if not item:
                continue
            if norm_title(item) in have:
                plan.warnings.append(f"{where} line {n}: already in the {nxt.label} plan; not added again")
                plan.already_planned[nxt.label] = plan.already_planned.get(nxt.label, 0) + 1
                continue
            have.add(norm_title(item))
            c = Commitment(
                theme=theme,
                title=item,
                order=start + n - 1,
                review=Review.TO_REVIEW,
                source_paper=paper,
                source_ref=refs.get(norm_title(item), f"plan row {r} line {n}")[:40],
                delay_reason=delay_reason(item),
            )
            c.carried_from = _best_earlier(item, theme, earlier_commitments)
            plan.commitments.append(c)
    if earlier:
        pairs = pair_by_similarity([t.title for t in new_themes], [t.title for t in earlier])
        for i, j in pairs.items():
            new_themes[i].continues = earlier[j]
    else:
        _link_lineage(board, nxt, new_themes)


def _earlier_commitments(board: Board, nxt: Cycle) -> list[Commitment]:
    """Commitments of the two cycles before `nxt` (what a plan may carry forward), newest first."""
    cycles = list(Cycle.objects.filter(board=board, start__lt=nxt.start).order_by("-start")[:2])
    if not cycles:
        return []
    return list(
        Commitment.objects.filter(theme__cycle__in=cycles)
        .exclude(review=Review.REJECTED)
        .select_related("theme", "theme__cycle")
        .order_by("-theme__cycle__start", "theme__order", "order")
    )


def _best_earlier(item: str, theme: Theme, earlier: list[Commitment]) -> Commitment | None:
    """The earlier commitment a plan item carries forward: nearly the same words (≥ 0.8)."""
    best, best_score = None, 0.0
    for c in earlier:
        score = text_similarity(item, c.title)
        if theme.continues_id and c.theme_id == theme.continues_id:
            score += 0.05  # the same line of work, so a close call goes to it
        if score > best_score:
            best, best_score = c, score
    return best if best_score >= 0.8 else None
