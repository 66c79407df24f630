import pytest
from django import forms
from django.template import Context, Template

from home.templatetags.govuk_forms import field_kind

CHOICES = [("a", "A"), ("b", "B")]


class EveryKindForm(forms.Form):
    several = forms.MultipleChoiceField(choices=CHOICES, widget=forms.CheckboxSelectMultiple)
    one = forms.ChoiceField(choices=CHOICES, widget=forms.RadioSelect)
    agree = forms.BooleanField()
    name = forms.CharField()


@pytest.mark.parametrize(
    ("name", "kind"),
    [("several", "checkboxes"), ("one", "radios"), ("agree", "checkbox")],
)
def test_each_choice_widget_gets_its_own_govuk_component(name, kind):
    assert field_kind(EveryKindForm()[name]) == kind


def test_checkbox_errors_are_linked_to_the_field():
    form = EveryKindForm(data={"one": "a", "agree": "on", "name": "x"})
    html = Template("{% include 'components/forms/fields.html' %}").render(Context({"form": form}))
    assert 'type="checkbox"' in html and 'name="several"' in html
    assert 'id="id_several-error"' in html
    assert 'href="#id_several' in Template("{% include 'components/forms/error_summary.html' %}").render(
        Context({"form": form})
    )


class HiddenKeyForm(forms.Form):
    key = forms.UUIDField(widget=forms.HiddenInput)
    name = forms.CharField()


def test_a_hidden_field_error_is_listed_once_and_not_as_a_link():
    form = HiddenKeyForm(data={"key": "not-a-uuid", "name": ""})
    html = Template("{% include 'components/forms/error_summary.html' %}").render(Context({"form": form}))
    assert html.count("Enter a valid UUID.") == 1
    assert 'href="#id_key"' not in html
    assert 'href="#id_name"' in html
