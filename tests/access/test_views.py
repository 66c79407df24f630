"""The access matrix for GET: every named front-end URL, for each of the seven roles.

Read a row across: what each role gets when it opens that URL pointing at that object.
LOGIN is a 302 to the login page; MOVED a 302 elsewhere; 404 conceals that the object exists;
405 is a GET on a POST-only action (tests/access/test_actions.py then POSTs to it).
Wagtail pages (the `wagtail_serve` URL) are in tests/access/test_pages.py.
"""

import pytest
from django.urls import reverse

from community.factories import MemberFactory
from community.workshops.models import Workshop
from tests.access.table import LOGIN, MOVED, Row, assert_outcome, case_ids, cases
from tests.access.world import SECRET
from tests.conftest import ROLE_NAMES

L, M = LOGIN, MOVED
OK, BAD, NO, GONE, POST_ONLY = 200, 400, 403, 404, 405

# Who reads each forum category: the same row serves the category page and a topic in it.
#                      anon basic corp  mgr   champ coord tech
READS = {
    "enthusiasts":      (L, OK,   OK,   OK,   OK,   OK,   OK),
    "announcements":    (L, OK,   OK,   OK,   OK,   OK,   OK),
    "corporate-users":  (L, GONE, OK,   OK,   OK,   GONE, GONE),
    "account-managers": (L, GONE, GONE, OK,   OK,   OK,   GONE),
    "champions":        (L, GONE, GONE, GONE, OK,   GONE, GONE),
}  # fmt: skip
# The form for a new topic: 403 for a category the role reads but may not start in.
STARTS = {
    "enthusiasts":      (L, OK,   OK,   OK,   OK,   OK,   OK),
    "announcements":    (L, NO,   NO,   NO,   OK,   NO,   NO),
    "corporate-users":  (L, GONE, OK,   OK,   OK,   GONE, GONE),
    "account-managers": (L, GONE, GONE, OK,   NO,   OK,   GONE),
    "champions":        (L, GONE, GONE, GONE, OK,   GONE, GONE),
}  # fmt: skip
# A reply URL opened with GET sends a reader to the topic.
REPLY_GET = {slug: tuple(M if outcome == OK else outcome for outcome in outcomes) for slug, outcomes in READS.items()}


def unreadable_titles(world, role: str) -> list[str]:
    """Titles this role may not read (topics in closed categories, hidden or pending): no page may show them."""
    index = ROLE_NAMES.index(role)
    titles = [f"{SECRET} in {slug}" for slug, outcomes in READS.items() if outcomes[index] != OK]
    if role != "champion":
        titles += [world.topic("hidden").title, world.topic("pending").title]
    return titles


def _topics_everywhere(world) -> None:
    """Builds the secret topics that the leak checks look for."""
    for special in ("hidden", "pending"):
        world.topic(special)
    world.topics  # noqa: B018


def url(name, *args):
    """A URL builder for a row: each argument is a function of the world."""
    return lambda world: reverse(name, args=[arg(world) for arg in args])


def search_url(world):
    _topics_everywhere(world)
    return reverse("home:search") + f"?q={SECRET.split()[0]}"


def hub_filtered_url(world):
    # Filters that match nothing, an account that is not offered and a broken cursor: still a calm page.
    return reverse("hub:index") + "?platform=mastodon&account=999999&department=Nowhere&after=not-a-cursor"


def workshop_join_code(world) -> str:
    Workshop.objects.filter(pk=world.workshop.pk).update(join_code="JXN234")
    return "JXN234"


def inactive_member(world):
    return MemberFactory(email="left@example.org", is_active=False)


def forum_index_url(world):
    _topics_everywhere(world)
    return reverse("forum:index")


