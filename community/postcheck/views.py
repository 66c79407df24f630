"""One address for the page and the check: a POST from the Check button (no JavaScript) gets the whole page,
one from the script (header `X-Postwise-Fragment: 1`) gets only the report. The same rules run for both.

The draft is never saved and never logged: only counts are written (services.record_check).
"""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone

from community.permissions import permissions
from community.postcheck import selectors, services
from community.postcheck.draft import Draft
from community.postcheck.forms import CheckForm
from community.postcheck.platforms import PLATFORMS
from community.postcheck.risks import FIVE_RISKS
from community.rate_limits import allow

CHECKS_PER_MINUTE = 60  # the script waits for a pause in typing, so this is generous
RATE_LIMITED = "You have checked a lot of drafts in the last minute. Wait a minute, then check again."


def _utf16(text: str, index: int | None) -> int | None:
    """A position as the browser's text box counts it (UTF-16 code units), for the links into the draft."""
    return None if index is None else len(text[:index].encode("utf-16-le")) // 2


def _items(report, text: str) -> list[dict]:
    return [
        {
            "finding": finding,
            "number": number,
            "start": _utf16(text, finding.start),
            "end": _utf16(text, finding.end),
        }
        for number, finding in enumerate(report.findings, start=1)
    ]


def _initial(request, accounts) -> dict:
    initial = {}
    if request.GET.get("platform") in PLATFORMS:
        initial["platform"] = request.GET["platform"]
    account = next((account for account in accounts if str(account.pk) == request.GET.get("account")), None)
    if account is not None:
        initial["account"] = account.pk
        if account.platform in PLATFORMS:
            initial["platform"] = account.platform
    return initial


@login_required
def check(request):
    permissions.check(request.user, "postcheck.use")
    accounts = selectors.accounts_for(member=request.user)
    fragment = request.headers.get("X-Postwise-Fragment") == "1"
    context = {"report": None, "items": [], "status": 200, "account": None}
    if request.method == "POST":
        form = CheckForm(request.POST, accounts=accounts)
        if not allow(
            request, scope="postcheck", limit=CHECKS_PER_MINUTE, window_seconds=60, who=f"member-{request.user.pk}"
        ):
            form.is_valid()
            form.add_error(None, RATE_LIMITED)
            context["status"] = 429
        elif form.is_valid():
            text = form.cleaned_data["text"]
            report = selectors.report_for(draft=Draft(text=text, platform=form.cleaned_data["platform"]))
            context.update(report=report, items=_items(report, text), account=form.cleaned_data["official_account"])
            if not request.POST.get("live"):  # Typing is not a check: only the Check button is counted.
                services.record_check(findings=report.findings, day=timezone.localdate())
    else:
        form = CheckForm(initial=_initial(request, accounts), accounts=accounts)
    context["form"] = form
    if fragment:
        return render(request, "postcheck/report.html", context, status=context["status"])
    context.update(risks=FIVE_RISKS, risks_lesson_url=selectors.risks_lesson_url(), platforms=PLATFORMS.values())
    return render(request, "postcheck/check.html", context, status=context["status"])
