"""The access matrix for actions: each URL that writes, POSTed to by each of the seven roles.

A row names what the POST might change (`writes`, read before and after). Where a role is refused
(LOGIN, 403, 404, or 400), nothing may change: neither that, nor the number of rows in any of the
project's tables. Where a role is allowed, the write must happen, unless the row says it never may
(`allowed_writes=False`: the action must leave someone else's things alone).
A GET to any of these URLs writes nothing either.
"""

import datetime
import io
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.apps import apps
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.models import Site

from community.account_metrics.models import MonthlyMeasure
from community.bestpractice.models import Statement
from community.factories import MemberFactory
from community.forum.models import CategoryWatch, Flag, HelpfulReaction, Post, Topic, TopicWatch
from community.incidents.models import Incident, IncidentStep
from community.models import Member, OrganisationSettings
from community.notifications.models import EmailPreference, Notification
from community.postcheck.models import DRAFTS_CHECKED, WeeklyCheckCount
from community.privacy.models import DataExport
from community.registers.models import Application
from community.workshops.models import Placing, Workshop, WorkshopStatement
from courses.models import Enrolment, GuidelineAcknowledgement, GuidelineVersion, LessonCompletion
from courses.quizzes.models import QuizAttempt, TimeAdjustment
from tests.access.table import LOGIN, MOVED
from tests.conftest import ROLE_NAMES

L, M = LOGIN, MOVED
OK, BAD, NO, GONE = 200, 400, 403, 404
REFUSED = {L, BAD, NO, GONE}


@dataclass(frozen=True)
class Action:
    name: str
    target: str
    url: Callable
    data: Callable
    writes: Callable
    expect: tuple
    allowed_writes: bool = True

    def __post_init__(self):
        assert len(self.expect) == len(ROLE_NAMES), f"{self.id} needs one outcome per role"

    @property
    def id(self) -> str:
        return f"{self.name}[{self.target}]"

    def outcome_for(self, role: str):
        return self.expect[ROLE_NAMES.index(role)]


def url(name, *args):
    return lambda world: reverse(name, args=[arg(world) for arg in args])


def nothing(world) -> dict:
    return {}


def topic_state(slug):
    return lambda w: Topic.objects.filter(pk=w.topic(slug).pk).values_list(
        "category_id", "is_pinned", "is_locked", "is_hidden", "merged_into_id", "accepted_post_id"
    )[0]


def post_state(post):
    """`post(world)` gives the post."""
    return lambda w: Post.objects.filter(pk=post(w).pk).values_list("body", "is_hidden", "status", "version")[0]


def statement_form(world) -> dict:
    return {
        "title": "Add captions to short clips",
        "stance": "do",
        "theme": "style",
        "explanation": "People scroll without sound.",
        "submission_key": str(uuid.uuid4()),
    }


def drafts_checked(w):
    return list(WeeklyCheckCount.objects.filter(kind=DRAFTS_CHECKED).values_list("count", flat=True))


def workshop_counts(w):
    return (WorkshopStatement.objects.count(), Placing.objects.count(), Workshop.objects.count())


def new_workshop(w):
    return {
        "question": "What should we never post?",
        "themes": ["policy"],
        "closes_on": (timezone.localdate() + datetime.timedelta(days=7)).isoformat(),
    }


def closed_workshop(w):
    Workshop.objects.filter(pk=w.workshop.pk).update(closed_at=timezone.now())
    return w.workshop.pk


def photo_upload(w):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "blue").save(buffer, format="PNG")
    return {"photo": SimpleUploadedFile("me.png", buffer.getvalue(), "image/png")}


def own_photo(w):
    return Member.objects.filter(pk=w.me.pk).values_list("avatar", flat=True)[0]


def others_photo(w):
    return Member.objects.filter(pk=w.member_with_photo.pk).values_list("avatar", flat=True)[0]


def closed_agreed_workshop(w):
    """Three members placed its statement at "Should": promoting makes one draft."""
    Placing.objects.bulk_create(
        [Placing(statement=w.workshop_statement, member=MemberFactory(), position=1) for _ in range(3)]
    )
    return closed_workshop(w)


