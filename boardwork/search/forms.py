"""The search form: the web page's filters, validated before they reach services.Filters."""

from __future__ import annotations

import datetime as dt

from django import forms

from boardwork.boards.models import Board
from boardwork.papers.models import StoredPaper
from boardwork.plans.models import Theme

from .models import SearchDoc
from .scope import Scope
from .services import Filters

YEARS = (1990, dt.date.today().year + 5)


class SearchForm(forms.Form):
    q = forms.CharField(label="Search", required=False, max_length=500)
    board = forms.MultipleChoiceField(label="Board", required=False)
    type = forms.MultipleChoiceField(label="What", required=False, choices=SearchDoc.Kind.choices)
    kind = forms.MultipleChoiceField(label="Paper", required=False, choices=StoredPaper.Kind.choices)
    year_from = forms.IntegerField(label="From year", required=False, min_value=YEARS[0], max_value=YEARS[1])
    year_to = forms.IntegerField(label="To year", required=False, min_value=YEARS[0], max_value=YEARS[1])
    date_from = forms.DateField(label="From date", required=False)
    date_to = forms.DateField(label="To date", required=False)
    theme = forms.UUIDField(label="Theme", required=False)
    to_review = forms.BooleanField(label="Only what is still to review", required=False)
    page = forms.IntegerField(required=False, min_value=1, max_value=1000)

    def __init__(self, *args, scope: Scope, **kwargs):
        super().__init__(*args, **kwargs)
        self.scope = scope
        boards = Board.objects.order_by("name")
        visible = scope.boards()
        if visible is not None:
            boards = boards.filter(pk__in=visible | set(self._published_boards()))
        self.boards = list(boards)
        board_field = self.fields["board"]
        assert isinstance(board_field, forms.MultipleChoiceField)  # declared above
        board_field.choices = [(b.slug, b.name) for b in self.boards]

    @staticmethod
    def _published_boards():
        return StoredPaper.objects.filter(published=True).values_list("board", flat=True).distinct()

    def clean(self):
        super().clean()
        data = self.cleaned_data  # what Form.clean returns (its stubs allow None, as an override may)
        yf, yt = data.get("year_from"), data.get("year_to")
        if yf and yt and yf > yt:
            self.add_error("year_to", "The last year must not be before the first.")
        df, dt_ = data.get("date_from"), data.get("date_to")
        if df and dt_ and df > dt_:
            self.add_error("date_to", "The last date must not be before the first.")
        theme = data.get("theme")
        data["theme_obj"] = None
        if theme:
            t = Theme.objects.select_related("cycle__board").filter(uid=theme).first()
            visible = self.scope.boards()
            if t is None or (visible is not None and t.cycle.board_id not in visible):
                self.add_error("theme", "There is no such theme.")
            else:
                data["theme_obj"] = t
        return data

    def filters(self) -> Filters:
        d = self.cleaned_data
        by_slug = {b.slug: b.pk for b in self.boards}
        return Filters(
            boards=[by_slug[s] for s in d.get("board") or []],
            year_from=d.get("year_from"),
            year_to=d.get("year_to"),
            date_from=d.get("date_from"),
            date_to=d.get("date_to"),
            paper_kinds=list(d.get("kind") or []),
            types=list(d.get("type") or []),
            themes=[d["theme_obj"].pk] if d.get("theme_obj") else [],
            to_review=bool(d.get("to_review")),
        )
