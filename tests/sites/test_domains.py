import pytest
from django.core.exceptions import ValidationError

from community.public_suffix import extract
from community.sites.domains import normalise_domain, normalise_domains


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Facebook.COM", "facebook.com"),
        ("  www.bbc.co.uk. ", "www.bbc.co.uk"),
        ("*.tiktok.com", "tiktok.com"),
        (".reddit.com", "reddit.com"),
        ("bücher.de", "xn--bcher-kva.de"),
        ("пример.рф", "xn--e1afmkfd.xn--p1ai"),
    ],
)
def test_domains_are_normalised(typed, stored):
    assert normalise_domain(typed) == stored


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("https://facebook.com/page", "without http://"),
        ("facebook.com:443", "without http://"),
        ("192.168.0.1", "IP address"),
        ("::1", "without http://"),
        ("face*.com", "wildcard may only come first"),
        ("www.*.example.com", "wildcard may only come first"),
        ("co.uk", "public suffix"),
        ("intranet.notarealtld", "known public suffix"),
        ("exa mple.com", "without http://"),
        ("-bad-.com", "not a valid domain"),
        ("", "Enter a domain"),
    ],
)
def test_bad_domains_are_refused_with_a_reason(typed, says):
    with pytest.raises(ValidationError) as refused:
        normalise_domain(typed)
    assert says in " ".join(refused.value.messages)


def test_a_list_reports_every_bad_line_and_sorts_the_good():
    assert normalise_domains("b.com\nA.com, a.com\n\n") == ["a.com", "b.com"]
    with pytest.raises(ValidationError) as refused:
        normalise_domains("good.com\n10.0.0.1\nx*.com")
    assert len(refused.value.messages) == 2


def test_the_public_suffix_list_is_never_fetched(monkeypatch):
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("tried to reach the network")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    # The project's one extractor, as the site lists and the register use it.
    assert extract("a.example.co.uk").suffix == "co.uk"
    assert normalise_domain("www.example.co.uk") == "www.example.co.uk"
