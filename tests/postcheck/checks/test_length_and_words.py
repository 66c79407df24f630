"""Length as each platform counts it, and the organisation's words to avoid."""

import pytest

from community.postcheck.checks import length, words
from community.postcheck.draft import Draft, Severity
from community.postcheck.models import WordChoice
from community.postcheck.platforms import PLATFORMS, length_on
from tests.postcheck.checks.helpers import found

LONG_LINK = "https://www.example.org/news/2025/11/a-very-long-address-about-bin-collections-over-christmas"
FAMILY = "👩‍👩‍👧"  # one grapheme, five code points, eight UTF-16 units
E_ACUTE = "e\u0301"  # e and a combining acute accent: one grapheme, two code points


@pytest.mark.parametrize(
    ("platform", "text", "expected"),
    [
        # X: twitter-text weights. A link is 23 whatever its length; emoji and CJK weigh 2; NFC first.
        ("x", "a" * 280, 280),
        ("x", LONG_LINK, 23),
        ("x", f"Read {LONG_LINK} now", 5 + 23 + 4),
        ("x", "example.org/bins", 23),
        ("x", FAMILY, 2),
        ("x", E_ACUTE, 1),
        ("x", "日本", 4),
        ("x", "café 🎉", 7),
        # Bluesky: grapheme clusters; a link as typed.
        ("bluesky", FAMILY, 1),
        ("bluesky", E_ACUTE * 3, 3),
        ("bluesky", "🇬🇧🇫🇷", 2),
        ("bluesky", LONG_LINK, len(LONG_LINK)),
        # Mastodon: graphemes; http(s) links 23; a mention counts only @name.
        ("mastodon", LONG_LINK, 23),
        ("mastodon", f"{FAMILY} {E_ACUTE}", 3),
        ("mastodon", "Thanks @jo@social.example.org!", len("Thanks @jo!")),
        # Meta and LinkedIn: as a text box counts (UTF-16), the cautious reading.
        ("threads", FAMILY, 8),
        ("instagram", "🎉", 2),
        ("linkedin", E_ACUTE, 2),
        ("facebook", "plain text", 10),
    ],
)
def test_length_as_each_platform_counts(platform, text, expected):
    assert length_on(PLATFORMS[platform], text) == expected


@pytest.mark.parametrize(
    ("platform", "limit"),
    [("x", 280), ("bluesky", 300), ("mastodon", 500), ("threads", 500), ("instagram", 2200), ("linkedin", 3000)],
)
def test_at_the_limit_is_fine_one_over_is_a_problem(platform, limit):
    assert found(length.check, "a" * limit, platform) == []
    (finding,) = length.check(Draft(text="a" * (limit + 1), platform=platform))
    assert finding.kind == "too-long" and finding.severity == Severity.PROBLEM
    assert "1 over its limit" in finding.message


def test_links_make_a_long_draft_fit_on_x_but_not_on_bluesky():
    text = " ".join([LONG_LINK] * 5) + " " + "a" * 100
    assert found(length.check, text, "x") == []
    assert found(length.check, text, "bluesky") == ["too-long"]


def test_emoji_count_twice_on_x():
    assert found(length.check, "🎉" * 140, "x") == []
    assert found(length.check, "🎉" * 141, "x") == ["too-long"]


@pytest.mark.django_db
def test_words_to_avoid_are_found_whatever_their_case_with_what_to_say_instead():
    WordChoice.objects.create(avoid="service user", prefer="resident", reason="We serve people.")
    WordChoice.objects.create(avoid="utilise", prefer="use")
    text = "Every Service User can utilise the new hub. Service users' views matter."
    findings = words.check(Draft(text=text, platform="x"))
    assert [finding.excerpt(text) for finding in findings] == ["Service User", "Service users", "utilise"]
    assert "Say “resident” instead. We serve people." in findings[0].message


@pytest.mark.django_db
def test_plurals_count_but_a_word_inside_another_does_not():
    WordChoice.objects.create(avoid="user", prefer="resident")
    assert found(words.check, "Our users love it, user-friendly too") == ["users", "user"]
    assert found(words.check, "Superusers and username fields") == []
