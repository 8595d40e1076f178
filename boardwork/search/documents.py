"""Records and papers → search documents (unsaved SearchDoc rows). Reads the database; writes nothing.

One document per paper (its title), per paragraph, list item, heading and table row of the paper's
structure (linked to `#p-N` of the paper's text page; services.place links them to the paper's
review page for those on its board), and per record. Each carries the
filter tags (engine.tag) and audience tags (scope.audience_tags) the engine matches.
"""

from __future__ import annotations

from django.db.models import Model
from django.urls import reverse
from django.utils.http import urlencode

from boardwork.activities.models import Activity, ActivityOrganisation, Organisation, Policy
from boardwork.boards.models import Board, Cycle, Person
from boardwork.papers.models import StoredPaper
from boardwork.plans.models import Commitment, Feedback, ProgressUpdate, Theme

from .engine import board_year_tag, strip_marks, tag
from .models import SearchDoc
from .scope import audience_tags

Kind = SearchDoc.Kind


def clean(text) -> str:
    return strip_marks(str(text or "")).replace("\x00", "")


def make(
    kind: str,
    key: str,
    obj,
    *,
    board=None,
    cycle=None,
    date=None,
    paper=None,
    block=None,
    themes=(),
    review="",
    published=False,
    title="",
    context="",
    url="",
    heading="",
    body="",
    owners=(),
) -> SearchDoc:
    """One document, its tags worked out from its place (board, cycle, paper, themes, review)."""
    board_id = board.pk if board is not None else None
    year = cycle.start.year if cycle is not None else (date.year if date else None)
    tags = [tag("type", kind)]
    if board_id is not None:
        tags.append(tag("board", board_id))
    if cycle is not None:
        tags.append(tag("cycle", cycle.pk))
    if year:
        tags.append(tag("year", year))
        if board_id is not None:
            # A board and a year as one tag (migration 0009): one short list where a search within
            # them would AND two long ones.
            tags.append(board_year_tag(board_id, year))
    if paper is not None:
        tags.append(tag("paperkind", paper.kind))
    if review:
        tags.append(tag("review", review))
    tags += [tag("theme", t) for t in sorted(set(themes))]
    tags += audience_tags(kind=kind, board_id=board_id, review=review, published=published, owners=owners)
    if context == "" and board is not None:
        context = ", ".join(x for x in (board.name, cycle.label if cycle else "") if x)
    return SearchDoc(
        key=key,
        kind=kind,
        object_id=obj.pk,
        version=getattr(obj, "version", 0) or 0,
        board_id=board_id,
        cycle_id=cycle.pk if cycle is not None else None,
        paper_id=paper.pk if paper is not None else None,
        block=block,
        date=date,
        year=year,
        paper_kind=paper.kind if paper is not None else "",
        review=review,
        published=published,
        title=clean(title)[:400],
        context=clean(context)[:400],
        url=url[:400],
        heading=clean(heading),
        body=clean(body),
        tags=" ".join(tags),
    )


# -- papers ---------------------------------------------------------------------------------------


def paper_url(paper: StoredPaper, block: int | None = None) -> str:
    url = reverse("search-paper", args=[paper.uid])
    return f"{url}{block_anchor(block)}" if block is not None else url


def block_anchor(block: int) -> str:
    """The anchor of a paper's block on the pages that show its text (the review page, the text
    page): one per block of the stored structure, numbered from 0."""
    return f"#p-{block}"


def paper_docs(qs) -> list[SearchDoc]:
    docs = []
    for paper in qs.select_related("board", "cycle", "meeting"):
        docs += _paper_docs(paper)
    return docs


