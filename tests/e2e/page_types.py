"""Every page type a member can see, and the tour that checks each one with axe-core and the keyboard.

`PAGE_TYPES` maps a page type to the template that renders it. `tests/e2e/test_page_types.py` visits each
one (test_every_full_page_template_is_a_listed_page_type keeps the list complete), and
tests/e2e/README.md shows which test checks which page type.

A `PageTypeTour` is one journey through several page types. At each, `check()`:
- confirms the page is the one meant (its main heading);
- runs axe-core through the `assert_accessible` fixture (WCAG 2.0–2.2 A and AA, serious and critical);
- presses Tab a few times from where the page leaves the focus, then a few times from the start of
  `<main>`, and needs a visible focus indicator at every stop (see tests/e2e/focus.py: a focus style of
  the site's own that the focus changes, not the browser's default ring); at the tour's first page it
  first tabs through the whole header and navigation;
- checks the layout (tests/e2e/layout.py): the navigation on one row and tags on one line at the desktop
  width, and at 390 px and 320 px no sideways scrolling (`scrollWidth <= innerWidth`) and tags on one line.
- the checks of tests/e2e/semantics.py (issue 16): everything inside a landmark (axe's `region` rule), the
  visible words of each link and button in its accessible name, headings without tags or repeated words, an
  error state's title starting "Error: ", and allauth's titles and headings in sentence case;
- keeps the page's HTML: `finish()` runs the Nu HTML Checker (tests/e2e/html_validity.py) once over all of
  them.
`check_error_state()` also needs an error summary whose first link points at a field that the error
message describes, and that clicking the link moves the focus to that field.
Problems are collected, so one defect does not hide the next; `finish()` fails with all of them.
"""

import os
import re
import warnings
from dataclasses import dataclass

import pytest
from playwright.sync_api import expect

from tests.e2e.browser_availability import AXE_PATH, running_in_ci
from tests.e2e.focus import focus_problems, focused
from tests.e2e.html_validity import checker_unavailable, nu_problems
from tests.e2e.layout import layout_problems
from tests.e2e.semantics import (
    heading_problems,
    label_in_name_problems,
    landmark_problems,
    title_case_problems,
    title_problems,
)

TAB_PRESSES = 3
HEADER_PRESSES = 20


@dataclass(frozen=True)
class PageType:
    template: str
    description: str


