"""``{{ text|sentence_case }}``: GOV.UK's sentence case for words that arrive in Title Case.

allauth's page titles, headings and buttons say "Sign In" and "Two-Factor Authentication"; the rest of the
site says "Sign in". The filter keeps the first word's capital and words in capitals (TOTP, SSO), and lowers
the capital of every other word, hyphenated parts included. It is meant for allauth's fixed strings only,
which name no people or places; text with proper nouns must not go through it.
"""

import re

from django import template
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

_WORD = re.compile(r"[A-Za-z][A-Za-z']*")


def _lower_if_title_case(match: re.Match) -> str:
    word = match.group(0)
    if len(word) > 1 and word[0].isupper() and not word.isupper():
        return word[0].lower() + word[1:]
    return word


def sentence_case(text: str) -> str:
    text = " ".join(str(text).split())
    first = _WORD.search(text)
    if first is None:
        return text
    return text[: first.end()] + _WORD.sub(_lower_if_title_case, text[first.end() :])


@register.filter(name="sentence_case", is_safe=True)
def sentence_case_filter(value):
    cased = sentence_case(value)
    return mark_safe(cased) if isinstance(value, SafeString) else cased
