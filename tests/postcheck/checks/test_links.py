"""Links: blocked and unknown sites from the site lists, shorteners; nothing is ever fetched."""

import socket

import pytest

from community.postcheck.checks import links, shorteners
from community.postcheck.draft import Draft, Severity
from tests.postcheck.checks.helpers import found


def kinds(text: str) -> list[tuple[str, str]]:
    return [(finding.kind, finding.excerpt(text)) for finding in links.check(Draft(text=text, platform="x"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Watch it on https://www.tiktok.com/@council/video/1",
            [("blocked-site", "https://www.tiktok.com/@council/video/1")],
        ),
        ("Or vm.tiktok.com/abc", [("blocked-site", "vm.tiktok.com/abc")]),
        ("On TIKTOK.COM too", [("blocked-site", "TIKTOK.COM")]),
        ("Like us: https://facebook.com/council and https://www.linkedin.com/company/x", []),
        ("Our own site: https://www.example.org/bins and example.org", []),
        ("Read more at https://news.example.net/story", [("unknown-site", "https://news.example.net/story")]),
        ("Not links: version 2.0, e.g. this, 10.5 per cent", []),
        ("An address, not a name: http://192.0.2.1/page", []),
    ],
)
def test_links_against_the_site_lists(site_lists, text, expected):
    assert kinds(text) == expected


def test_a_blocked_site_is_a_problem_and_says_why(site_lists):
    (finding,) = links.check(Draft(text="https://tiktok.com/x", platform="x"))
    assert finding.severity == Severity.PROBLEM
    assert "TikTok" in finding.message and "blocked list" in finding.message


def test_unknown_sites_wait_until_the_lists_exist(db):
    assert kinds("Read more at https://news.example.net/story") == []


def test_shorteners_are_flagged_once_not_also_as_unknown(site_lists):
    text = "See bit.ly/3xYz and https://tinyurl.com/abc, or https://www.example.org/long/page"
    assert found(shorteners.check, text) == ["bit.ly/3xYz", "https://tinyurl.com/abc"]
    assert kinds(text) == []


def test_no_link_is_fetched(site_lists, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a rule tried to open a network connection")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    text = "https://tiktok.com/x bit.ly/abc https://news.example.net/a"
    assert len(links.check(Draft(text=text, platform="x"))) == 2
    assert len(shorteners.check(Draft(text=text, platform="x"))) == 1


def test_one_query_however_many_links(site_lists, django_assert_max_num_queries):
    text = " ".join(f"https://site{number}.example.net/page" for number in range(40)) + " https://tiktok.com/x"
    with django_assert_max_num_queries(2):
        assert len(links.check(Draft(text=text, platform="x"))) == 41