ROWS = [
    # Home ----------------------------------------------------------------------------------------------------
    #                                                                       anon basic corp mgr champ coord tech
    Row("healthz", "", url("healthz"),                                     (OK, OK,  OK,  OK, OK,   OK,   OK)),
    Row("home:my_path", "", url("home:my_path"),                           (L,  OK,  OK,  OK, OK,   OK,   OK)),
    Row("home:account", "", url("home:account"),                           (L,  OK,  OK,  OK, OK,   OK,   OK)),
    Row("home:accessibility", "", url("home:accessibility"),               (OK, OK,  OK,  OK, OK,   OK,   OK)),
    Row("sites:my_access", "", url("sites:my_access"),                     (L,  OK,  OK,  OK, OK,   OK,   OK)),
    # The social hub: every member, whatever their level (anonymous goes to sign in).
    Row("hub:index", "", url("hub:index"),                                 (L,  OK,  OK,  OK, OK,   OK,   OK)),
    Row("hub:index", "filtered", hub_filtered_url,                         (L,  OK,  OK,  OK, OK,   OK,   OK)),
    # Site list exports: machines and technical support only; everyone else gets a bare 401.
    Row("exports:domains_txt", "basic", url("exports:domains_txt", lambda w: "basic"),
                                                                           (401,) * 6 + (OK,)),
    Row("exports:domains_json", "corporate", url("exports:domains_json", lambda w: "corporate"),
                                                                           (401,) * 6 + (OK,)),
    Row("exports:members_csv", "", url("exports:members_csv"),            (401,) * 6 + (OK,)),
    Row("home:search", "secret topics", search_url,                        (L,  OK,  OK,  OK, OK,   OK,   OK),
        must_not_show=unreadable_titles),
    # Forum: browsing -----------------------------------------------------------------------------------------
    Row("forum:index", "secret topics", forum_index_url,                   (L,  OK,  OK,  OK, OK,   OK,   OK),
        must_not_show=unreadable_titles),
    *[Row("forum:category", slug, url("forum:category", lambda w, s=slug: w.category(s).slug), outcomes)
      for slug, outcomes in READS.items()],
    *[Row("forum:new_topic", slug, url("forum:new_topic", lambda w, s=slug: w.category(s).slug), outcomes)
      for slug, outcomes in STARTS.items()],
    Row("forum:mention_suggestions", "", lambda w: reverse("forum:mention_suggestions") + "?q=ne",
                                                                           (L,  OK,  OK,  OK, OK,   OK,   OK)),
    *[Row("forum:topic", slug, url("forum:topic", lambda w, s=slug: w.topic(s).pk), outcomes)
      for slug, outcomes in READS.items()],
    Row("forum:topic", "hidden", url("forum:topic", lambda w: w.topic("hidden").pk),
                                                                           (L, GONE, GONE, GONE, OK, GONE, GONE)),
    Row("forum:topic", "someone else's, awaiting approval", url("forum:topic", lambda w: w.topic("pending").pk),
                                                                           (L, GONE, GONE, GONE, OK, GONE, GONE)),
    *[Row("forum:reply", slug, url("forum:reply", lambda w, s=slug: w.topic(s).pk), outcomes)
      for slug, outcomes in REPLY_GET.items()],
    # Forum: one post -----------------------------------------------------------------------------------------
    Row("forum:edit_post", "own", url("forum:edit_post", lambda w: w.post("own").pk),
                                                                           (L, OK,   OK,   OK,   OK, OK,   OK)),
    Row("forum:edit_post", "someone else's", url("forum:edit_post", lambda w: w.post("enthusiasts").pk),
                                                                           (L, GONE, GONE, GONE, OK, GONE, GONE)),
    Row("forum:edit_post", "champions", url("forum:edit_post", lambda w: w.post("champions").pk),
                                                                           (L, GONE, GONE, GONE, OK, GONE, GONE)),
    Row("forum:history", "own", url("forum:history", lambda w: w.post("own").pk),
                                                                           (L, OK,   OK,   OK,   OK, OK,   OK)),
    Row("forum:history", "someone else's", url("forum:history", lambda w: w.post("enthusiasts").pk),
                                                                           (L, GONE, GONE, GONE, OK, GONE, GONE)),
    Row("forum:history", "corporate-users", url("forum:history", lambda w: w.post("corporate-users").pk),
                                                                           (L, GONE, GONE, GONE, OK, GONE, GONE)),
    Row("forum:flag", "someone else's", url("forum:flag", lambda w: w.post("enthusiasts").pk),
                                                                           (L, OK,   OK,   OK,   OK, OK,   OK)),
    Row("forum:flag", "own", url("forum:flag", lambda w: w.post("own").pk),
                                                                           (L, GONE, GONE, GONE, GONE, GONE, GONE)),
    Row("forum:flag", "account-managers", url("forum:flag", lambda w: w.post("account-managers").pk),
                                                                           (L, GONE, GONE, OK,   OK, OK,   GONE)),
    Row("forum:flag", "hidden topic", url("forum:flag", lambda w: w.post("hidden").pk),
                                                                           (L, GONE, GONE, GONE, OK, GONE, GONE)),
    # POST-only forum actions: a GET is refused before anything else, even for anonymous.
    Row("forum:watch_category", "enthusiasts", url("forum:watch_category", lambda w: w.category("enthusiasts").slug),
                                                                           (POST_ONLY,) * 7),
    Row("forum:watch_topic", "enthusiasts", url("forum:watch_topic", lambda w: w.topic("enthusiasts").pk),
                                                                           (POST_ONLY,) * 7),
    Row("forum:helpful", "someone else's", url("forum:helpful", lambda w: w.post("enthusiasts").pk),
                                                                           (POST_ONLY,) * 7),
    Row("forum:accept", "someone else's", url("forum:accept", lambda w: w.post("enthusiasts").pk),
                                                                           (POST_ONLY,) * 7),
    # Forum: moderation (moderators only; the queue and forms say 403, as any id would) -------------------------
    Row("forum:moderation", "", url("forum:moderation"),                   (L, NO,   NO,   NO,   OK, NO,   NO)),
    Row("forum:move", "enthusiasts", url("forum:move", lambda w: w.topic("enthusiasts").pk),
                                                                           (L, NO,   NO,   NO,   OK, NO,   NO)),
    Row("forum:merge", "champions", url("forum:merge", lambda w: w.topic("champions").pk),
                                                                           (L, NO,   NO,   NO,   OK, NO,   NO)),
    Row("forum:moderate_post", "hide", url("forum:moderate_post", lambda w: w.post("enthusiasts").pk, lambda w: "hide"),
                                                                           (POST_ONLY,) * 7),
    Row("forum:moderate_topic", "lock", url("forum:moderate_topic", lambda w: w.topic("enthusiasts").pk,
                                            lambda w: "lock"),
                                                                           (POST_ONLY,) * 7),
    # Measures: champions and coordinators; nobody else (an account's sponsor: tests/measures/test_views.py) ----
    Row("measures:dashboard", "", url("measures:dashboard"),               (L, GONE, GONE, GONE, OK, OK,   GONE)),
    Row("measures:measure_csv", "levels", url("measures:measure_csv", lambda w: "levels"),
                                                                           (L, GONE, GONE, GONE, OK, OK,   GONE)),
    Row("measures:report_pdf", "", url("measures:report_pdf"),             (L, GONE, GONE, GONE, OK, OK,   GONE)),
    # Check a post before you publish: every member; someone else's account in the URL is ignored -------------
    Row("postcheck:check", "", url("postcheck:check"),                     (L, OK,   OK,   OK,   OK, OK,   OK)),
    Row("postcheck:check", "someone else's account",
        lambda w: reverse("postcheck:check") + f"?account={w.others_account.pk}&platform=nowhere",
                                                                           (L, OK,   OK,   OK,   OK, OK,   OK)),
    # Notifications -------------------------------------------------------------------------------------------
    Row("notifications:list", "", url("notifications:list"),               (L, OK,   OK,   OK,   OK, OK,   OK)),
    Row("notifications:preferences", "", url("notifications:preferences"), (L, OK,   OK,   OK,   OK, OK,   OK)),
    Row("notifications:open", "someone else's", url("notifications:open", lambda w: w.others_notification.pk),
                                                                           (POST_ONLY,) * 7),
    Row("notifications:mark_all_read", "", url("notifications:mark_all_read"),
                                                                           (POST_ONLY,) * 7),
    # The signed link in an email works without logging in: GET only asks "are you sure?".
    Row("notifications:unsubscribe", "someone else's link",
        url("notifications:unsubscribe", lambda w: w.others_unsubscribe_token),
                                                                           (OK, OK,   OK,   OK,   OK, OK,   OK)),
    Row("notifications:unsubscribe", "forged link", url("notifications:unsubscribe", lambda w: "forged:token"),
                                                                           (BAD, BAD, BAD,  BAD,  BAD, BAD, BAD)),
    # Best practice -------------------------------------------------------------------------------------------
    Row("bestpractice:library", "", url("bestpractice:library"),           (L, OK,   OK,   OK,   OK, OK,   OK)),
    # The statement is for everyone; the champions' thread it grew from, and a hidden one, are not.
    Row("bestpractice:detail", "linked to a champions' topic", url("bestpractice:detail", lambda w: w.statement.pk),
                                                                           (L, OK,   OK,   OK,   OK, OK,   OK),
        must_not_show=lambda w, role: [] if role == "champion" else [f"{SECRET} in champions", f"{SECRET} hidden"]),
    Row("bestpractice:detail", "draft", url("bestpractice:detail", lambda w: w.draft_statement.pk),
                                                                           (L, GONE, GONE, GONE, OK, GONE, GONE)),
    # The promotion form, for a post the role reads (enthusiasts) or not (champions).
    Row("bestpractice:promote", "enthusiasts", url("bestpractice:promote", lambda w: w.post("enthusiasts").pk),
                                                                           (L, NO,   NO,   NO,   OK, NO,   NO)),
    Row("bestpractice:promote", "champions", url("bestpractice:promote", lambda w: w.post("champions").pk),
                                                                           (L, GONE, GONE, GONE, OK, GONE, GONE)),
    Row("bestpractice:publish", "draft", url("bestpractice:publish", lambda w: w.draft_statement.pk),
                                                                           (POST_ONLY,) * 7),
    # Workshops -----------------------------------------------------------------------------------------------
    Row("workshops:list", "", url("workshops:list"),                       (L, OK,   OK,   OK,   OK, OK,   OK)),
    Row("workshops:new", "", url("workshops:new"),                         (L, NO,   NO,   NO,   OK, NO,   NO)),
    Row("workshops:detail", "open", url("workshops:detail", lambda w: w.workshop.pk),
                                                                           (L, OK,   OK,   OK,   OK, OK,   OK)),
    Row("workshops:results", "open", url("workshops:results", lambda w: w.workshop.pk),
                                                                           (L, OK,   OK,   OK,   OK, OK,   OK)),
    Row("workshops:export", "open", url("workshops:export", lambda w: w.workshop.pk),
                                                                           (L, OK,   OK,   OK,   OK, OK,   OK)),
    Row("workshops:add_statement", "open", url("workshops:add_statement", lambda w: w.workshop.pk),
                                                                           (POST_ONLY,) * 7),
    Row("workshops:place", "open", url("workshops:place", lambda w: w.workshop.pk),
                                                                           (POST_ONLY,) * 7),
    Row("workshops:close", "open", url("workshops:close", lambda w: w.workshop.pk),
                                                                           (POST_ONLY,) * 7),
    # Live mode: the projector view and its polled results are the champion's; the join link is everyone's.
    Row("workshops:live", "open", url("workshops:live", lambda w: w.workshop.pk),
                                                                           (L, NO,   NO,   NO,   OK, NO,   NO)),
    Row("workshops:live_results", "open", url("workshops:live_results", lambda w: w.workshop.pk),
                                                                           (L, NO,   NO,   NO,   OK, NO,   NO)),
    Row("workshops:reveal", "open", url("workshops:reveal", lambda w: w.workshop.pk),
                                                                           (POST_ONLY,) * 7),
    Row("workshops:promote", "open", url("workshops:promote", lambda w: w.workshop.pk),
                                                                           (POST_ONLY,) * 7),
    Row("workshops:join", "open", lambda w: reverse("workshops:join", args=[workshop_join_code(w)]),
                                                                           (L, M,    M,    M,    M, M,    M)),
    # Members: profiles, the directory and photos (every member; a profile lists only readable posts) --------
    Row("members:directory", "", url("members:directory"),                 (L, OK,   OK,   OK,   OK, OK,   OK)),
    Row("members:profile", "other", url("members:profile", lambda w: w.member_with_photo.pk),
                                                                           (L, OK,   OK,   OK,   OK, OK,   OK),
        must_not_show=unreadable_titles),
    Row("members:profile", "inactive", url("members:profile", lambda w: inactive_member(w).pk),
                                                                           (L, GONE, GONE, GONE, GONE, GONE, GONE)),
    Row("members:photo", "other", url("members:photo", lambda w: w.member_with_photo.pk),
                                                                           (L, OK,   OK,   OK,   OK, OK,   OK)),
    Row("members:edit_photo", "", url("members:edit_photo"),               (L, OK,   OK,   OK,   OK, OK,   OK)),
    Row("members:remove_photo", "", url("members:remove_photo"),           (POST_ONLY,) * 7),
    # Official accounts: incidents (champions and the account's managers; 404 for everyone else) ------------
    Row("incidents:all", "", url("incidents:all"),                         (L, GONE, GONE, OK,   OK, GONE, GONE)),
    Row("incidents:list", "own account", url("incidents:list", lambda w: w.own_account.pk),
                                                                           (L, GONE, GONE, OK,   OK, GONE, GONE)),
    Row("incidents:list", "someone else's account", url("incidents:list", lambda w: w.others_account.pk),
                                                                           (L, GONE, GONE, GONE, OK, GONE, GONE)),
    Row("incidents:report", "own account", url("incidents:report", lambda w: w.own_account.pk),
                                                                           (L, GONE, GONE, OK,   OK, GONE, GONE)),
    Row("incidents:report", "someone else's account", url("incidents:report", lambda w: w.others_account.pk),
                                                                           (L, GONE, GONE, GONE, OK, GONE, GONE)),
    Row("incidents:detail", "own account's",
        url("incidents:detail", lambda w: w.own_account.pk, lambda w: w.own_incident.pk),
                                                                           (L, GONE, GONE, OK,   OK, GONE, GONE)),
    Row("incidents:detail", "someone else's account's",
        url("incidents:detail", lambda w: w.others_account.pk, lambda w: w.others_incident.pk),
                                                                           (L, GONE, GONE, GONE, OK, GONE, GONE)),
    Row("incidents:detail", "under the wrong account",
        url("incidents:detail", lambda w: w.own_account.pk, lambda w: w.others_incident.pk),
                                                                           (L, GONE, GONE, GONE, GONE, GONE, GONE)),
    Row("incidents:record_step", "", url("incidents:record_step", lambda w: w.own_account.pk,
        lambda w: w.own_incident.pk, lambda w: w.own_incident.steps.get().pk),
                                                                           (POST_ONLY,) * 7),
    Row("incidents:close", "", url("incidents:close", lambda w: w.own_account.pk, lambda w: w.own_incident.pk),
                                                                           (POST_ONLY,) * 7),
    Row("incidents:send_lesson", "", url("incidents:send_lesson", lambda w: w.own_account.pk,
        lambda w: w.closed_incident.pk),                                   (POST_ONLY,) * 7),
    Row("incidents:all", "secret incidents", lambda w: (w.own_incident, w.others_incident) and reverse("incidents:all"),
                                                                           (L, GONE, GONE, OK,   OK, GONE, GONE),
        must_not_show=lambda w, role: [] if role == "champion" else [w.others_incident.summary]),
    # Official accounts: monthly measures and the sponsor report (champions, coordinators, managers, sponsor) --
    *[Row(name, "own account", url(name, lambda w: w.own_account.pk),     (L, NO,   NO,   OK,   OK, OK,   NO))
      for name in ("account_metrics:measures", "account_metrics:report", "account_metrics:report_pdf")],
    *[Row(name, "someone else's account", url(name, lambda w: w.others_account.pk),
                                                                           (L, NO,   NO,   NO,   OK, OK,   NO))
      for name in ("account_metrics:measures", "account_metrics:report", "account_metrics:report_pdf")],
    *[Row(name, "own account", url(name, lambda w: w.own_account.pk),     (L, NO,   NO,   OK,   NO, NO,   NO))
      for name in ("account_metrics:record", "account_metrics:import")],
    *[Row(name, "someone else's account", url(name, lambda w: w.others_account.pk),
                                                                           (L, NO,   NO,   NO,   NO, NO,   NO))
      for name in ("account_metrics:record", "account_metrics:import")],
    Row("account_metrics:measures", "no such account", url("account_metrics:measures", lambda w: 987654),
                                                                           (L, GONE, GONE, GONE, GONE, GONE, GONE)),
    # Courses and guidelines: the actions (pages are in test_pages.py) -----------------------------------------
    Row("courses:enrol", "", url("courses:enrol", lambda w: w.course.pk),  (POST_ONLY,) * 7),
    Row("courses:finish", "", url("courses:finish", lambda w: w.course.pk),
                                                                           (POST_ONLY,) * 7),
    Row("courses:complete_lesson", "", url("courses:complete_lesson", lambda w: w.lesson.pk),
                                                                           (POST_ONLY,) * 7),
    Row("courses:acknowledge_guideline", "", url("courses:acknowledge_guideline", lambda w: w.guideline.pk),
                                                                           (POST_ONLY,) * 7),
    # Quizzes -------------------------------------------------------------------------------------------------
    Row("quizzes:start", "", url("quizzes:start", lambda w: w.quiz.pk),    (L, POST_ONLY, POST_ONLY, POST_ONLY,
                                                                            POST_ONLY, POST_ONLY, POST_ONLY)),
    Row("quizzes:attempt", "own", url("quizzes:attempt", lambda w: w.own_attempt.pk),
                                                                           (L, OK,   OK,   OK,   OK, OK,   OK)),
    Row("quizzes:attempt", "someone else's", url("quizzes:attempt", lambda w: w.others_attempt.pk),
                                                                           (L, GONE, GONE, GONE, GONE, GONE, GONE)),
    Row("quizzes:review", "own", url("quizzes:review", lambda w: w.own_submitted_attempt.pk),
                                                                           (L, OK,   OK,   OK,   OK, OK,   OK)),
    Row("quizzes:review", "someone else's", url("quizzes:review", lambda w: w.others_submitted_attempt.pk),
                                                                           (L, GONE, GONE, GONE, GONE, GONE, GONE)),
    # Reasonable adjustments to quiz time limits: champions only, concealed from everyone else (issue 16)
    Row("quizzes:time_adjustments", "", url("quizzes:time_adjustments"),  (L, GONE, GONE, GONE, OK, GONE, GONE)),
    # Licences: verification is public; a certificate is its holder's alone (anonymous: 404, as for any id) ----
    Row("licences:verify_start", "", url("licences:verify_start"),        (OK, OK,  OK,   OK,   OK, OK,   OK)),
    Row("licences:verify", "someone else's code",
        url("licences:verify", lambda w: w.others_licence.verification_code),
                                                                           (OK, OK,  OK,   OK,   OK, OK,   OK)),
    Row("licences:verify", "unknown code", url("licences:verify", lambda w: "NOT-A-CODE"),
                                                                           (GONE,) * 7),
    Row("licences:certificate", "own", url("licences:certificate", lambda w: w.own_licence.pk),
                                                                           (L,    OK, OK,   OK,   OK, OK,   OK)),
    Row("licences:certificate", "someone else's", url("licences:certificate", lambda w: w.others_licence.pk),
                                                                           (L,) + (GONE,) * 6),
    Row("licences:certificate_pdf", "own", url("licences:certificate_pdf", lambda w: w.own_licence.pk),
                                                                           (L,    OK, OK,   OK,   OK, OK,   OK)),
    Row("licences:certificate_pdf", "someone else's",
        url("licences:certificate_pdf", lambda w: w.others_licence.pk),
                                                                           (L,) + (GONE,) * 6),
    # Official accounts: the directory for every member; applications for corporate users; decisions for
    # coordinators. Someone else's application, or an account that is not active, is concealed.
    Row("registers:directory", "", url("registers:directory"),              (L,  OK,  OK,   OK,   OK, OK,   OK)),
    Row("registers:account", "active", url("registers:account", lambda w: w.active_account.pk),
                                                                           (L,  OK,  OK,   OK,   OK, OK,   OK)),
    Row("registers:account", "proposed", url("registers:account", lambda w: w.proposed_account.pk),
                                                                           (L,  GONE, GONE, GONE, GONE, OK, GONE)),
    Row("registers:apply", "", url("registers:apply"),                      (L,  NO,  OK,   OK,   NO, NO,   NO)),
    Row("registers:applications", "", url("registers:applications"),        (L,  OK,  OK,   OK,   OK, OK,   OK)),
    Row("registers:application", "someone else's, submitted",
        url("registers:application", lambda w: w.others_application.pk),   (L,  GONE, GONE, GONE, GONE, OK, GONE)),
    Row("registers:application", "someone else's draft",
        url("registers:application", lambda w: w.others_draft_application.pk),
                                                                           (L,  GONE, GONE, GONE, GONE, GONE, GONE)),
    Row("registers:application", "own draft", url("registers:application", lambda w: w.own_draft_application.pk),
                                                                           (L,  OK,  OK,   OK,   OK, OK,   OK)),
    Row("registers:edit_application", "own draft",
        url("registers:edit_application", lambda w: w.own_draft_application.pk),
                                                                           (L,  NO,  OK,   OK,   NO, NO,   NO)),
    Row("registers:edit_application", "someone else's, submitted",
        url("registers:edit_application", lambda w: w.others_application.pk),
                                                                           (L,  GONE, GONE, GONE, GONE, NO, GONE)),
    Row("registers:decide", "someone else's, submitted",
        url("registers:decide", lambda w: w.others_application.pk),        (POST_ONLY,) * 7),
    # Privacy: the notice is public; the members' pages are for data protection officers (none of these roles) -----
    Row("privacy:notice", "", url("privacy:notice"),                       (OK, OK,  OK,   OK,   OK, OK,   OK)),
    Row("privacy:request_export", "", url("privacy:request_export"),       (POST_ONLY,) * 7),
    Row("privacy:download", "own export", url("privacy:download", lambda w: w.own_export_token),
                                                                           (L,  OK,  OK,   OK,   OK, OK,   OK)),
    Row("privacy:download", "someone else's export", url("privacy:download", lambda w: w.others_export_token),
                                                                           (L,  GONE, GONE, GONE, GONE, GONE, GONE)),
    Row("privacy:members", "", url("privacy:members"),                     (L,  GONE, GONE, GONE, GONE, GONE, GONE)),
    Row("privacy:member", "someone else", url("privacy:member", lambda w: w.other.pk),
                                                                           (L,  GONE, GONE, GONE, GONE, GONE, GONE)),
    Row("privacy:export_for", "someone else", url("privacy:export_for", lambda w: w.other.pk), (POST_ONLY,) * 7),
    Row("privacy:deactivate", "someone else", url("privacy:deactivate", lambda w: w.other.pk), (POST_ONLY,) * 7),
    Row("privacy:anonymise", "someone else", url("privacy:anonymise", lambda w: w.other.pk), (POST_ONLY,) * 7),
    # SCIM (django-scim2): only a directory token opens it, never a signed-in session (tests/provisioning/) -----
    *[
        Row(f"scim:{name}", "no token", url(f"scim:{name}"), (401,) * 7)
        for name in (
            "root", "search", "users-search", "users", "groups-search", "groups", "me",
            "service-provider-config", "resource-types", "schemas", "bulk",
        )
    ],
    # Wagtail's own front-end URLs ----------------------------------------------------------------------------
    Row("wagtaildocs_serve", "document", lambda w: w.document.url,         (L,  OK,  OK,   OK,   OK, OK,   OK)),
    Row("wagtaildocs_authenticate_with_password", "collection restriction",
        url("wagtaildocs_authenticate_with_password", lambda w: w.collection_password_restriction.pk),
                                                                           (OK, OK,  OK,   OK,   OK, OK,   OK)),
    Row("wagtailcore_authenticate_with_password", "page restriction",
        url("wagtailcore_authenticate_with_password", lambda w: w.page_password_restriction.pk,
            lambda w: w.standard_page.pk),
                                                                           (OK, OK,  OK,   OK,   OK, OK,   OK)),
    # Wagtail's plain Django login form would skip allauth (MFA, verified email, rate limits): it sends to ours.
    Row("wagtailcore_login", "", url("wagtailcore_login"),                 (L,  L,   L,    L,    L,  L,    L)),
]  # fmt: skip


@pytest.mark.parametrize(("row", "role"), cases(ROWS), ids=case_ids(ROWS))
def test_get(row, role, client_for_role, world_for, settings):
    settings.FORUM_NEW_MEMBER_POSTS_PER_MINUTE = 100
    world = world_for(role)
    address = row.url(world)
    response = client_for_role(role).get(address)
    assert_outcome(response, row.outcome_for(role), context=f"GET {address} as {role}")
    if row.must_not_show and response.status_code == 200:
        html = response.content.decode()
        for secret in row.must_not_show(world, role):
            assert secret not in html, f"GET {address} as {role} shows {secret!r}"


def test_the_leak_checks_can_see_what_they_look_for(client_for_role, world_for):
    """The champion reads every category, so the search and the index show every secret title."""
    world = world_for("champion")
    client = client_for_role("champion")
    for address in (search_url(world), forum_index_url(world)):
        html = client.get(address).content.decode()
        assert f"{SECRET} in champions" in html, address
