"""The register's demo: eight official accounts, their sponsors and managers (one with a lapsed licence), one
application waiting for a decision and one approved, and a year of back-dated history (who managed which account
when, a suspension). Data in site/demo/registers/*.yaml; idempotent.

This step (order 40) is the one place the demo official accounts are made: the later steps (measures,
incidents, hub, dashboard) look them up by platform and handle.
"""

import datetime
from typing import Literal

from dateutil.relativedelta import relativedelta
from django.utils import timezone

from community.demo_accounts import DEMO_PASSWORD, demo_members
from community.demo_data import DemoModel, read
from community.models import Member, OfficialAccount
from community.registers import services
from community.registers.models import Application, ManagerPeriod, StatusChange
from community.registers.selectors import unlicensed_members
from community.services import ensure_member
from courses.licences.models import LicenceType
from courses.licences.services import ensure_active_licence

PEOPLE_FILE = "registers/people.yaml"
ACCOUNTS_FILE = "registers/accounts.yaml"
APPLICATIONS_FILE = "registers/applications.yaml"
HISTORY_FILE = "registers/history.yaml"
HISTORY_MARK = "Demo history: registered"


class DemoPerson(DemoModel):
    username: str
    first_name: str
    last_name: str
    department: str
    licence: Literal["valid", "lapsed", "none"]


class DemoAccount(DemoModel):
    platform: OfficialAccount.Platform
    handle: str
    name: str
    department: str
    public_url: str = ""
    feed_url: str = ""
    purpose: str
    audience: str
    business_goals: str
    sponsor: str
    managers: list[str]
    status: OfficialAccount.Status
    review_in_days: int
    mfa_enabled: bool
    credentials_holder: str
    credentials_location: str
    reason: str


class DemoFormerManager(DemoModel):
    username: str
    from_months_ago: int
    to_months_ago: int


class DemoStatusChange(DemoModel):
    to_status: OfficialAccount.Status
    months_ago: int
    reason: str


class DemoHistory(DemoModel):
    platform: OfficialAccount.Platform
    handle: str
    registered_months_ago: int
    managers_since: dict[str, int] = {}
    former_managers: list[DemoFormerManager] = []
    status_changes: list[DemoStatusChange] = []


class DemoApplication(DemoModel):
    applicant: str
    status: Application.Status
    account_handle: str = ""
    platform: OfficialAccount.Platform
    name: str
    handle: str
    department: str
    why_needed: str
    why_not_existing: str
    audience: str
    goals: str
    time_and_resources: str
    backup: str
    sponsor: str
    success_measures: str
    decision: str = ""


def _member(username: str, *, file: str) -> Member:
    return demo_members([username], source=file)[0]


def _people(*, today: datetime.date, log) -> None:
    licence_type = LicenceType.objects.filter(grants_corporate_level=True).order_by("pk").first()
    for person in read(PEOPLE_FILE, list[DemoPerson]):
        member, created = ensure_member(
            email=f"{person.username}@example.org",
            password=DEMO_PASSWORD,
            first_name=person.first_name,
            last_name=person.last_name,
            department=person.department,
        )
        if licence_type is not None and person.licence != "none":
            # A lapsed licence was issued thirteen months ago, so it ran out a month ago.
            issued_on = today if person.licence == "valid" else today - relativedelta(months=13)
            ensure_active_licence(holder=member, licence_type=licence_type, issued_on=issued_on)
        if created:
            log(f"{member.email} created")


def load_official_accounts(*, log) -> None:
    """Official accounts, their people and applications."""
    today = timezone.localdate()
    _people(today=today, log=log)
    entries = read(ACCOUNTS_FILE, list[DemoAccount])
    coordinator = _member("coordinator", file=ACCOUNTS_FILE)
    for entry in entries:
        if OfficialAccount.objects.filter(platform=entry.platform, handle=entry.handle).exists():
            continue
        managers = [_member(username, file=ACCOUNTS_FILE) for username in entry.managers]
        account = OfficialAccount(
            platform=entry.platform,
            handle=entry.handle,
            name=entry.name,
            department=entry.department,
            public_url=entry.public_url,
            feed_url=entry.feed_url,
            purpose=entry.purpose,
            audience=entry.audience,
            business_goals=entry.business_goals,
            sponsor=_member(entry.sponsor, file=ACCOUNTS_FILE),
            status=entry.status,
            review_date=today + datetime.timedelta(days=entry.review_in_days),
            mfa_enabled=entry.mfa_enabled,
            credentials_holder=entry.credentials_holder,
            credentials_location=entry.credentials_location,
        )
        account.full_clean(exclude=["managers"])
        # Registered when every manager was licensed: an account whose manager's licence has since lapsed
        # (it ran out a month ago) was registered six months ago.
        lapsed = unlicensed_members(member_ids=[member.pk for member in managers], day=today)
        registered_on = today - relativedelta(months=6) if lapsed else today
        services.save_account(
            account=account, managers=managers, by=coordinator, reason=entry.reason, today=registered_on
        )
        log(f"{account} added to the register")
    _applications(coordinator=coordinator, log=log)


