"""The npm `oidc-provider` package, run on 127.0.0.1 as a real OpenID Connect provider for tests."""

import json
import shutil
import socket
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlparse

import requests
from django.conf import settings

HERE = Path(__file__).parent
CLIENT_ID = "postwise-test"
CLIENT_SECRET = "postwise-test-secret"
PROVIDER_ID = "organisation"
CALLBACK = f"/accounts/oidc/{PROVIDER_ID}/login/callback/"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class OidcProvider:
    def __init__(self, issuer: str):
        self.issuer = issuer

    def set_users(self, users: dict, *, default_user: str | None = None) -> None:
        """Replace the provider's users: {sub: claims}. The default user is signed in without a hint."""
        response = requests.post(
            f"{self.issuer}/__test__/users",
            data=json.dumps({"users": users, "default_user": default_user or next(iter(users))}),
            timeout=10,
        )
        response.raise_for_status()

    def app_settings(self, *, email_trusted: bool = True, server_url: str | None = None) -> dict:
        return {
            "openid_connect": {
                "APPS": [
                    {
                        "provider_id": PROVIDER_ID,
                        "name": "Organisation sign-in",
                        "client_id": CLIENT_ID,
                        "secret": CLIENT_SECRET,
                        "settings": {"server_url": server_url or self.issuer, "email_trusted": email_trusted},
                    }
                ]
            }
        }


@contextmanager
def running_oidc_provider(site_urls: list[str]):
    """Start the provider for Postwise served at each of `site_urls`; yields an OidcProvider."""
    port = free_port()
    config = {
        "port": port,
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "redirect_uris": [urljoin(url, CALLBACK) for url in site_urls],
        "post_logout_redirect_uris": [urljoin(url, "/") for url in site_urls],
        "users": {},
        "default_user": None,
    }
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as file:
        json.dump(config, file)
    node_modules = Path(settings.BASE_DIR) / "node_modules"
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("Node.js is needed for the single sign-on tests (npm ci installs oidc-provider)")
    process = subprocess.Popen(  # noqa: S603 - our own script and a temporary file we wrote
        [node, str(HERE / "oidc_provider.mjs"), file.name],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={"NODE_PATH": str(node_modules), "PATH": str(Path(node).parent)},
        cwd=str(settings.BASE_DIR),
    )
    try:
        line = process.stdout.readline()
        if not line.startswith("READY "):
            process.kill()
            raise RuntimeError(f"oidc-provider did not start: {line}{process.stderr.read()}")
        yield OidcProvider(line.split()[1])
    finally:
        process.terminate()
        process.wait(timeout=10)
        Path(file.name).unlink(missing_ok=True)


def sign_in_with_client(client, *, path: str = f"/accounts/oidc/{PROVIDER_ID}/login/", follow: bool = True):
    """The whole authorisation-code dance with Django's test client on one side and a real HTTP
    session on the provider's side. Returns the response to the callback."""
    response = client.post(path)
    assert response.status_code == 302, (response.status_code, response.content[:500])
    location = response["Location"]
    browser = requests.Session()
    while not location.startswith("http://testserver"):
        hop = browser.get(location, allow_redirects=False, timeout=10)
        assert hop.status_code in (302, 303), (hop.status_code, hop.text[:500])
        location = urljoin(location, hop.headers["Location"])
    callback = urlparse(location)
    query = {key: values[0] for key, values in parse_qs(callback.query).items()}
    return client.get(callback.path, query, follow=follow)
