"""The shared template components: one button, one pagination, and partials named one way."""

from pathlib import Path

import pytest
from django.conf import settings
from django.template import Context, Template, TemplateSyntaxError
from django.test import RequestFactory


def render(source: str, **context) -> str:
    return Template("{% load components %}" + source).render(Context(context))


def test_a_plain_button_submits():
    assert render('{% button "Save" %}') == (
        '<button type="submit" class="govuk-button" data-module="govuk-button">Save</button>'
    )


def test_button_variants_names_values_and_words_for_screen_readers():
    html = render(
        '{% button "Hide" variant="warning" name="next" value="queue" visually_hidden=" post "|add:pk %}', pk="7"
    )
    assert html == (
        '<button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button" name="next" '
        'value="queue">Hide<span class="govuk-visually-hidden"> post 7</span></button>'
    )
    assert 'class="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"' in render(
        '{% button "Open" variant="secondary" classes="govuk-!-margin-bottom-2" %}'
    )
    assert 'data-prevent-double-click="true"' in render('{% button "Send" prevent_double_click=True %}')


def test_text_is_escaped():
    assert "&lt;b&gt;" in render("{% button title %}", title="<b>")


def test_a_link_button_is_a_button_to_assistive_technology_unless_asked_otherwise():
    html = render('{% button "Go" href="/path/" variant="start" %}')
    assert html.startswith('<a href="/path/" role="button" draggable="false" class="govuk-button govuk-button--start"')
    assert "govuk-button__start-icon" in html and html.endswith("</svg></a>")
    plain = render('{% button "Download PDF" href="/pdf/" role="link" download=True %}')
    assert 'role="button"' not in plain and " download>" in plain


def test_a_form_button_posts_with_the_csrf_token():
    request = RequestFactory().get("/")
    html = Template('{% load components %}{% button "Approve" action="/approve/" %}').render(
        Context({"csrf_token": "token-value", "request": request})
    )
    assert html.startswith('<form method="post" action="/approve/"><input type="hidden" name="csrfmiddlewaretoken"')
    assert html.endswith("Approve</button></form>")


def test_an_unknown_variant_is_refused():
    with pytest.raises(TemplateSyntaxError, match="variant"):
        render('{% button "Delete" variant="danger" %}')


def pagination(**context) -> str:
    return Template('{% include "components/pagination.html" %}').render(Context(context))


def test_pagination_shows_nothing_without_links():
    assert "govuk-pagination" not in pagination()


def test_keyset_pagination_stacks_its_links_with_their_labels():
    html = pagination(next_url="?after=abc", next_title="Older topics", label="Topics")
    assert 'class="govuk-pagination govuk-pagination--block" aria-label="Topics"' in html
    assert 'href="?after=abc" rel="next"' in html and "Older topics</span>" in html
    assert "govuk-pagination__prev" not in html
    lesson = pagination(
        previous_url="/one/", previous_title="Previous", previous_hidden=" lesson", previous_label="One"
    )
    assert 'Previous<span class="govuk-visually-hidden"> lesson</span>' in lesson
    assert '<span class="govuk-pagination__link-label">One</span>' in lesson


def test_pagination_with_page_numbers():
    items = [{"number": 1, "url": "?page=1"}, {"ellipsis": True}, {"number": 5, "url": "?page=5", "current": True}]
    html = pagination(previous_url="?page=4", items=items)
    assert "govuk-pagination--block" not in html
    assert 'aria-label="Page 5" aria-current="page"' in html and "govuk-pagination__item--ellipses" in html
    assert 'Previous<span class="govuk-visually-hidden"> page</span>' in html


def test_no_template_writes_its_own_govuk_button_or_pagination():
    templates = Path(settings.BASE_DIR) / "templates"
    components = {templates / "components" / "pagination.html"}
    hand_written = [
        str(path.relative_to(templates))
        for path in templates.rglob("*.html")
        if path not in components
        and (
            'class="govuk-button"' in (text := path.read_text())
            or "govuk-button govuk-button--" in text
            or 'class="govuk-pagination' in text
        )
    ]
    assert hand_written == []


def test_partials_are_named_one_way_without_a_leading_underscore():
    templates = Path(settings.BASE_DIR) / "templates"
    assert [str(path) for path in templates.rglob("_*.html")] == []
