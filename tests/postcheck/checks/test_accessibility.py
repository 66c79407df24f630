"""Accessibility: CamelCase hashtags, the alt text reminder, emoji runs, capitals, reading ease."""

import pytest

from community.postcheck.checks import alt_text, capitals, emoji, hashtags, reading_ease
from community.postcheck.draft import Draft
from community.postcheck.models import PostCheckSettings
from tests.postcheck.checks.helpers import found


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Don't forget #bincollection day", ["#bincollection"]),
        ("#RECYCLINGWEEK starts now", ["#RECYCLINGWEEK"]),
        # Not flagged: CamelCase, short single words, acronyms, numbers, anchors in links.
        ("#BinCollection #York #NHS #york #LoveLeeds #2025", []),
        ("https://example.org/page#section and C# and &#123;", []),
    ],
)
def test_camel_case_hashtags(text, flagged):
    assert found(hashtags.check, text) == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Here's a photo of the new library", ["photo"]),
        ("📸 from today's litter pick, more pictures soon", ["📸"]),
        ("See the map below", ["map"]),
        # Not flagged: no picture mentioned; "imagine" is not "image".
        ("Imagine a cleaner park. Join us on Saturday.", []),
    ],
)
def test_alt_text_reminder(text, flagged):
    assert found(alt_text.check, text) == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("We did it 🎉🎉🎉🎉", ["🎉🎉🎉🎉"]),
        ("Families 👩‍👩‍👧 👨‍👩‍👦 👩‍👦 👨‍👧 welcome", ["👩‍👩‍👧 👨‍👩‍👦 👩‍👦 👨‍👧"]),
        ("Flags 🇬🇧🇫🇷🇩🇪🇮🇹🇪🇸", ["🇬🇧🇫🇷🇩🇪🇮🇹🇪🇸"]),
        # Not flagged: three in a row, or four apart.
        ("Three is fine ☀️🌳🚲", []),
        ("🎉 one, 🎉 two, 🎉 three, 🎉 four", []),
    ],
)
def test_emoji_in_a_row(text, flagged):
    assert found(emoji.check, text) == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("PLEASE READ THIS before Friday", ["PLEASE READ THIS"]),
        ("IMPORTANT: the tip is closed", ["IMPORTANT"]),
        # Not flagged: acronyms and short words.
        ("The NHS and DVLA say OK", []),
        ("I am at the BBC in UK time", []),
    ],
)
def test_capitals(text, flagged):
    assert found(capitals.check, text) == flagged


PLAIN = "The library opens at nine on Monday. Bring your card. You can borrow six books for three weeks."
HARD = (
    "Notwithstanding the aforementioned considerations, residents' participation in the consultation "
    "regarding prospective infrastructural modifications is respectfully encouraged, acknowledging "
    "institutional accountability obligations."
)


@pytest.mark.django_db
def test_reading_ease_against_the_organisations_target():
    assert found(reading_ease.check, PLAIN) == []
    assert found(reading_ease.check, HARD) == ["reading-ease"]
    (finding,) = reading_ease.check(Draft(text=HARD, platform="x"))
    assert "below the organisation's target of 60" in finding.message


@pytest.mark.django_db
def test_champions_set_the_target():
    PostCheckSettings.objects.create(reading_ease_target=100)
    assert found(reading_ease.check, PLAIN) == ["reading-ease"]


@pytest.mark.django_db
def test_a_short_draft_has_no_score():
    assert found(reading_ease.check, "Notwithstanding institutional accountability.") == []


@pytest.mark.django_db
def test_links_mentions_and_hashtags_are_left_out_of_the_score():
    text = "Questions about bin day? Call Sam on 07911 123456 or watch our video at https://www.tiktok.com/@council/1"
    assert reading_ease.prose(text).strip().endswith("watch our video at")
    assert reading_ease.score(text) is None  # fourteen words of prose: too short to score
