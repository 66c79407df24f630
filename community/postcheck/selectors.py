"""Reads for the pre-flight check: the rules' data, the report, the member's accounts, the risks lesson."""

from dataclasses import dataclass

from wagtail import hooks

from community.models import OfficialAccount
from community.postcheck.draft import RULE_HOOK, Draft, Finding, Severity
from community.postcheck.models import PostCheckSettings, WordChoice
from community.postcheck.platforms import Platform, length_on, platform_for
from community.postcheck.risks import RISKS_LESSON_SLUG
from courses.models import LessonPage

DEFAULT_READING_EASE_TARGET = 60
SEVERITY_ORDER = {Severity.PROBLEM: 0, Severity.CHECK: 1, Severity.ADVICE: 2}


@dataclass(frozen=True)
class Report:
    findings: list[Finding]
    platform: Platform
    length: int

    @property
    def remaining(self) -> int:
        return self.platform.limit - self.length

    @property
    def over(self) -> int:
        return -self.remaining


def reading_ease_target() -> int:
    """Read, never created: a GET of the settings would otherwise write a row."""
    settings = PostCheckSettings.objects.first()
    return settings.reading_ease_target if settings else DEFAULT_READING_EASE_TARGET


def word_choices() -> list[WordChoice]:
    return list(WordChoice.objects.all())


def report_for(*, draft: Draft) -> Report:
    """Every rule registered with the `postwise_post_check_rule` hook, in hook order; findings in text order."""
    findings: list[Finding] = []
    for rule in hooks.get_hooks(RULE_HOOK):
        findings.extend(rule(draft))
    findings.sort(
        key=lambda finding: (-1 if finding.start is None else finding.start, SEVERITY_ORDER[finding.severity])
    )
    platform = platform_for(draft.platform)
    return Report(findings=findings, platform=platform, length=length_on(platform, draft.text))


def accounts_for(*, member) -> list[OfficialAccount]:
    """The official accounts the member manages and may post on."""
    return list(
        OfficialAccount.objects.filter(managers=member, status__in=OfficialAccount.MANAGER_LEVEL_STATUSES).order_by(
            "name", "pk"
        )
    )


def risks_lesson_url() -> str:
    lesson = LessonPage.objects.live().filter(slug=RISKS_LESSON_SLUG).first()
    return lesson.url if lesson else ""
