"""One place that turns what a person typed into a domain fit for a proxy's list, or says why not."""

import ipaddress

import idna
from django.core.exceptions import ValidationError

from community.public_suffix import extract

MAX_DOMAIN_LENGTH = 253


def _refuse(message: str) -> None:
    raise ValidationError(message, code="invalid_domain")


def normalise_domain(value: str) -> str:
    """Lower-case ASCII (punycode) domain with no scheme, path or wildcard; raises ValidationError.

    A leading "*." or "." is accepted and dropped: every listed domain covers its subdomains.
    """
    text = (value or "").strip()
    if not text:
        _refuse("Enter a domain, like example.com.")
    if "://" in text or any(mark in text for mark in "/?#@:[] \t"):
        _refuse(f"“{text}”: enter the domain only, like example.com, without http://, a path or a port.")
    host = text.lower().rstrip(".")
    if host.startswith("*."):
        host = host[2:]
    elif host.startswith("."):
        host = host[1:]
    if "*" in host:
        _refuse(f"“{text}”: a wildcard may only come first, as in *.example.com.")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        _refuse(f"“{text}” is an IP address. Enter a domain name; the lists hold sites, not addresses.")
    try:
        host = idna.encode(host, uts46=True).decode("ascii")
    except idna.IDNAError:
        _refuse(f"“{text}” is not a valid domain name.")
    if len(host) > MAX_DOMAIN_LENGTH or all(label.isdigit() for label in host.split(".")):
        _refuse(f"“{text}” is not a valid domain name.")
    parts = extract(host)
    if not parts.suffix:
        _refuse(f"“{text}” does not end in a known public suffix, like .com or .org.uk.")
    if not parts.domain:
        _refuse(f"“{text}” is a public suffix that many organisations share. Enter a domain under it.")
    return host


def normalise_domains(text: str) -> list[str]:
    """Domains one per line (or separated by commas): normalised, de-duplicated and sorted.

    All the problems are reported together, one sentence per faulty line.
    """
    found: set[str] = set()
    problems: list[str] = []
    for raw in text.replace(",", "\n").splitlines():
        if not raw.strip():
            continue
        try:
            found.add(normalise_domain(raw))
        except ValidationError as error:
            problems.extend(error.messages)
    if problems:
        raise ValidationError(problems, code="invalid_domain")
    if not found:
        _refuse("Enter at least one domain, like example.com.")
    return sorted(found)
