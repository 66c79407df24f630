"""A real SAML 2.0 identity provider for the tests: pysaml2 signing with xmlsec1, served on 127.0.0.1.

`SamlIdp` runs a small WSGI app in a thread, on a free port, with a key and self-signed certificate
made when it starts (no key is committed). It has:
- `/metadata`: its IdP metadata (entity id, SSO endpoint, signing certificate);
- `/sso` (HTTP-Redirect binding): takes the SP's AuthnRequest and shows a sign-in form;
- `/sso/login` (POST `ticket`, `username`): answers with a signed Response for that user, in a form
  that posts it to the SP's ACS (HTTP-POST binding), with a Continue button (no JavaScript).

A test sets `idp.users[username] = IdpUser(name_id=..., attributes={...})`, and may set
`idp.sign_alg`/`idp.digest_alg` (e.g. to SHA-1). Before the first sign-in the IdP is told the SP's
metadata with `trust_sp(xml)`, as an IdP administrator would upload it.
"""

import datetime
import html
import re
import secrets
import shutil
import socket
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from saml2 import BINDING_HTTP_POST, BINDING_HTTP_REDIRECT
from saml2.attribute_converter import AttributeConverter
from saml2.config import IdPConfig
from saml2.metadata import create_metadata_string
from saml2.saml import NAME_FORMAT_URI, NAMEID_FORMAT_PERSISTENT, NameID
from saml2.server import Server
from saml2.xmldsig import DIGEST_SHA256, SIG_RSA_SHA256


@dataclass
class IdpUser:
    name_id: str
    attributes: dict[str, list[str]] = field(default_factory=dict)
    name_id_format: str = NAMEID_FORMAT_PERSISTENT


def make_key_and_certificate(directory: Path, common_name: str) -> tuple[Path, Path]:
    """A throwaway RSA key and self-signed certificate, valid for a day."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    key_path = directory / "idp.key"
    cert_path = directory / "idp.crt"
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
        )
    )
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return key_path, cert_path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's name
        pass


class ThreadedWSGIServer(WSGIServer):
    daemon_threads = True


def verbatim_attribute_names() -> AttributeConverter:
    """Send each attribute under exactly the name the test gives (an URN, a claim URI or "mail")."""
    converter = AttributeConverter(NAME_FORMAT_URI)
    converter.from_dict({"identifier": NAME_FORMAT_URI, "fro": {}, "to": {}})
    return converter


class SamlIdp:
    def __init__(self) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.entity_id = f"{self.base_url}/metadata"
        self.users: dict[str, IdpUser] = {}
        self.sign_alg = SIG_RSA_SHA256
        self.digest_alg = DIGEST_SHA256
        self.pending: dict[str, dict] = {}
        self.directory = Path(tempfile.mkdtemp(prefix="saml-idp-"))
        key_path, cert_path = make_key_and_certificate(self.directory, "Postwise test IdP")
        self.config = IdPConfig()
        self.config.load(
            {
                "entityid": self.entity_id,
                "xmlsec_binary": shutil.which("xmlsec1"),
                "key_file": str(key_path),
                "cert_file": str(cert_path),
                "service": {
                    "idp": {
                        "endpoints": {"single_sign_on_service": [(f"{self.base_url}/sso", BINDING_HTTP_REDIRECT)]},
                        "name_id_format": [NAMEID_FORMAT_PERSISTENT],
                        "policy": {"default": {"lifetime": {"minutes": 5}, "name_form": NAME_FORMAT_URI}},
                    }
                },
                "metadata": {},
            }
        )
        self.config.attribute_converters = [verbatim_attribute_names()]
        self.server = Server(config=self.config)
        self.httpd = make_server(
            "127.0.0.1", self.port, self.wsgi, server_class=ThreadedWSGIServer, handler_class=QuietHandler
        )
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    # ---- lifecycle ----

    def start(self) -> "SamlIdp":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()
        shutil.rmtree(self.directory, ignore_errors=True)

    @property
    def metadata_url(self) -> str:
        return f"{self.base_url}/metadata"

    def trust_sp(self, metadata_xml: str) -> None:
        self.server.metadata.load("inline", metadata_xml)

    def metadata_xml(self) -> str:
        return create_metadata_string(None, config=self.config, sign=False).decode()

    # ---- the web app ----

    def wsgi(self, environ, start_response):
        path = environ["PATH_INFO"]
        method = environ["REQUEST_METHOD"]
        if path == "/metadata" and method == "GET":
            return self.respond(start_response, "200 OK", self.metadata_xml(), "application/samlmetadata+xml")
        if path == "/sso" and method == "GET":
            query = {key: values[0] for key, values in parse_qs(environ.get("QUERY_STRING", "")).items()}
            return self.ask_who(start_response, query)
        if path == "/sso/login" and method == "POST":
            length = int(environ.get("CONTENT_LENGTH") or 0)
            form = {key: values[0] for key, values in parse_qs(environ["wsgi.input"].read(length).decode()).items()}
            return self.answer(start_response, form)
        return self.respond(start_response, "404 Not Found", "Not found", "text/plain")

    def respond(self, start_response, status: str, body: str, content_type: str = "text/html; charset=utf-8"):
        data = body.encode()
        start_response(status, [("Content-Type", content_type), ("Content-Length", str(len(data)))])
        return [data]

    def ask_who(self, start_response, query: dict):
        request = self.server.parse_authn_request(query["SAMLRequest"], BINDING_HTTP_REDIRECT).message
        ticket = secrets.token_urlsafe(16)
        self.pending[ticket] = {
            "id": request.id,
            "acs": request.assertion_consumer_service_url,
            "sp": request.issuer.text,
            "relay_state": query.get("RelayState", ""),
            "name_id_format": request.name_id_policy.format if request.name_id_policy else None,
        }
        page = f"""<!doctype html><html lang="en"><head><title>Test IdP: sign in</title></head><body><main>