PAGE_TYPES: dict[str, PageType] = {
    # Home
    "Home page (signed out)": PageType("home/home_page.html", "the start page, with sign-in links"),
    "Home page (signed in)": PageType(
        "home/home_page.html",
        "what is happening and what is next: the next step, topics, statements, workshops, the hub",
    ),
    "Home page (role holder)": PageType("home/home_page.html", "the same, with a champion's queue first"),
    "Standard page": PageType("home/standard_page.html", "a page of StreamField content"),
    "My path": PageType("home/my_path.html", "level, progress and next steps"),
    "My access": PageType("sites/my_access.html", "the sites a level reaches, and the way to the others"),
    "Social hub": PageType("hub/hub.html", "the official accounts' posts, with filters and older pages"),
    "Check a post": PageType("postcheck/check.html", "the draft form, the five risks and the length limits"),
    "Check a post (report)": PageType(
        "postcheck/check.html", "findings announced as you type, each linked to its place"
    ),
    "Search (form)": PageType("search/search.html", "the search form before searching"),
    "Search (results)": PageType("search/search.html", "results for a query"),
    "Search (no results)": PageType("search/search.html", "a query that matches nothing"),
    "403 page": PageType("403.html", "a page the member's level or role does not include"),
    "Admin refused": PageType("community/admin_refused.html", "the admin opened by a member without a role"),
    "404 page": PageType("404.html", "an address with no page"),
    "500 page": PageType("500.html", "the stand-alone server error page"),
    "503 page": PageType("503.html", "the stand-alone page while the database is down"),
    "Accessibility statement": PageType("home/accessibility.html", "how accessible the site is, how it is tested"),
    # Courses and guidelines
    "Courses index": PageType("courses/course_index_page.html", "every course with its status"),
    "Course (required, in progress)": PageType("courses/course_page.html", "progress and the lesson list"),
    "Course (optional, not joined)": PageType("courses/course_page.html", "the Join this course button"),
    "Lesson": PageType("courses/lesson_page.html", "every content block, mark complete, previous/next"),
    "Action refused": PageType("courses/action_refused.html", "marking a lesson of a course not joined"),
    "Guidelines index": PageType("courses/guideline_index_page.html", "each guideline and its status"),
    "Guideline": PageType("courses/guideline_page.html", "the guideline and the acknowledge button"),
    # Quizzes and licences
    "Quiz": PageType("quizzes/quiz_page.html", "rules and the Start button"),
    "Quiz attempt": PageType("quizzes/attempt.html", "the questions as radios and checkboxes"),
    "Quiz attempt (error)": PageType("quizzes/attempt.html", "submitted without answers"),
    "Quiz review": PageType(
        "quizzes/review.html", "score, the next step after a fail, or right answers and explanations after a pass"
    ),
    "Quiz time adjustments": PageType("quizzes/time_adjustments.html", "a champion's form, adjustments and record"),
    "Quiz time adjustments (error)": PageType("quizzes/time_adjustments.html", "extra time without the minutes"),
    "Certificate": PageType("licences/certificate.html", "the printable certificate with its QR code"),
    "Licence check (form)": PageType("licences/verify_start.html", "type in a code"),
    "Licence check (form, error)": PageType("licences/verify_start.html", "a code in the wrong format"),
    "Licence check (found)": PageType("licences/verify.html", "holder, licence and valid today"),
    "Licence check (not found)": PageType("licences/verify_not_found.html", "no licence has the code"),
    "Licence check (too many)": PageType("licences/verify_rate_limited.html", "the rate limit page"),
    # Forum
    "Forum index": PageType("forum/index.html", "categories and latest topics"),
    "Forum category": PageType("forum/category.html", "a category's topics"),
    "Forum topic": PageType("forum/topic.html", "posts and the reply form"),
    "Forum topic (reply error)": PageType("forum/topic.html", "an empty reply"),
    "Forum topic (moderator)": PageType("forum/topic.html", "with the moderation controls open"),
    "Forum new topic": PageType("forum/new_topic.html", "the compose form"),
    "Forum new topic (error)": PageType("forum/new_topic.html", "posted without a title or text"),
    "Forum new topic (preview)": PageType("forum/new_topic.html", "the rendered Markdown preview"),
    "Forum edit post": PageType("forum/edit_post.html", "the edit form"),
    "Forum edit post (error)": PageType("forum/edit_post.html", "saved with no text"),
    "Forum edit history": PageType("forum/history.html", "the earlier versions of a post"),
    "Forum flag": PageType("forum/flag.html", "flag a post for a moderator"),
    "Forum flag (error)": PageType("forum/flag.html", "sent without a reason"),
    "Forum moderation queue and log": PageType("forum/moderation.html", "flags, approvals and the log"),
    "Forum move topic": PageType("forum/moderate_form.html", "choose another category"),
    "Forum merge topic (error)": PageType("forum/moderate_form.html", "merge into a topic that does not exist"),
    # Notifications
    # Measures
    "Measures": PageType("measures/dashboard.html", "charts, tables and CSV links for every measure"),
    "Measures (filter error)": PageType("measures/dashboard.html", "a start date after the end date"),
    "Notifications": PageType("notifications/list.html", "notifications with open buttons"),
    "Email preferences": PageType("notifications/preferences.html", "how often to email"),
    "Unsubscribe (ask)": PageType("notifications/unsubscribe.html", "the signed link's confirm button"),
    "Unsubscribe (done)": PageType("notifications/unsubscribe.html", "after confirming"),
    "Unsubscribe (invalid link)": PageType("notifications/unsubscribe.html", "a broken link"),
    # Best practice
    "Best practice library": PageType("bestpractice/library.html", "statements with theme filters"),
    "Best practice statement": PageType("bestpractice/detail.html", "a statement and its forum threads"),
    "Promote to best practice": PageType("bestpractice/promote.html", "the form, pre-filled from a post as plain text"),
    "Promote to best practice (error)": PageType("bestpractice/promote.html", "a title left empty"),
    "Best practice statement (draft)": PageType("bestpractice/detail.html", "a saved draft, with its Publish button"),
    "Best practice statement (just published)": PageType("bestpractice/detail.html", "after Publish, with message"),
    # Official accounts
    "Official accounts": PageType("registers/directory.html", "the directory of active accounts, with filters"),
    "Official account": PageType(
        "registers/account.html", "an account, its managers and, for coordinators, its history"
    ),
    "Account applications": PageType("registers/applications.html", "the member's applications and the queue"),
    "Apply for an account": PageType("registers/application_form.html", "the business case form"),
    "Apply for an account (error)": PageType("registers/application_form.html", "submitted without a business case"),
    "Account application": PageType("registers/application.html", "the business case and the decision form"),
    "Account application (decision error)": PageType("registers/application.html", "a decision without reasons"),
    # Members
    "Members": PageType("members/directory.html", "the directory, searchable by name and department"),
    "Member profile": PageType("members/profile.html", "a member's level, roles, licence and contributions"),
    "Privacy notice": PageType("privacy/notice.html", "what is held about members, why and for how long"),
    "Members' personal data": PageType("privacy/members.html", "the data protection officer finds a member"),
    "A member's personal data": PageType(
        "privacy/member.html", "one member's exports, closing the account and anonymising"
    ),
    "Question preview": PageType("quizzes/question_preview.html", "a question as a member sees it, then its review"),
    "Your photo": PageType("members/photo.html", "upload or remove the member's own photo"),
    "Your photo (error)": PageType("members/photo.html", "sent without a file"),
    # Workshops
    "Workshops": PageType("workshops/list.html", "open and closed workshops"),
    "Workshop (open)": PageType("workshops/detail.html", "place statements and add one"),
    "Workshop (open, statement error)": PageType("workshops/detail.html", "an empty statement"),
    "Workshop (closed)": PageType("workshops/detail.html", "the statements, read only"),
    "Workshop results": PageType("workshops/results.html", "the spread of each statement"),
    "Open a workshop": PageType("workshops/new.html", "the champion's form"),
    "Open a workshop (error)": PageType("workshops/new.html", "sent without a question"),
    "Workshop live (projector)": PageType("workshops/live.html", "QR code, join link, reveal switch, polled results"),
    # Official accounts: incidents, monthly measures, the sponsor report
    "Incidents (all)": PageType("incidents/all.html", "every incident the viewer may see"),
    "Account incidents": PageType("incidents/account.html", "one account's incidents and the Report button"),
    "Report an incident": PageType("incidents/report.html", "what, when, link, risk and severity"),
    "Report an incident (error)": PageType("incidents/report.html", "sent without a summary or risk"),
    "Incident (open)": PageType("incidents/detail.html", "the recovery checklist with Record as done"),
    "Incident (closed)": PageType("incidents/detail.html", "the steps taken and the lesson learned"),
    "Monthly measures": PageType("account_metrics/measures.html", "trend charts with data tables, the months"),
    "Record a month": PageType("account_metrics/record.html", "one month's measures"),
    "Record a month (error)": PageType("account_metrics/record.html", "a future month and a negative number"),
    "Import measures": PageType("account_metrics/import.html", "the CSV upload and its columns"),
    "Import measures (error)": PageType("account_metrics/import.html", "a bad file's problems, line by line"),
    "Sponsor report": PageType("account_metrics/report.html", "the printable report with its period form"),
    # Accounts (allauth, through templates/allauth/layouts/)
    "Sign in": PageType("account/login.html", "email and password"),
    "Sign in (error)": PageType("account/login.html", "sent empty"),
    "Create an account": PageType("account/signup.html", "email and password twice"),
    "Create an account (error)": PageType("account/signup.html", "passwords that do not match"),
    "Verify your email (sent)": PageType("account/verification_sent.html", "after signing up"),
    "Confirm email address": PageType("account/email_confirm.html", "the link from the email"),
    "Reset password": PageType("account/password_reset.html", "ask for a reset link"),
    "Reset password (error)": PageType("account/password_reset.html", "an address that is not an email"),
    "Reset password (sent)": PageType("account/password_reset_done.html", "check your email"),
    "Reset password (new password)": PageType("account/password_reset_from_key.html", "choose a new password"),
    "Reset password (new password, error)": PageType(
        "account/password_reset_from_key.html", "new passwords that do not match"
    ),
    "Reset password (bad link)": PageType("account/password_reset_from_key.html", "a link already used"),
    "Reset password (done)": PageType("account/password_reset_from_key_done.html", "password changed"),
    "Account inactive": PageType("account/account_inactive.html", "an account that is switched off"),
    "Your account": PageType("home/account.html", "details form, level, licences, preferences, security links"),
    "Your account (error)": PageType("home/account.html", "the details form sent without a first name"),
    "Email addresses": PageType("account/email.html", "the member's addresses and the add form"),
    "Email addresses (error)": PageType("account/email.html", "adding an address that is not an email"),
    "Change password": PageType("account/password_change.html", "current and new password"),
    "Change password (error)": PageType("account/password_change.html", "a wrong current password"),
    "Confirm your password": PageType("account/reauthenticate.html", "before a sensitive change"),
    "Sign out (confirm)": PageType("account/logout.html", "the sign-out button without JavaScript"),
    "Single sign-on connections": PageType("socialaccount/connections.html", "SSO accounts connected"),
    "Single sign-on cancelled": PageType("socialaccount/login_cancelled.html", "SSO sign-in cancelled"),
    "Single sign-on error": PageType("socialaccount/authentication_error.html", "SSO sign-in failed"),
    "Single sign-on (continue)": PageType("socialaccount/login.html", "the step before going to the provider"),
    "Single sign-on refused (domain)": PageType(
        "socialaccount/domain_refused.html", "an address outside the organisation"
    ),
    "Single sign-on not linked": PageType(
        "socialaccount/not_linked.html", "an unverified email that a member already uses"
    ),
    "Single sign-on unavailable": PageType("socialaccount/unavailable.html", "the identity provider cannot be reached"),
    "Two-factor authentication": PageType("mfa/index.html", "TOTP and recovery codes overview"),
    "Activate TOTP": PageType("mfa/totp/activate_form.html", "QR code, secret and code field"),
    "Activate TOTP (error)": PageType("mfa/totp/activate_form.html", "a wrong code"),
    "Recovery codes": PageType("mfa/recovery_codes/index.html", "the unused codes"),
    "Generate recovery codes": PageType("mfa/recovery_codes/generate.html", "replace the codes"),
    "Deactivate TOTP": PageType("mfa/totp/deactivate_form.html", "turn TOTP off"),
    "Confirm with a code": PageType("mfa/reauthenticate.html", "reauthentication for a member with TOTP"),
    "Two-factor sign in": PageType("mfa/authenticate.html", "the code after the password"),
    "Two-factor sign in (error)": PageType("mfa/authenticate.html", "a wrong code"),
}


