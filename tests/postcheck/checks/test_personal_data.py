"""Personal data: flagged with its place in the text, from drafts staff really write. Each rule has cases
that must be flagged and cases that must not."""

import pytest

from community.postcheck.checks import dates_of_birth, emails, ni_numbers, phones, postcodes
from community.postcheck.draft import Draft, Severity
from tests.postcheck.checks.helpers import found


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Call Sam on 07911 123456 to book a place.", ["07911 123456"]),
        ("Questions? Ring 0113 496 0000 (Mon–Fri).", ["0113 496 0000"]),
        ("From abroad: +44 20 7946 0958", ["+44 20 7946 0958"]),
        ("Contact centre 0300 123 4567 or text 07911123456", ["0300 123 4567", "07911123456"]),
        # Not phone numbers: an order number, a reference, times and years.
        ("Your order number is 123456789012, thanks for shopping.", []),
        ("Ref 20240115, room 2024, 10:30 to 12:00.", []),
        ("Over 1,250 residents joined 35 events in 2025.", []),
    ],
)
def test_phone_numbers(text, flagged):
    assert found(phones.check, text) == flagged


def test_a_phone_number_is_reported_with_its_position():
    text = "Call Sam on 07911 123456."
    (finding,) = phones.check(Draft(text=text, platform="x"))
    assert (finding.start, finding.end) == (12, 24)
    assert finding.severity == Severity.CHECK
    assert "not a guarantee" not in finding.message and "07911 123456" in finding.message


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Drop-in at SW1A 1AA on Friday", ["SW1A 1AA"]),
        ("Piccadilly Gardens, M1 1AE, and LS1 4AP", ["M1 1AE", "LS1 4AP"]),
        ("No space: EC1A1BB", ["EC1A1BB"]),
        # Not postcodes: road numbers, motorway junctions, grid squares.
        ("Roadworks on the A1 road near junction 4 of the M6", []),
        ("Delays on the A64 and the M62 this morning", []),
        ("Room B2 on the 3rd floor", []),
        ("Lower case sw1a 1aa is left alone: a prompt, not a parser", []),
    ],
)
def test_uk_postcodes(text, flagged):
    assert found(postcodes.check, text) == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("My NI number is AB 12 34 56 C", ["AB 12 34 56 C"]),
        ("NINO: JG103759A", ["JG103759A"]),
        # Not NI numbers: HMRC's example prefix QQ, prefixes never issued, a wrong last letter, a car registration.
        ("Example: QQ 12 34 56 C", []),
        ("BG123456A and GB123456A", []),
        ("AB123456E", []),
        ("Car AB12 CDE was towed", []),
    ],
)
def test_national_insurance_numbers(text, flagged):
    assert found(ni_numbers.check, text) == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Email jo.bloggs@example.org for a form", ["jo.bloggs@example.org"]),
        ("Write to Housing.Team+repairs@council.gov.uk.", ["Housing.Team+repairs@council.gov.uk"]),
        # Not email addresses: a fediverse handle, a mention, an @ in prose.
        ("Follow us at @council@mastodon.social", []),
        ("Thanks @jo for the photos", []),
        ("Meet @ 10am in the foyer", []),
    ],
)
def test_email_addresses(text, flagged):
    assert found(emails.check, text) == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Happy 100th to Edna (born 3rd July 1925)!", ["3rd July 1925"]),
        ("Missing: Sam, DOB: 03/07/1985, last seen …", ["03/07/1985"]),
        ("Date of birth 1985-07-03", ["1985-07-03"]),
        ("Her birthday is July 3, 1985", ["July 3, 1985"]),
        # Not dates of birth: dates with nothing about birth.
        ("Bins are collected on 12/05/2025 this week.", []),
        ("The library was born in 1904 out of a gift.", []),
        ("Closed from 24 December 2025 to 2 January 2026", []),
    ],
)
def test_dates_of_birth(text, flagged):
    assert found(dates_of_birth.check, text) == flagged
