"""The typed helpers forms use to set a field's choices for the request (web/forms.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from django import forms

from boardwork.boards.models import Cycle
from boardwork.web.forms import choices_of, label_choices, model_choices, offered


class Sample(forms.Form):
    cycle = forms.ModelChoiceField(queryset=Cycle.objects.none())
    cycles = forms.ModelMultipleChoiceField(queryset=Cycle.objects.none())
    loose = forms.ModelChoiceField(queryset=None)
    kind = forms.ChoiceField(choices=[("a", "A")])
    name = forms.CharField()


def test_model_choices_gives_the_forms_own_field():
    form = Sample()
    assert model_choices(form, "cycle") is form.fields["cycle"]
    assert model_choices(form, "cycles") is form.fields["cycles"]  # a multiple choice is one too
    assert choices_of(form, "kind") is form.fields["kind"]
    assert choices_of(form, "cycle") is form.fields["cycle"]  # a model choice is a choice field


@pytest.mark.parametrize(
    "helper,name", [(model_choices, "kind"), (model_choices, "name"), (choices_of, "name")]
)
def test_a_field_of_another_kind_is_a_type_error(helper, name):
    with pytest.raises(TypeError, match=name):
        helper(Sample(), name)


def test_offered_is_the_queryset_the_form_set():
    form = Sample()
    assert offered(form, "cycle").model is Cycle
    with pytest.raises(TypeError, match="loose"):
        offered(form, "loose")


def test_label_choices_labels_this_field_alone():
    first, second = Sample(), Sample()
    label_choices(model_choices(first, "cycle"), lambda c: f"Cycle {c.label}")
    record = SimpleNamespace(label="2022/23")
    assert model_choices(first, "cycle").label_from_instance(record) == "Cycle 2022/23"
    assert model_choices(second, "cycle").label_from_instance(record) == str(record)
