"""The load test's virtual member, run by tests/bench/load.py (`locust --headless`), one page per run.

Environment: BENCH_PATH (the address), BENCH_KIND ("get", or "quiz_start" / "quiz_submit" for the quiz's
two POSTs), and the session to use: BENCH_SESSION and BENCH_CSRF, the cookies tests/bench/load.py got by
signing in once per member through the login form (every virtual member of a run shares them: a login per
virtual member per run would spend the run hashing passwords). Without BENCH_SESSION, BENCH_EMAIL signs
in here. Only the measured request is named "page"; signing in and the steps before a POST are "setup".
"""

import itertools
import os
import re
import urllib.parse

from locust import HttpUser, constant, task

PASSWORD = "postwise-demo"  # noqa: S105 - the published demo password (community/demo_accounts.py)
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
RADIO = re.compile(r'<input[^>]+type="(?:radio|checkbox)"[^>]*>')
NAME = re.compile(r'name="([^"]+)"')
VALUE = re.compile(r'value="([^"]*)"')
_addresses = itertools.count(1)


class Member(HttpUser):
    wait_time = constant(0)

    def on_start(self) -> None:
        # Each virtual member has its own address (gunicorn trusts one proxy in the bench), so the login
        # rate limit (per address) sees what real members would.
        number = next(_addresses)
        self.client.headers["X-Forwarded-For"] = f"10.{os.getpid() % 200}.{number // 250}.{number % 250 + 1}"
        self.path = os.environ["BENCH_PATH"]
        self.kind = os.environ.get("BENCH_KIND", "get")
        email = os.environ.get("BENCH_EMAIL", "")
        if os.environ.get("BENCH_SESSION"):
            # The server's own domain and path, so that a cookie the server sets replaces these (two
            # "csrftoken" cookies would make the jar refuse to answer).
            where = {"domain": urllib.parse.urlsplit(self.host).hostname, "path": "/"}
            self.client.cookies.set("sessionid", os.environ["BENCH_SESSION"], **where)
            self.client.cookies.set("csrftoken", os.environ.get("BENCH_CSRF", ""), **where)
        elif email:
            login = self.client.get("/accounts/login/", name="setup")
            token = CSRF_FIELD.search(login.text).group(1)
            response = self.client.post(
                "/accounts/login/",
                data={"login": email, "password": PASSWORD, "csrfmiddlewaretoken": token},
                headers={"Referer": f"{self.host}/accounts/login/"},
                name="setup",
            )
            if "/accounts/login/" in response.url:
                raise RuntimeError(f"could not sign in as {email}")

    # A first licence of an approval type asks for these when the quiz starts (ignored otherwise).
    APPLICATION = {"business_reason": "Bench: posting service alerts", "line_manager": "Bench Manager"}

    def _csrf(self) -> dict:
        return {"X-CSRFToken": self.client.cookies.get("csrftoken", ""), "Referer": f"{self.host}{self.path}"}

    @task
    def page(self) -> None:
        if self.kind == "get":
            self.client.get(self.path, name="page")
        elif self.kind == "quiz_start":
            self.client.post(self.path, data=self.APPLICATION, headers=self._csrf(), name="page")
        elif self.kind == "quiz_submit":
            attempt = self.client.post(self.path, data=self.APPLICATION, headers=self._csrf(), name="setup")
            answers: dict[str, str] = {}
            for tag in RADIO.findall(attempt.text):
                name, value = NAME.search(tag), VALUE.search(tag)
                if name and value:
                    answers.setdefault(name.group(1), value.group(1))
            self.client.post(attempt.url, data={**answers, "submit": "1"}, headers=self._csrf(), name="page")
