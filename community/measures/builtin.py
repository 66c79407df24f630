"""The measures this app provides, registered in wagtail_hooks.py. Each turns selector figures into a Result."""

import datetime

from django.urls import reverse

from community.levels import Level
from community.measures import selectors
from community.measures.filters import Filters
from community.measures.units import Chart, Link, Measure, Result, Scope


def percent(value: float | None) -> str:
    """A share (0 to 1) for a table or figure: "42.5%", or "–" where there is nothing to divide."""
    return "–" if value is None else f"{percent_value(value):.1f}%"


def percent_value(value: float | None) -> float:
    """A share (0 to 1) as a chart's number: 42.5, or 0 where there is nothing to divide."""
    return round((value or 0) * 100, 1)


def number(value: float | int | None, unit: str = "") -> str:
    if value is None:
        return "–"
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.1f}"
    return f"{text} {unit}".strip()


class LevelsNow(Measure):
    slug = "levels"
    title = "Members at each level"
    description = "Active members at each level on the end date, from their licences and the accounts they manage."

    def compute(self, *, filters: Filters, scope: Scope, today: datetime.date) -> Result:
        counts = selectors.level_counts(filters=filters, day=filters.end)
        total = sum(counts.values())
        return Result(
            figures=[("Members", number(total))] + [(level.label, number(counts[level])) for level in Level],
            columns=["Level", "Members", "Share"],
            rows=[[level.label, counts[level], percent(selectors.share(counts[level], total))] for level in Level],
            chart=Chart(
                kind="bar", labels=[level.label for level in Level], series=[("Members", list(counts.values()))]
            ),
        )


class LevelTrend(Measure):
    slug = "level-trend"
    title = "Levels month by month"
    description = (
        "Members at each level at the end of each month, reconstructed from licence issue, expiry, revocation "
        "and suspension dates, and from who managed which account when and the account's status then."
    )

    def compute(self, *, filters: Filters, scope: Scope, today: datetime.date) -> Result:
        trend = selectors.level_trend(filters=filters)
        labels = [f"{day:%b %Y}" for day, _ in trend]
        return Result(
            columns=["Month", *(level.label for level in Level)],
            rows=[[f"{day:%B %Y}", *(counts[level] for level in Level)] for day, counts in trend],
            chart=Chart(
                kind="line",
                labels=labels,
                series=[(level.label, [counts[level] for _, counts in trend]) for level in Level],
            ),
            note="The register keeps no history of an account's status: today's status counts for every month.",
        )


class InductionCompletion(Measure):
    slug = "induction"
    title = "Induction completion"
    description = "Members who joined in the date range and completed every course required for all staff by its end."

    def compute(self, *, filters: Filters, scope: Scope, today: datetime.date) -> Result:
        figures = selectors.induction(filters=filters)
        if figures.required_courses == 0:
            return Result(unavailable="No course is marked “required for all staff” yet, so there is no induction.")
        return Result(
            figures=[
                ("Joined in the range", number(figures.members)),
                ("Completed induction", number(figures.completed)),
                ("Completion", percent(selectors.share(figures.completed, figures.members))),
                ("Median days from joining to completion", number(figures.median_days, "days")),
            ],
            columns=["Department", "Joined", "Completed", "Completion"],
            rows=[
                [department, joined, done, percent(selectors.share(done, joined))]
                for department, joined, done in figures.by_department
            ],
            chart=Chart(
                kind="bar",
                labels=[row[0] for row in figures.by_department],
                series=[
                    (
                        "Completion (%)",
                        [percent_value(selectors.share(done, joined)) for _, joined, done in figures.by_department],
                    )
                ],
                y_title="%",
            ),
        )