def full_page_templates(template_dir) -> set[str]:
    """Templates under templates/ that render a whole page: they extend base.html or an allauth layout, directly
    or through a frame (a template that others extend, such as page_frame.html, which is not a page itself)."""
    extends = re.compile(r"""{%\s*extends\s+["']([^"']+)["']""")
    parents = {}
    for path in template_dir.rglob("*.html"):
        name = path.relative_to(template_dir).as_posix()
        if not name.startswith("allauth/") and (match := extends.search(path.read_text())):
            parents[name] = match.group(1)

    def reaches_a_layout(name: str) -> bool:
        seen = set()
        while name in parents and name not in seen:
            seen.add(name)
            name = parents[name]
            if name == "base.html" or re.fullmatch(r"allauth/layouts/[a-z_]+\.html", name):
                return True
        return False

    frames = set(parents.values())
    return {name for name in parents if name not in frames and reaches_a_layout(name)}


FIRST_ERROR_TARGET = """
() => {
  const link = document.querySelector(".govuk-error-summary a[href^='#']");
  if (!link) return {problem: "the error summary has no link to a field"};
  const id = decodeURIComponent(link.getAttribute("href").slice(1));
  const field = document.getElementById(id);
  if (!field) return {problem: `the error summary links to #${id}, which is not on the page`};
  const holders = [field, field.closest("fieldset")].filter(Boolean);
  const described = holders.flatMap((el) => (el.getAttribute("aria-describedby") || "").split(/\\s+/));
  const message = described.map((ref) => document.getElementById(ref)).find(
    (el) => el && el.classList.contains("govuk-error-message"));
  if (!message) return {problem: `#${id} is not described by an error message`};
  return {id: id, message: message.innerText.trim(), link: link.innerText.trim()};
}
"""