<h1>Test identity provider</h1>
<form method="post" action="/sso/login">
<input type="hidden" name="ticket" value="{ticket}">
<label for="username">Username</label> <input id="username" name="username" autocomplete="off">
<button type="submit">Sign in to the IdP</button>
</form></main></body></html>"""
        return self.respond(start_response, "200 OK", page)

    def answer(self, start_response, form: dict):
        pending = self.pending.pop(form.get("ticket", ""), None)
        user = self.users.get(form.get("username", ""))
        if pending is None or user is None:
            return self.respond(start_response, "403 Forbidden", "Unknown ticket or user", "text/plain")
        response = self.server.create_authn_response(
            identity=user.attributes,
            in_response_to=pending["id"],
            destination=pending["acs"],
            sp_entity_id=pending["sp"],
            name_id=NameID(
                text=user.name_id,
                format=user.name_id_format,
                sp_name_qualifier=pending["sp"],
                name_qualifier=self.entity_id,
            ),
            authn={"class_ref": "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"},
            sign_response=True,
            sign_assertion=True,
            sign_alg=self.sign_alg,
            digest_alg=self.digest_alg,
        )
        http_args = self.server.apply_binding(
            BINDING_HTTP_POST, str(response), pending["acs"], pending["relay_state"], response=True
        )
        saml_response = re.search(r'name="SAMLResponse" value="([^"]+)"', http_args["data"]).group(1)
        page = f"""<!doctype html><html lang="en"><head><title>Test IdP: continue</title></head><body><main>
<h1>Signed in at the test identity provider</h1>
<form method="post" action="{html.escape(pending["acs"])}">
<input type="hidden" name="SAMLResponse" value="{saml_response}">
<input type="hidden" name="RelayState" value="{html.escape(pending["relay_state"])}">
<button type="submit">Continue to the service</button>
</form></main></body></html>"""
        return self.respond(start_response, "200 OK", page)

    # ---- for test-client journeys: the user's part at the IdP, over HTTP ----

    def sign_in(self, redirect_url: str, username: str) -> tuple[str, dict]:
        """Follow the SP's redirect, sign in as `username`; return the ACS URL and the form to post there."""
        with requests.Session() as browser:
            login_page = browser.get(redirect_url, timeout=10)
            login_page.raise_for_status()
            ticket = re.search(r'name="ticket" value="([^"]+)"', login_page.text).group(1)
            answer = browser.post(
                f"{self.base_url}/sso/login", data={"ticket": ticket, "username": username}, timeout=10
            )
            answer.raise_for_status()
        action = html.unescape(re.search(r'<form method="post" action="([^"]+)"', answer.text).group(1))
        fields = {
            name: html.unescape(value)
            for name, value in re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', answer.text)
        }
        return action, fields