class QuizPassRate(Measure):
    slug = "quiz"
    title = "The licence quiz"
    description = "Submitted attempts at licence quizzes in the date range, and how many attempts a pass takes."

    def compute(self, *, filters: Filters, scope: Scope, today: datetime.date) -> Result:
        quiz_ids = selectors.licence_quiz_ids()
        if not quiz_ids:
            return Result(unavailable="No licence type has a quiz yet.")
        summary = selectors.quiz_summary(filters=filters, quiz_ids=quiz_ids)
        return Result(
            figures=[
                ("Attempts", number(summary.attempts)),
                ("Pass rate", percent(summary.pass_rate)),
                ("Mean attempts to pass, counting the passing one", number(summary.mean_attempts_to_pass)),
            ],
            columns=["Month", "Attempts", "Passed", "Pass rate"],
            rows=[
                [f"{month:%B %Y}", attempts, passed, percent(selectors.share(passed, attempts))]
                for month, attempts, passed in summary.by_month
            ],
            chart=Chart(
                kind="bar",
                labels=[f"{month:%b %Y}" for month, _, _ in summary.by_month],
                series=[
                    ("Attempts", [row[1] for row in summary.by_month]),
                    ("Passed", [row[2] for row in summary.by_month]),
                ],
            ),
        )


class QuizQuestions(Measure):
    slug = "questions"
    title = "Quiz questions: difficulty and discrimination"
    description = (
        "Difficulty is the share of answers that were right. Discrimination is the share right in passing "
        "attempts minus the share right in failing ones: near zero or below, the question does not tell them apart. "
        "Flagged: too easy above 95% right, too hard below 30%."
    )

    def compute(self, *, filters: Filters, scope: Scope, today: datetime.date) -> Result:
        quiz_ids = selectors.licence_quiz_ids()
        if not quiz_ids:
            return Result(unavailable="No licence type has a quiz yet.")
        questions = selectors.question_figures(filters=filters, quiz_ids=quiz_ids)
        flagged = [question for question in questions if question.flag]
        return Result(
            figures=[
                ("Questions answered", number(len(questions))),
                ("Too easy", number(sum(1 for q in flagged if q.flag == "Too easy"))),
                ("Too hard", number(sum(1 for q in flagged if q.flag == "Too hard"))),
            ],
            columns=["Question", "Answers", "Right", "Difficulty (share right)", "Discrimination", "Flag"],
            rows=[
                [
                    question.text,
                    question.answered,
                    question.correct,
                    percent(question.difficulty),
                    "–" if question.discrimination is None else f"{question.discrimination:+.2f}",
                    question.flag,
                ]
                for question in questions
            ],
            row_links=[
                Link(
                    text="Edit this question",
                    url=reverse("wagtailsnippets_quizzes_question:edit", args=[question.question_id]),
                )
                if question.flag
                else None
                for question in questions
            ],
            chart=Chart(
                kind="bar",
                labels=[f"Q{question.question_id}" for question in questions],
                series=[("Share right (%)", [percent_value(q.difficulty) for q in questions])],
                y_title="%",
            ),
        )


class LicenceRenewals(Measure):
    slug = "licences"
    title = "Licences expiring and renewed"
    description = (
        "Valid licences expiring within 30 and 90 days of the end date; in the date range, renewals made in "
        "the renewal window (on time), licences issued again after one ran out (late), and licences that ran "
        "out and are not renewed."
    )

    def compute(self, *, filters: Filters, scope: Scope, today: datetime.date) -> Result:
        figures = selectors.licence_renewals(filters=filters)
        rows = [
            ["Expiring within 30 days", figures.expiring_30],
            ["Expiring within 90 days", figures.expiring_90],
            ["Renewed on time", figures.renewed_on_time],
            ["Renewed late", figures.renewed_late],
            ["Ran out, not renewed", figures.lapsed],
        ]
        return Result(
            figures=[
                ("Expiring within 30 days", number(figures.expiring_30)),
                ("Expiring within 90 days", number(figures.expiring_90)),
                ("Renewals on time", percent(figures.on_time_share)),
            ],
            columns=["Licences", "Count"],
            rows=rows,
            chart=Chart(kind="bar", labels=[row[0] for row in rows], series=[("Licences", [row[1] for row in rows])]),
        )