def latest_version(guideline):
    return GuidelineVersion.objects.filter(guideline=guideline).order_by("-pk").values_list("pk", flat=True)[0]


def attempt_state(attempt_name):
    return lambda w: QuizAttempt.objects.filter(pk=getattr(w, attempt_name).pk).values_list("status", "percent")[0]


def application_draft(w):
    return {"platform": "x", "name": "Parks news", "handle": "@ParksNews", "department": "Environment", "draft": "1"}


def application_state(name):
    return lambda w: Application.objects.filter(pk=getattr(w, name).pk).values_list("name", "handle", "status")[0]


def new_incident(w):
    return {
        "summary": "Wrong collection day posted",
        "what_happened": "We posted last year's calendar.",
        "happened_at": (timezone.localtime() - datetime.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
        "risk": "reputation",
        "severity": "low",
    }


def incident_state(name):
    return lambda w: Incident.objects.filter(pk=getattr(w, name).pk).values_list("status", "lesson")[0]


def lesson_sent(name):
    return lambda w: (
        Incident.objects.filter(pk=getattr(w, name).pk).values_list("statement_id")[0],
        Statement.objects.count(),
    )


def step_state(name):
    return lambda w: IncidentStep.objects.filter(incident=getattr(w, name)).values_list("done_at", "done_by")[0]


def step_url(account, incident):
    return lambda w: reverse(
        "incidents:record_step",
        args=[getattr(w, account).pk, getattr(w, incident).pk, getattr(w, incident).steps.get().pk],
    )


def month_of_measures(w):
    return {
        "month": f"{timezone.localdate().replace(day=1) - datetime.timedelta(days=1):%Y-%m}",
        "followers": "1500",
        "posts": "20",
        "engagements": "900",
        "enquiries_answered": "30",
        "median_response_minutes": "60",
    }


def measures_file(w):
    last_month = f"{timezone.localdate().replace(day=1) - datetime.timedelta(days=1):%Y-%m}"
    content = (
        "month,followers,posts,engagements,enquiries_answered,median_response_minutes\n"
        f"{last_month},1500,20,900,30,60\n"
    )
    return {"file": SimpleUploadedFile("measures.csv", content.encode(), content_type="text/csv")}


def measure_count(w):
    return MonthlyMeasure.objects.count()


ACTIONS = [
    # Official accounts: incidents ----------------------------------------------------------------------------------
    #                                                                        anon basic corp mgr champ coord tech
    Action("incidents:report", "own account", url("incidents:report", lambda w: w.own_account.pk),
           new_incident, lambda w: Incident.objects.count(),               (L, GONE, GONE, M,   M, GONE, GONE)),
    Action("incidents:report", "someone else's account", url("incidents:report", lambda w: w.others_account.pk),
           new_incident, lambda w: Incident.objects.count(),               (L, GONE, GONE, GONE, M, GONE, GONE)),
    Action("incidents:record_step", "own account's", step_url("own_account", "own_incident"),
           nothing, step_state("own_incident"),                             (L, GONE, GONE, M,   M, GONE, GONE)),
    Action("incidents:record_step", "someone else's account's", step_url("others_account", "others_incident"),
           nothing, step_state("others_incident"),                          (L, GONE, GONE, GONE, M, GONE, GONE)),
    Action("incidents:close", "own account's",
           url("incidents:close", lambda w: w.own_account.pk, lambda w: w.own_incident.pk),
           lambda w: {"lesson": "Check the calendar year."}, incident_state("own_incident"),
                                                                            (L, GONE, GONE, M,   M, GONE, GONE)),
    Action("incidents:close", "someone else's account's",
           url("incidents:close", lambda w: w.others_account.pk, lambda w: w.others_incident.pk),
           lambda w: {"lesson": "Check the calendar year."}, incident_state("others_incident"),
                                                                            (L, GONE, GONE, GONE, M, GONE, GONE)),
    Action("incidents:send_lesson", "closed, own account's",
           url("incidents:send_lesson", lambda w: w.own_account.pk, lambda w: w.closed_incident.pk),
           nothing, lesson_sent("closed_incident"),                         (L, GONE, GONE, NO,  M, GONE, GONE)),
    Action("incidents:send_lesson", "still open",
           url("incidents:send_lesson", lambda w: w.own_account.pk, lambda w: w.own_incident.pk),
           nothing, lesson_sent("own_incident"),                            (L, GONE, GONE, NO,  NO, GONE, GONE)),
    # Official accounts: monthly measures ----------------------------------------------------------------------------
    Action("account_metrics:record", "own account", url("account_metrics:record", lambda w: w.own_account.pk),
           month_of_measures, measure_count,                                (L, NO,   NO,   M,   NO, NO,   NO)),
    Action("account_metrics:record", "someone else's account",
           url("account_metrics:record", lambda w: w.others_account.pk),
           month_of_measures, measure_count,                                (L, NO,   NO,   NO,  NO, NO,   NO)),
    Action("account_metrics:import", "own account", url("account_metrics:import", lambda w: w.own_account.pk),
           measures_file, measure_count,                                    (L, NO,   NO,   M,   NO, NO,   NO)),
    Action("account_metrics:import", "someone else's account",
           url("account_metrics:import", lambda w: w.others_account.pk),
           measures_file, measure_count,                                    (L, NO,   NO,   NO,  NO, NO,   NO)),
    # Forum ---------------------------------------------------------------------------------------------------------
    #                                                                        anon basic corp mgr champ coord tech
    Action("forum:watch_category", "champions", url("forum:watch_category", lambda w: w.category("champions").slug),
           lambda w: {"watch": "1"}, lambda w: CategoryWatch.objects.count(),
                                                                            (L, GONE, GONE, GONE, M, GONE, GONE)),
    Action("forum:watch_topic", "account-managers", url("forum:watch_topic", lambda w: w.topic("account-managers").pk),
           lambda w: {"watch": "1"}, lambda w: TopicWatch.objects.count(),
                                                                            (L, GONE, GONE, M,   M, M,    GONE)),
    Action("forum:helpful", "someone else's, corporate-users",
           url("forum:helpful", lambda w: w.post("corporate-users").pk),
           nothing, lambda w: HelpfulReaction.objects.count(),              (L, GONE, M,    M,   M, GONE, GONE)),
    Action("forum:helpful", "own", url("forum:helpful", lambda w: w.post("own").pk),
           nothing, lambda w: HelpfulReaction.objects.count(),              (L, GONE, GONE, GONE, GONE, GONE, GONE)),
    # Only the topic's author (or a moderator) accepts an answer, even the reply's own author.
    Action("forum:accept", "own reply in someone else's topic",
           url("forum:accept", lambda w: w.reply_in_others_topic.pk),
           nothing, topic_state("enthusiasts"),                             (L, GONE, GONE, GONE, M, GONE, GONE)),
    Action("forum:flag", "champions", url("forum:flag", lambda w: w.post("champions").pk),
           lambda w: {"reason": Flag.Reason.SPAM}, lambda w: Flag.objects.count(),
                                                                            (L, GONE, GONE, GONE, M, GONE, GONE)),
    Action("forum:new_topic", "announcements", url("forum:new_topic", lambda w: w.category("announcements").slug),
           lambda w: {"title": "A new announcement", "body": "Please read this."}, lambda w: Topic.objects.count(),
                                                                            (L, NO,   NO,   NO,   M, NO,   NO)),
    Action("forum:new_topic", "champions", url("forum:new_topic", lambda w: w.category("champions").slug),
           lambda w: {"title": "A new plan", "body": "Between us."}, lambda w: Topic.objects.count(),
                                                                            (L, GONE, GONE, GONE, M, GONE, GONE)),
    Action("forum:reply", "corporate-users", url("forum:reply", lambda w: w.topic("corporate-users").pk),
           lambda w: {"body": "Me too."}, lambda w: Post.objects.count(),   (L, GONE, M,    M,   M, GONE, GONE)),
    # Readers of the announcements may not reply there: refused as if the topic were not there.
    Action("forum:reply", "announcements", url("forum:reply", lambda w: w.topic("announcements").pk),
           lambda w: {"body": "Me too."}, lambda w: Post.objects.count(),   (L, GONE, GONE, GONE, M, GONE, GONE)),
    Action("forum:edit_post", "someone else's", url("forum:edit_post", lambda w: w.post("enthusiasts").pk),
           lambda w: {"body": "Rewritten by someone else.", "version": 1, "title": "Renamed"},
           post_state(lambda w: w.post("enthusiasts")),                      (L, GONE, GONE, GONE, M, GONE, GONE)),
    Action("forum:moderate_post", "hide a reply", url("forum:moderate_post", lambda w: w.others_reply.pk,
                                                      lambda w: "hide"),
           nothing, post_state(lambda w: w.others_reply),                   (L, NO,   NO,   NO,   M, NO,   NO)),
    Action("forum:moderate_topic", "lock", url("forum:moderate_topic", lambda w: w.topic("enthusiasts").pk,
                                               lambda w: "lock"),
           nothing, topic_state("enthusiasts"),                             (L, NO,   NO,   NO,   M, NO,   NO)),
    Action("forum:move", "to champions", url("forum:move", lambda w: w.topic("enthusiasts").pk),
           lambda w: {"category": w.category("champions").pk}, topic_state("enthusiasts"),
                                                                            (L, NO,   NO,   NO,   M, NO,   NO)),
    Action("forum:merge", "into another", url("forum:merge", lambda w: w.topic("enthusiasts").pk),
           lambda w: {"into": w.topic("announcements").pk}, topic_state("enthusiasts"),
                                                                            (L, NO,   NO,   NO,   M, NO,   NO)),
    # Check a post before you publish: a check writes only counts (never the draft); typing writes nothing ------
    Action("postcheck:check", "the Check button", url("postcheck:check"),
           lambda w: {"text": "Call Sam on 07911 123456", "platform": "x"}, drafts_checked,
                                                                            (L, OK,   OK,   OK,   OK, OK,   OK)),
    Action("postcheck:check", "as you type", url("postcheck:check"),
           lambda w: {"text": "Call Sam on 07911 123456", "platform": "x", "live": "1"}, drafts_checked,
                                                                            (L, OK,   OK,   OK,   OK, OK,   OK),
           allowed_writes=False),
    Action("postcheck:check", "someone else's account", url("postcheck:check"),
           lambda w: {"text": "Hello", "platform": "x", "account": w.others_account.pk}, drafts_checked,
                                                                            (L, OK,   OK,   OK,   OK, OK,   OK),
           allowed_writes=False),
    # Notifications ---------------------------------------------------------------------------------------------
    Action("notifications:open", "someone else's", url("notifications:open", lambda w: w.others_notification.pk),
           nothing, lambda w: Notification.objects.filter(read_at__isnull=True).count(),
                                                                            (L, GONE, GONE, GONE, GONE, GONE, GONE)),
    Action("notifications:open", "own", url("notifications:open", lambda w: w.own_notification.pk),
           nothing, lambda w: Notification.objects.filter(read_at__isnull=True).count(),
                                                                            (L, M,    M,    M,    M, M,    M)),
    # Addressed to the member, about a topic they may not read (now): not opened, and left as it was.
    Action("notifications:open", "own, about a champions' topic",
           url("notifications:open", lambda w: w.own_notification_in_champions.pk),
           nothing, lambda w: Notification.objects.filter(read_at__isnull=True).count(),
                                                                            (L, GONE, GONE, GONE, M, GONE, GONE)),
    Action("notifications:mark_all_read", "someone else's stay unread", url("notifications:mark_all_read"),
           nothing, lambda w: Notification.objects.filter(pk=w.others_notification.pk, read_at__isnull=True).count(),
                                                                            (L, M,    M,    M,    M, M,    M),
           allowed_writes=False),
    Action("notifications:preferences", "someone else's stay", url("notifications:preferences"),
           lambda w: {"frequency": EmailPreference.Frequency.NEVER},
           lambda w: EmailPreference.objects.filter(member=w.other).count(),    (L, M,    M,    M,    M, M,    M),
           allowed_writes=False),
    # "Your account" edits only the signed-in member: someone else's name never changes.
    Action("home:account", "someone else's name stays", url("home:account"),
           lambda w: {"first_name": "Changed", "last_name": "Name", "department": "Elsewhere"},
           lambda w: Member.objects.filter(pk=w.other.pk, first_name="Changed").count(),
                                                                            (L, M,    M,    M,    M, M,    M),
           allowed_writes=False),
    Action("notifications:unsubscribe", "forged link", url("notifications:unsubscribe", lambda w: "forged:token"),
           nothing, lambda w: EmailPreference.objects.count(),              (BAD, BAD, BAD, BAD, BAD, BAD, BAD)),
    # The signed link alone is the permission: whoever holds it may switch that member's emails off.
    Action("notifications:unsubscribe", "someone else's link",
           url("notifications:unsubscribe", lambda w: w.others_unsubscribe_token),
           nothing, lambda w: EmailPreference.objects.filter(member=w.other).count(),
                                                                            (OK, OK,  OK,   OK,   OK, OK,   OK)),
    # Best practice ---------------------------------------------------------------------------------------------
    Action("bestpractice:promote", "enthusiasts", url("bestpractice:promote", lambda w: w.post("enthusiasts").pk),
           statement_form, lambda w: Statement.objects.count(),             (L, NO,   NO,   NO,   M, NO,   NO)),
    Action("bestpractice:promote", "champions", url("bestpractice:promote", lambda w: w.post("champions").pk),
           statement_form, lambda w: Statement.objects.count(),             (L, GONE, GONE, GONE, M, GONE, GONE)),
    # An empty form comes back with its errors, and saves nothing.
    Action("bestpractice:promote", "empty form", url("bestpractice:promote", lambda w: w.post("enthusiasts").pk),
           nothing, lambda w: Statement.objects.count(),                    (L, NO,   NO,   NO,   OK, NO,   NO),
           allowed_writes=False),
    Action("bestpractice:publish", "draft", url("bestpractice:publish", lambda w: w.draft_statement.pk),
           nothing, lambda w: Statement.objects.filter(status="published").count(),
                                                                            (L, GONE, GONE, GONE, M, GONE, GONE)),
    # Publishing twice changes nothing; members who may read it may still not publish it.
    Action("bestpractice:publish", "published", url("bestpractice:publish", lambda w: w.statement.pk),
           nothing, lambda w: Statement.objects.filter(pk=w.statement.pk).values_list("published_at", "updated_at")[0],
                                                                            (L, NO,   NO,   NO,   M, NO,   NO),
           allowed_writes=False),
    # Workshops -------------------------------------------------------------------------------------------------
    Action("workshops:new", "", url("workshops:new"), new_workshop, workshop_counts,
                                                                            (L, NO,   NO,   NO,   M, NO,   NO)),
    Action("workshops:add_statement", "open", url("workshops:add_statement", lambda w: w.workshop.pk),
           lambda w: {"text": "Thank people who report problems", "theme": "", "position": 1}, workshop_counts,
                                                                            (L, M,    M,    M,    M, M,    M)),
    # A closed workshop is frozen: the form comes back with the reason, and nothing is added.
    Action("workshops:add_statement", "closed", url("workshops:add_statement", closed_workshop),
           lambda w: {"text": "Thank people who report problems", "theme": "", "position": 1}, workshop_counts,
                                                                            (L, OK,   OK,   OK,   OK, OK,   OK),
           allowed_writes=False),
    Action("workshops:place", "open", url("workshops:place", lambda w: w.workshop.pk),
           lambda w: {f"s{w.workshop_statement.pk}": 2}, workshop_counts,   (L, M,    M,    M,    M, M,    M)),
    Action("workshops:place", "closed", url("workshops:place", closed_workshop),
           lambda w: {f"s{w.workshop_statement.pk}": 2}, workshop_counts,   (L, M,    M,    M,    M, M,    M),
           allowed_writes=False),
    Action("workshops:close", "open", url("workshops:close", lambda w: w.workshop.pk),
           nothing, lambda w: Workshop.objects.filter(closed_at__isnull=False).count(),
                                                                            (L, NO,   NO,   NO,   M, NO,   NO)),
    # Members: a member changes their own photo only -------------------------------------------------------------
    Action("members:edit_photo", "own", url("members:edit_photo"), photo_upload, own_photo,
                                                                            (L, M,    M,    M,    M, M,    M)),
    Action("members:remove_photo", "own", url("members:remove_photo"), nothing, others_photo,
                                                                            (L, M,    M,    M,    M, M,    M),
           allowed_writes=False),
    Action("workshops:reveal", "open", url("workshops:reveal", lambda w: w.workshop.pk),
           lambda w: {"hidden": "1"}, lambda w: Workshop.objects.get(pk=w.workshop.pk).placings_hidden,
                                                                            (L, NO,   NO,   NO,   M, NO,   NO)),
    Action("workshops:promote", "closed, agreed", url("workshops:promote", closed_agreed_workshop),
           nothing, lambda w: Statement.objects.filter(status="draft").count(),
                                                                            (L, NO,   NO,   NO,   M, NO,   NO)),
    # Courses and guidelines --------------------------------------------------------------------------------------
    Action("courses:enrol", "live", url("courses:enrol", lambda w: w.course.pk),
           nothing, lambda w: Enrolment.objects.count(),                    (L, M,    M,    M,    M, M,    M)),
    Action("courses:enrol", "draft", url("courses:enrol", lambda w: w.draft_course.pk),
           nothing, lambda w: Enrolment.objects.count(),                    (L, GONE, GONE, GONE, GONE, GONE, GONE)),
    Action("courses:finish", "not on the course", url("courses:finish", lambda w: w.course.pk),
           nothing, lambda w: Enrolment.objects.count(),                    (L, NO,   NO,   NO,   NO, NO,   NO)),
    Action("courses:complete_lesson", "not on the course", url("courses:complete_lesson", lambda w: w.lesson.pk),
           nothing, lambda w: LessonCompletion.objects.count(),             (L, NO,   NO,   NO,   NO, NO,   NO)),
    Action("courses:acknowledge_guideline", "for account managers",
           url("courses:acknowledge_guideline", lambda w: w.managers_guideline.pk),
           lambda w: {"version": latest_version(w.managers_guideline)},
           lambda w: GuidelineAcknowledgement.objects.count(),              (L, NO,   NO,   M,    NO, NO,   NO)),
    # Official accounts -------------------------------------------------------------------------------------------
    Action("registers:apply", "save a draft", url("registers:apply"), application_draft,
           lambda w: Application.objects.count(),                            (L, NO,   M,    M,    NO, NO,   NO)),
    Action("registers:edit_application", "own draft", url("registers:edit_application",
                                                           lambda w: w.own_draft_application.pk),
           application_draft, application_state("own_draft_application"),   (L, NO,   M,    M,    NO, NO,   NO)),
    Action("registers:edit_application", "someone else's, submitted",
           url("registers:edit_application", lambda w: w.others_application.pk),
           application_draft, application_state("others_application"),      (L, GONE, GONE, GONE, GONE, NO, GONE)),
    Action("registers:decide", "someone else's, submitted", url("registers:decide", lambda w: w.others_application.pk),
           lambda w: {"decision": "changes", "reason": "Name a backup."}, application_state("others_application"),
                                                                            (L, GONE, GONE, GONE, GONE, M, GONE)),
    Action("registers:decide", "someone else's draft",
           url("registers:decide", lambda w: w.others_draft_application.pk),
           lambda w: {"decision": "changes", "reason": "Name a backup."},
           application_state("others_draft_application"),                   (L, GONE, GONE, GONE, GONE, GONE, GONE)),
    # Privacy -----------------------------------------------------------------------------------------------------
    Action("privacy:request_export", "own", url("privacy:request_export"), nothing,
           lambda w: DataExport.objects.filter(member=w.me).count(),          (L, M,    M,    M,    M, M,    M)),
    Action("privacy:export_for", "someone else", url("privacy:export_for", lambda w: w.other.pk), nothing,
           lambda w: DataExport.objects.count(),                              (L, GONE, GONE, GONE, GONE, GONE, GONE)),
    Action("privacy:deactivate", "someone else", url("privacy:deactivate", lambda w: w.other.pk),
           lambda w: {"basis": "Left the organisation", "anonymise_now": "on"},
           lambda w: Member.objects.filter(pk=w.other.pk).values_list("is_active", "first_name", "email")[0],
                                                                              (L, GONE, GONE, GONE, GONE, GONE, GONE)),
    Action("privacy:anonymise", "someone else", url("privacy:anonymise", lambda w: w.other.pk),
           lambda w: {"basis": "Left the organisation"},
           lambda w: Member.objects.filter(pk=w.other.pk).values_list("is_active", "first_name", "email")[0],
                                                                              (L, GONE, GONE, GONE, GONE, GONE, GONE)),
    # Quizzes -----------------------------------------------------------------------------------------------------
    Action("quizzes:start", "", url("quizzes:start", lambda w: w.quiz.pk),
           nothing, lambda w: QuizAttempt.objects.count(),                  (L, M,    M,    M,    M, M,    M)),
    Action("quizzes:start", "draft", url("quizzes:start", lambda w: w.draft_quiz.pk),
           nothing, lambda w: QuizAttempt.objects.count(),                  (L, GONE, GONE, GONE, GONE, GONE, GONE)),
    Action("quizzes:attempt", "someone else's", url("quizzes:attempt", lambda w: w.others_attempt.pk),
           lambda w: {"submit": "1"}, attempt_state("others_attempt"),      (L, GONE, GONE, GONE, GONE, GONE, GONE)),
    Action("quizzes:attempt", "someone else's, 10 more minutes", url("quizzes:attempt", lambda w: w.others_attempt.pk),
           lambda w: {"extend": "1"}, lambda w: QuizAttempt.objects.filter(extended_at__isnull=False).count(),
                                                                            (L, GONE, GONE, GONE, GONE, GONE, GONE)),
    Action("quizzes:time_adjustments", "", url("quizzes:time_adjustments"),
           lambda w: {"email": getattr(Member.objects.first(), "email", "x@example.org"), "kind": "no_limit",
                      "reason": "Agreed"},
           lambda w: TimeAdjustment.objects.count(),                        (L, GONE, GONE, GONE, M, GONE, GONE)),
]  # fmt: skip


def project_row_counts() -> dict[str, int]:
    """Rows in every table of the project's own apps: a refused POST adds or deletes none."""
    base = str(settings.BASE_DIR)
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if str(apps.get_app_config(model._meta.app_label).path).startswith(base)
        and ".venv" not in str(apps.get_app_config(model._meta.app_label).path)
    }