def load_management_history(*, log) -> None:
    """Back-dated history of the register's accounts: who managed which when, and a suspension."""
    today = timezone.localdate()
    for entry in read(HISTORY_FILE, list[DemoHistory]):
        account = OfficialAccount.objects.filter(platform=entry.platform, handle=entry.handle).first()
        if account is None or StatusChange.objects.filter(account=account, reason__startswith=HISTORY_MARK).exists():
            continue
        registered = today - relativedelta(months=entry.registered_months_ago)
        moment = timezone.make_aware(datetime.datetime.combine(registered, datetime.time(9)))
        first = StatusChange.objects.filter(account=account).order_by("changed_at", "pk").first()
        if first is not None:
            StatusChange.objects.filter(pk=first.pk).update(
                changed_at=moment, reason=f"{HISTORY_MARK} {registered:%-d %B %Y}. {first.reason}"
            )
        since = {
            _member(username, file=HISTORY_FILE).pk: today - relativedelta(months=months)
            for username, months in entry.managers_since.items()
        }
        for period in ManagerPeriod.objects.filter(account=account, ended_on__isnull=True):
            period.started_on = since.get(period.member_id, registered)
            period.save(update_fields=["started_on"])
        for former in entry.former_managers:
            ManagerPeriod.objects.get_or_create(
                account=account,
                member=_member(former.username, file=HISTORY_FILE),
                started_on=today - relativedelta(months=former.from_months_ago),
                ended_on=today - relativedelta(months=former.to_months_ago),
            )
        status = first.to_status if first is not None else account.status
        for change in entry.status_changes:
            made = StatusChange.objects.create(
                account=account, from_status=status, to_status=change.to_status, reason=change.reason
            )
            when = today - relativedelta(months=change.months_ago)
            StatusChange.objects.filter(pk=made.pk).update(
                changed_at=timezone.make_aware(datetime.datetime.combine(when, datetime.time(10)))
            )
            status = change.to_status
        log(f"{account}: back-dated history from {registered:%-d %B %Y}")


def load_manager_lapses(*, log) -> None:
    """Managers' licence lapses, found once every other demo step has named its managers."""
    found = services.find_lapses(today=timezone.localdate())
    log(f"manager licence lapses: {found} new")


def _applications(*, coordinator: Member, log) -> None:
    for entry in read(APPLICATIONS_FILE, list[DemoApplication]):
        applicant = _member(entry.applicant, file=APPLICATIONS_FILE)
        if Application.objects.filter(applicant=applicant, handle=entry.handle).exists():
            continue
        now = timezone.now()
        application = Application.objects.create(
            applicant=applicant,
            status=entry.status,
            platform=entry.platform,
            name=entry.name,
            handle=entry.handle,
            department=entry.department,
            why_needed=entry.why_needed,
            why_not_existing=entry.why_not_existing,
            audience=entry.audience,
            goals=entry.goals,
            time_and_resources=entry.time_and_resources,
            backup_manager=_member(entry.backup, file=APPLICATIONS_FILE),
            sponsor=_member(entry.sponsor, file=APPLICATIONS_FILE),
            success_measures=entry.success_measures,
            submitted_at=now - datetime.timedelta(days=3),
        )
        if entry.status == Application.Status.APPROVED:
            application.account = OfficialAccount.objects.filter(
                platform=entry.platform, handle=entry.account_handle
            ).first()
            application.decided_by, application.decided_at = coordinator, now - datetime.timedelta(days=1)
            application.decision_reason = entry.decision
            application.save()
        log(f"application “{application.name}” ({application.get_status_display().lower()}) added")