def _paper_docs(paper: StoredPaper) -> list[SearchDoc]:
    """The paper's own document (title) and one per block (table: one per row)."""
    board, cycle = paper.board, paper.cycle
    date = paper.meeting.date if paper.meeting else (cycle.start if cycle else paper.created.date())
    # Paragraphs are about the themes of the activities read from them.
    themes: dict[int, set[int]] = {}
    for block, theme in Activity.themes.through.objects.filter(
        activity__source_paper=paper, activity__source_block__isnull=False
    ).values_list("activity__source_block", "theme_id"):
        if block is not None:  # always (the filter above); the column's type allows None
            themes.setdefault(block, set()).add(theme)
    where = [board.name, cycle.label if cycle else "", paper.get_kind_display()]
    if paper.meeting:
        where.append(f"meeting {paper.meeting.date:%-d %B %Y}")
    common = dict(
        board=board,
        cycle=cycle,
        date=date,
        paper=paper,
        published=paper.published,
        title=paper.title,
        context=", ".join(x for x in where if x),
    )
    docs = [
        make(
            Kind.PAPER,
            f"paper:{paper.pk}",
            paper,
            url=paper_url(paper),
            heading=paper.title,
            body=" ".join(x for x in (paper.filename, paper.contact_name) if x),
            themes=set().union(*themes.values()) if themes else (),
            **common,
        )
    ]
    for i, b in enumerate((paper.structure or {}).get("blocks") or []):
        if not isinstance(b, dict):
            continue
        if b.get("type") == "table":
            rows = ([b["header"]] if b.get("header") else []) + list(b.get("rows") or [])
            texts = [" | ".join(str(c) for c in row) for row in rows if isinstance(row, list)]
        else:
            texts = [str(b.get("text") or "")]
        number = b.get("number")
        for r, text in enumerate(texts):
            if not text.strip():
                continue
            docs.append(
                make(
                    Kind.PARAGRAPH,
                    f"paragraph:{paper.pk}:{i}" + (f":{r}" if len(texts) > 1 else ""),
                    paper,
                    block=i,
                    url=paper_url(paper, i),
                    body=(f"{number}. " if number else "") + text,
                    themes=themes.get(i, ()),
                    **common,
                )
            )
    return docs


# -- records --------------------------------------------------------------------------------------


def activity_docs(qs) -> list[SearchDoc]:
    qs = qs.select_related("board", "cycle").prefetch_related("themes", "organisations", "policies", "people")
    return [activity_doc(a) for a in qs]


def linked_names(a: Activity) -> str:
    """The names of the organisations (with acronyms), policies and people an activity is linked
    to that its text does not already name: indexed with it, so it is found by them."""
    names = [o.name + (f" ({o.acronym})" if o.acronym else "") for o in a.organisations.all()]
    names += [p.title for p in a.policies.all()] + [p.display_name for p in a.people.all()]
    text = a.text.lower()
    return "; ".join(n for n in dict.fromkeys(names) if n.split(" (")[0].lower() not in text)


def activity_doc(a: Activity) -> SearchDoc:
    return make(
        Kind.ACTIVITY,
        f"activity:{a.pk}",
        a,
        board=a.board,
        cycle=a.cycle,
        date=a.date,
        themes=[t.pk for t in a.themes.all()],
        review=a.review,
        title=a.title or a.text[:120],
        url=a.get_absolute_url(),
        heading=a.title,
        body=" ".join(x for x in (a.text, a.outcome, a.reach, linked_names(a)) if x),
    )


def commitment_docs(qs) -> list[SearchDoc]:
    """Commitments and their progress updates (which share their review state)."""
    docs = []
    for c in qs.select_related("theme__cycle__board").prefetch_related("updates"):
        docs += _commitment_docs(c)
    return docs


def _commitment_docs(c: Commitment) -> list[SearchDoc]:
    cycle = c.theme.cycle
    url = reverse("commitment", args=[cycle.board.slug, c.uid])
    docs = [
        make(
            Kind.COMMITMENT,
            f"commitment:{c.pk}",
            c,
            board=cycle.board,
            cycle=cycle,
            date=c.due or cycle.start,
            themes=[c.theme_id],
            review=c.review,
            title=c.title[:200],
            url=url,
            heading=c.title,
            body=" ".join(x for x in (c.theme.title, c.owner_name, c.delay_reason) if x),
        )
    ]
    for u in c.updates.all():
        docs.append(
            make(
                Kind.UPDATE,
                f"update:{u.pk}",
                u,
                board=cycle.board,
                cycle=cycle,
                date=u.created.date(),
                themes=[c.theme_id],
                review=c.review,
                title=f"Q{u.quarter} {u.get_rag_display()}: {c.title[:160]}",
                url=url,
                body=" ".join(x for x in (u.commentary, u.author_name) if x),
            )
        )
    return docs


def feedback_docs(qs) -> list[SearchDoc]:
    return [feedback_doc(f) for f in qs.select_related("cycle__board", "theme", "person")]