def action_cases():
    return [(action, role) for action in ACTIONS for role in ROLE_NAMES]


def action_ids():
    return [f"{action.id}-{role}" for action in ACTIONS for role in ROLE_NAMES]


@pytest.fixture(autouse=True)
def _no_rate_limits(settings):
    settings.FORUM_NEW_MEMBER_POSTS_PER_MINUTE = 100


def _prepare(action, world):
    # Site settings are made on the first page that shows them: make them now, not during the request.
    OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    address = action.url(world)
    data = action.data(world)
    return address, data, action.writes(world), project_row_counts()


@pytest.mark.parametrize(("action", "role"), action_cases(), ids=action_ids())
def test_post(action, role, client_for_role, world_for):
    client = client_for_role(role)
    world = world_for(role)
    address, data, before, counts_before = _prepare(action, world)

    response = client.post(address, data)

    expected = action.outcome_for(role)
    status, location = response.status_code, response.get("Location", "")
    context = f"POST {address} as {role}: {status} {location}"
    if expected == LOGIN:
        assert status == 302 and location.startswith("/accounts/login/"), context
    elif expected == MOVED:
        assert status == 302 and not location.startswith("/accounts/login/"), context
    else:
        assert status == expected, context
    after = action.writes(world)
    if expected in REFUSED or not action.allowed_writes:
        assert after == before, f"{context} changed {before!r} to {after!r}"
    else:
        assert after != before, f"{context} wrote nothing"
    if expected in REFUSED:
        assert project_row_counts() == counts_before, context


@pytest.mark.parametrize(("action", "role"), action_cases(), ids=action_ids())
def test_get_writes_nothing(action, role, client_for_role, world_for):
    client = client_for_role(role)
    world = world_for(role)
    address, _, before, counts_before = _prepare(action, world)

    response = client.get(address)

    assert response.status_code in (200, 302, 400, 403, 404, 405), f"GET {address} as {role}"
    assert action.writes(world) == before, f"GET {address} as {role}"
    assert project_row_counts() == counts_before, f"GET {address} as {role}"