class GuidelineAcknowledgements(Measure):
    slug = "guidelines"
    title = "Guideline acknowledgement"
    description = (
        "Members at each level on the end date who have acknowledged the current version of the guidelines "
        "for their level and the levels below."
    )

    def compute(self, *, filters: Filters, scope: Scope, today: datetime.date) -> Result:
        rows = selectors.guideline_acknowledgements(filters=filters)
        if rows is None:
            return Result(unavailable="No guidelines are published yet.")
        return Result(
            figures=[(row.level.label, percent(row.share)) for row in rows],
            columns=["Level", "Members", "Acknowledged", "Share"],
            rows=[[row.level.label, row.members, row.acknowledged, percent(row.share)] for row in rows],
            chart=Chart(
                kind="bar",
                labels=[row.level.label for row in rows],
                series=[("Acknowledged (%)", [percent_value(row.share) for row in rows])],
                y_title="%",
            ),
        )


class ForumActivity(Measure):
    slug = "forum"
    title = "Forum activity"
    description = (
        "Topics and replies per week (weeks start on Monday), the median time to a topic's first reply, "
        "topics with no reply after 3 days, and flags waiting for a moderator on the end date."
    )

    def compute(self, *, filters: Filters, scope: Scope, today: datetime.date) -> Result:
        activity = selectors.forum_activity(filters=filters)
        return Result(
            figures=[
                ("Topics", number(activity.topics)),
                ("Replies", number(activity.replies)),
                ("Median time to a first reply", number(activity.median_hours_to_first_reply, "hours")),
                ("Unanswered after 3 days", number(activity.unanswered)),
                ("Flags waiting", number(activity.flags_waiting)),
            ],
            columns=["Week starting", "Topics", "Replies"],
            rows=[[f"{monday:%-d %b %Y}", topics, replies] for monday, topics, replies in activity.weeks],
            chart=Chart(
                kind="line",
                labels=[f"{monday:%-d %b}" for monday, _, _ in activity.weeks],
                series=[
                    ("Topics", [week[1] for week in activity.weeks]),
                    ("Replies", [week[2] for week in activity.weeks]),
                ],
            ),
        )


def _accounts_result(accounts, *, empty: str, filters: Filters) -> Result:
    by_department: dict[str, int] = {}
    for account in accounts:
        by_department[account.department or "No department given"] = (
            by_department.get(account.department or "No department given", 0) + 1
        )
    return Result(
        figures=[("Accounts", number(len(accounts)))],
        columns=["Account", "Department", "Status", "Licensed managers", "Review date"],
        rows=[
            [
                account.name or account.handle,
                account.department or "–",
                account.get_status_display(),
                account.licensed_managers or 0,
                f"{account.review_date:%-d %B %Y}" if account.review_date else "–",
            ]
            for account in accounts
        ],
        chart=Chart(kind="bar", labels=list(by_department), series=[("Accounts", list(by_department.values()))])
        if accounts
        else None,
        note="" if accounts else empty,
    )


class AccountsWithoutLicensedManager(Measure):
    slug = "unmanaged-accounts"
    title = "Accounts with no licensed manager"
    description = "Approved or active official accounts none of whose managers holds a valid licence on the end date."
    for_sponsors = True

    def compute(self, *, filters: Filters, scope: Scope, today: datetime.date) -> Result:
        accounts = selectors.accounts_without_licensed_manager(filters=filters, sponsor_id=scope.sponsor_id)
        return _accounts_result(accounts, empty="Every account has a licensed manager.", filters=filters)


class OverdueReviews(Measure):
    slug = "overdue-reviews"
    title = "Overdue account reviews"
    description = "Official accounts (not retired) whose review date had passed by the end date."
    for_sponsors = True

    def compute(self, *, filters: Filters, scope: Scope, today: datetime.date) -> Result:
        accounts = selectors.overdue_reviews(filters=filters, sponsor_id=scope.sponsor_id)
        return _accounts_result(accounts, empty="No review is overdue.", filters=filters)