def feedback_doc(f: Feedback) -> SearchDoc:
    board = f.cycle.board
    title = f"Feedback{' from ' + str(f.person) if f.person else ''}" + (
        f" on {f.theme.title}" if f.theme else ""
    )
    return make(
        Kind.FEEDBACK,
        f"feedback:{f.pk}",
        f,
        board=board,
        cycle=f.cycle,
        date=f.created.date(),
        themes=[f.theme_id] if f.theme_id else [],
        review="accepted",
        title=title,
        url=reverse("feedback", args=[board.slug]),
        heading=title,  # who it is from and the theme: found by their names
        body=f.text,
        # A member reads their own feedback only: what they wrote, or what is recorded as theirs.
        owners=tuple(u for u in (f.author_id, f.person.user_id if f.person else None) if u),
    )


def _search_url(text: str) -> str:
    return reverse("search") + "?" + urlencode({"q": f'"{text}"'})


def organisation_doc(o: Organisation) -> SearchDoc:
    return make(
        Kind.ORGANISATION,
        f"organisation:{o.pk}",
        o,
        title=o.name,
        context=o.get_kind_display(),
        url=o.get_absolute_url(),
        heading=" ".join(x for x in (o.name, o.acronym) if x),
        body=" ".join(o.aliases or []),
    )


def policy_doc(p: Policy) -> SearchDoc:
    return make(
        Kind.POLICY,
        f"policy:{p.pk}",
        p,
        title=p.title,
        context=" ".join(x for x in (p.get_kind_display(), p.stage) if x),
        url=_search_url(p.title),
        heading=p.title,
        body=" ".join([*(p.aliases or []), p.stage]),
    )


def person_doc(p: Person) -> SearchDoc:
    # Contact details (email, phone) are not indexed: search shows who, not how to reach them.
    return make(
        Kind.PERSON,
        f"person:{p.pk}",
        p,
        title=p.display_name,
        context=", ".join(x for x in (p.role, p.council) if x),
        url=_search_url(p.name),
        heading=p.display_name,
        body=" ".join(x for x in (p.role, p.council, p.party) if x),
    )


# model → (kind, build the documents of a queryset of it); the order is the reindex order.
BUILDERS = {
    StoredPaper: (Kind.PAPER, paper_docs),
    Activity: (Kind.ACTIVITY, activity_docs),
    Commitment: (Kind.COMMITMENT, commitment_docs),
    Feedback: (Kind.FEEDBACK, feedback_docs),
    Organisation: (Kind.ORGANISATION, lambda qs: [organisation_doc(o) for o in qs]),
    Policy: (Kind.POLICY, lambda qs: [policy_doc(p) for p in qs]),
    Person: (Kind.PERSON, lambda qs: [person_doc(p) for p in qs]),
}
# Progress updates are indexed with their commitment; an activity's link to an organisation with
# the activity (whose document names the organisation).
OWNER = {
    ProgressUpdate: lambda u: (Commitment, u.commitment_id),
    ActivityOrganisation: lambda link: (Activity, link.activity_id),
}
# model → the records whose documents show its name or label (model, the lookup from them to it):
# re-indexed when one of its LABELS fields changes, so a renamed theme, person, organisation,
# policy, board or cycle is found and shown under its new name at once.
NAMED_IN: dict[type[Model], list[tuple[type[Model], str]]] = {
    Theme: [(Commitment, "theme"), (Feedback, "theme")],
    Person: [(Feedback, "person"), (Activity, "people")],
    Organisation: [(Activity, "organisations")],
    Policy: [(Activity, "policies")],
    # A board's and a cycle's labels are in every document's context (and the board's slug in
    # the records' addresses; a cycle's start is their year).
    Board: [
        (StoredPaper, "board"),
        (Activity, "board"),
        (Commitment, "theme__cycle__board"),
        (Feedback, "cycle__board"),
    ],
    Cycle: [(StoredPaper, "cycle"), (Activity, "cycle"), (Commitment, "theme__cycle"), (Feedback, "cycle")],
}
LABELS: dict[type[Model], tuple[str, ...]] = {
    Theme: ("title",),
    Person: ("name", "honorific"),
    Organisation: ("name", "acronym"),
    Policy: ("title",),
    Board: ("name", "slug"),
    Cycle: ("label", "start"),
}