class PageTypeTour:
    def __init__(self, page, assert_accessible, *, covers: set[str]):
        unknown = covers - PAGE_TYPES.keys()
        assert not unknown, f"Not in PAGE_TYPES: {sorted(unknown)}"
        self.page = page
        self.assert_accessible = assert_accessible
        self.covers = covers
        self.checked: list[str] = []
        self.problems: dict[str, list[str]] = {}
        self.html: dict[str, str] = {}

    def check(self, page_type: str, *, heading: str | re.Pattern) -> None:
        assert page_type in self.covers, f"{page_type!r} is not in this tour's list"
        assert page_type not in self.checked, f"{page_type!r} is checked twice"
        expect(self.page.get_by_role("heading", level=1)).to_contain_text(heading)
        problems = []
        try:
            self.assert_accessible(self.page)
        except pytest.fail.Exception as failure:
            problems.append(str(failure))
        problems += self._semantic_problems(page_type)
        self.html[page_type] = self.page.content()
        problems += self._keyboard_problems()
        problems += layout_problems(self.page)
        self.checked.append(page_type)
        if problems:
            self.problems[page_type] = problems

    def check_error_state(self, page_type: str, *, heading: str | re.Pattern, error: str | re.Pattern) -> None:
        """The error summary links to its field, the field's error message describes it, and the link works."""
        expect(self.page.locator(".govuk-error-summary")).to_contain_text(error)
        self.check(page_type, heading=heading)
        target = self.page.evaluate(FIRST_ERROR_TARGET)
        if "problem" in target:
            self.problems.setdefault(page_type, []).append(target["problem"])
            return
        self.page.locator(".govuk-error-summary").get_by_role("link", name=target["link"]).first.click()
        now = focused(self.page)
        if now is None or now["id"] != target["id"]:
            self.problems.setdefault(page_type, []).append(
                f"following the error summary link left the focus on {now} instead of #{target['id']}"
            )

    def check_layout(self, page_type: str, *, state: str) -> None:
        """The layout checks alone, for another state of a page type already checked (e.g. a longer table)."""
        assert page_type in self.checked, f"check {page_type!r} itself first"
        problems = layout_problems(self.page)
        if problems:
            self.problems.setdefault(page_type, []).extend(f"({state}) {problem}" for problem in problems)

    def _semantic_problems(self, page_type: str) -> list[str]:
        problems = landmark_problems(self.page, axe_script=AXE_PATH)
        problems += label_in_name_problems(self.page) + heading_problems(self.page) + title_problems(self.page)
        if PAGE_TYPES[page_type].template.startswith(("account/", "mfa/")):
            # allauth's own words: "Sign in", not "Sign In". The service's and organisation's names may have capitals.
            title, *names = self.page.title().split(" – ")
            proper_nouns = {word for name in names for word in name.split()}
            problems += title_case_problems(title.removeprefix("Error: "), proper_nouns=proper_nouns)
            problems += title_case_problems(self.page.locator("h1").first.inner_text(), proper_nouns=proper_nouns)
        return problems

    def _keyboard_problems(self) -> list[str]:
        problems = []
        if not self.checked:
            # Once per tour, every link and button of the header and navigation (they are on every page).
            problems += focus_problems(self.page, presses=HEADER_PRESSES, until_main=True)
        # From where the page leaves the focus (the top, or the error summary when there are errors)…
        problems += focus_problems(self.page, presses=TAB_PRESSES)
        # …and from the start of the main content, as the skip link leaves it.
        if self.page.locator("#main-content").count():
            self.page.locator("#main-content").focus()
            problems += focus_problems(self.page, presses=TAB_PRESSES)
        return problems

    def _validity_problems(self) -> None:
        """The Nu HTML Checker, once over every page the tour kept (Java starts once)."""
        unavailable = checker_unavailable()
        if unavailable is not None:
            if running_in_ci(os.environ):
                self.problems.setdefault("(HTML validity)", []).append(f"CI=true and {unavailable}")
            else:
                warnings.warn(f"HTML validity not checked: {unavailable}", stacklevel=2)
            return
        for page_type, problems in nu_problems(self.html).items():
            self.problems.setdefault(page_type, []).extend(problems)

    def finish(self) -> None:
        self._validity_problems()
        missing = [page_type for page_type in sorted(self.covers) if page_type not in self.checked]
        lines = [f"Never reached: {', '.join(missing)}"] if missing else []
        for page_type, problems in self.problems.items():
            template = PAGE_TYPES[page_type].template if page_type in PAGE_TYPES else "the tour"
            lines.append(f"== {page_type} ({template}) ==")
            lines.extend(problems)
        if lines:
            pytest.fail("\n".join(lines), pytrace=False)
