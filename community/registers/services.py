"""Writes for the register: status changes, managers (and who managed what when), applications, and managers'
licence lapses. Each runs in one transaction, locks the row it changes, asks `community.permissions` whether the
person may, and records who, when and why."""

import datetime
import uuid

from django.db import IntegrityError, transaction
from django.db.models import F, OuterRef, Value
from django.db.models.functions import Greatest
from django.urls import reverse
from django.utils import timezone

from community.models import Member, OfficialAccount
from community.notifications.models import Notification
from community.notifications.services import tell_member
from community.permissions import permissions
from community.refusals import Refused
from community.registers import selectors
from community.registers.models import Application, ManagerLapse, ManagerPeriod, StatusChange
from community.registers.tasks import send_application_news, send_lapse_news
from community.submit_once import refuse_if_submitted

Status = OfficialAccount.Status

# Where each status may go next. Retired is final.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    Status.PROPOSED: (Status.APPROVED, Status.RETIRED),
    Status.APPROVED: (Status.ACTIVE, Status.RETIRED),
    Status.ACTIVE: (Status.SUSPENDED, Status.RETIRED),
    Status.SUSPENDED: (Status.ACTIVE, Status.RETIRED),
    Status.RETIRED: (),
}
# A new entry in the register starts in one of these.
FIRST_STATUSES = (Status.PROPOSED, Status.APPROVED, Status.ACTIVE)
# Accounts whose managers must stay licensed: proposals have not started, retired accounts are over.
WATCHED_STATUSES = (Status.APPROVED, Status.ACTIVE, Status.SUSPENDED)


def allowed_next(status: str) -> tuple[str, ...]:
    return TRANSITIONS.get(status, ())


def _label(status: str) -> str:
    return Status(status).label.lower()


def _check_transition(*, account: OfficialAccount, from_status: str, to_status: str, manager_ids, day) -> None:
    if from_status and to_status not in allowed_next(from_status):
        allowed = ", ".join(_label(s) for s in allowed_next(from_status)) or "nothing: it is final"
        raise Refused(
            f"An account that is {_label(from_status)} cannot become {_label(to_status)}. It can become: {allowed}.",
            field="status",
        )
    if not from_status and to_status not in FIRST_STATUSES:
        raise Refused(f"A new account cannot start as {_label(to_status)}.", field="status")
    if to_status == Status.ACTIVE and not selectors.has_licensed_manager(
        account_id=account.pk, member_ids=manager_ids, day=day
    ):
        raise Refused(
            "An account cannot become active without a manager who holds a valid corporate user licence. "
            "Name a licensed manager first.",
            field="status",
        )


def check_new_managers(*, member_ids, day: datetime.date) -> None:
    """Every manager must hold a valid corporate user licence: refuse naming anyone who does not."""
    missing = selectors.unlicensed_members(member_ids=member_ids, day=day)
    if missing:
        names = ", ".join(member.get_full_name() or member.email for member in missing)
        raise Refused(
            f"Every manager must hold a valid corporate user licence. Without one: {names}.", field="managers"
        )


def _record(*, account, from_status: str, by, reason: str) -> StatusChange:
    return StatusChange.objects.create(
        account=account, from_status=from_status, to_status=account.status, changed_by=by, reason=reason
    )


def _require_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise Refused("Give a reason for the change of status.", field="reason")
    return reason


def change_status(
    *, account_id: int, to_status: str, by, reason: str, today: datetime.date | None = None
) -> OfficialAccount:
    """Move an account to another status, if the move is allowed; refused moves write nothing."""
    today = today or timezone.localdate()
    reason = _require_reason(reason)
    with transaction.atomic():
        account = OfficialAccount.objects.select_for_update().get(pk=account_id)
        if not permissions.can(by, "registers.change_status", account):
            raise Refused("Only an account coordinator can change an account's status.")
        if account.status == to_status:
            raise Refused(f"The account is already {_label(to_status)}.", field="status")
        _check_transition(account=account, from_status=account.status, to_status=to_status, manager_ids=None, day=today)
        from_status = account.status
        account.status = to_status
        account.save(update_fields=["status", "updated_at"])
        _record(account=account, from_status=from_status, by=by, reason=reason)
    return account


def save_account(
    *, account: OfficialAccount, managers: list[Member], by, reason: str = "", today: datetime.date | None = None
) -> OfficialAccount:
    """The admin's create and edit: the fields, the exact set of managers, and any change of status.

    Newly named managers must hold a valid licence; a manager whose licence lapsed may stay (the register
    shows the lapse). A change of status follows TRANSITIONS and needs a reason.
    """
    today = today or timezone.localdate()
    manager_ids = [member.pk for member in managers]
    with transaction.atomic():
        if not permissions.can(by, "registers.change_status", account):
            raise Refused("Only an account coordinator can change the register.")
        from_status, current_ids = "", set()
        if account.pk:
            locked = OfficialAccount.objects.select_for_update().filter(pk=account.pk).first()
            if locked is not None:
                from_status = locked.status
                current_ids = set(locked.managers.values_list("pk", flat=True))
        check_new_managers(member_ids=set(manager_ids) - current_ids, day=today)
        if account.status != from_status:
            if from_status:
                reason = _require_reason(reason)
            _check_transition(
                account=account, from_status=from_status, to_status=account.status, manager_ids=manager_ids, day=today
            )
        try:
            with transaction.atomic():
                account.save()
        except IntegrityError:
            raise Refused(
                "The register already has an account with this handle on this platform.", field="handle"
            ) from None
        account.managers.set(manager_ids)
        if account.status != from_status:
            _record(account=account, from_status=from_status, by=by, reason=reason.strip() or "Added to the register.")
    return account


def record_managers_added(*, account_ids, member_ids, day: datetime.date) -> None:
    """Each member now manages each account (one of the two is a single id): open a period from `day`, unless
    one is open already. Called for every change of managers, whoever makes it (signals.py)."""
    ManagerPeriod.objects.bulk_create(
        [
            ManagerPeriod(account_id=account_id, member_id=member_id, started_on=day)
            for account_id in account_ids
            for member_id in member_ids
        ],
        ignore_conflicts=True,  # the one open period per account and member (a constraint) is there already
    )


def record_managers_removed(*, account_ids=None, member_ids=None, day: datetime.date) -> None:
    """The members stopped managing the accounts on `day`: close their open periods (None means all)."""
    periods = ManagerPeriod.objects.filter(ended_on__isnull=True)
    if account_ids is not None:
        periods = periods.filter(account_id__in=account_ids)
    if member_ids is not None:
        periods = periods.filter(member_id__in=member_ids)
    periods.update(ended_on=Greatest(F("started_on"), Value(day)))


# Applications ------------------------------------------------------------------------------------------------------


def _check_backup(*, application: Application, day: datetime.date) -> None:
    backup = application.backup_manager
    if backup is None:
        raise Refused("Name a backup manager.", field="backup_manager")
    if backup.pk == application.applicant_id:
        raise Refused("The backup manager must be someone other than you.", field="backup_manager")
    if selectors.unlicensed_members(member_ids=[backup.pk], day=day):
        raise Refused(
            f"{backup.get_full_name() or backup.email} does not hold a valid corporate user licence, so cannot "
            "manage an account yet. Name a licensed colleague.",
            field="backup_manager",
        )


def _already_sent(application: Application) -> str:
    return f"You already sent this application ({application.get_status_display().lower()}). Here it is."


def save_application(
    *,
    application: Application,
    applicant,
    submit: bool,
    today: datetime.date | None = None,
    submission_key: uuid.UUID | None = None,
) -> Application:
    """Save the applicant's draft, and submit it when asked. Only the applicant, only while it is editable.

    A new application's form sent twice (a double click) raises AlreadySubmitted with the first one.
    """
    today = today or timezone.localdate()
    own = Application.objects.filter(applicant=applicant)
    with transaction.atomic():
        if application.pk:
            locked = Application.objects.select_for_update().filter(pk=application.pk).first()
            if locked is None or not permissions.can(applicant, "registers.edit_application", locked):
                raise Refused("This application can no longer be changed.")
        elif not permissions.can(applicant, "accounts.apply"):
            raise Refused("You need a valid corporate user licence to apply for an official account.")
        else:
            refuse_if_submitted(own, submission_key=submission_key, message=_already_sent)
            application.submission_key = submission_key
        application.applicant = applicant
        if submit:
            _check_backup(application=application, day=today)
            if OfficialAccount.objects.filter(platform=application.platform, handle=application.handle).exists():
                raise Refused("The register already has an account with this handle on this platform.", field="handle")
            application.status = Application.Status.SUBMITTED
            application.submitted_at = timezone.now()
        try:
            with transaction.atomic():
                application.save()
        except IntegrityError:
            # The same form won a race a moment ago: the constraint on (applicant, key) says so.
            refuse_if_submitted(own, submission_key=submission_key, message=_already_sent)
            raise
        if submit:
            send_application_news.enqueue(application_id=application.pk, event="submitted")
    return application


DECISIONS = {
    "approve": Application.Status.APPROVED,
    "reject": Application.Status.REJECTED,
    "changes": Application.Status.CHANGES_REQUESTED,
}


def decide(*, application_id: int, decision: str, by, reason: str, today: datetime.date | None = None) -> Application:
    """The coordinator's decision. Approval creates the account with the applicant and the backup as managers."""
    today = today or timezone.localdate()
    reason = (reason or "").strip()
    if decision not in DECISIONS:
        raise Refused("Choose approve, reject or ask for changes.", field="decision")
    if not reason:
        raise Refused("Give your reasons: the applicant will see them.", field="reason")
    with transaction.atomic():
        application = (
            Application.objects.select_for_update(of=("self",))
            .select_related("applicant", "backup_manager")
            .get(pk=application_id)
        )
        if not permissions.can(by, "registers.decide", application):
            raise Refused(
                f"This application is {application.get_status_display().lower()}: it is not waiting for a decision."
            )
        if decision == "approve":
            application.account = _open_account(application=application, by=by, reason=reason, today=today)
        application.status = DECISIONS[decision]
        application.decided_by, application.decided_at, application.decision_reason = by, timezone.now(), reason
        application.save()
        _tell_applicant(application=application)
        send_application_news.enqueue(application_id=application.pk, event=decision)
    return application


def _open_account(*, application: Application, by, reason: str, today: datetime.date) -> OfficialAccount:
    manager_ids = [application.applicant_id] + (
        [application.backup_manager_id] if application.backup_manager_id else []
    )
    check_new_managers(member_ids=manager_ids, day=today)
    try:
        with transaction.atomic():
            account = OfficialAccount.objects.create(
                platform=application.platform,
                name=application.name,
                handle=application.handle,
                public_url=application.public_url,
                department=application.department,
                purpose=application.why_needed,
                audience=application.audience,
                business_goals=application.goals,
                sponsor_id=application.sponsor_id,
                status=Status.APPROVED,
                review_date=today + datetime.timedelta(days=365),
            )
    except IntegrityError:
        raise Refused("The register already has an account with this handle on this platform.") from None
    account.managers.set(manager_ids)
    _record(account=account, from_status="", by=by, reason=f"Application approved: {reason}")
    return account


DECISION_NEWS = {
    Application.Status.APPROVED: "Your application for “{name}” was approved: you now manage the account.",
    Application.Status.REJECTED: "Your application for “{name}” was not approved.",
    Application.Status.CHANGES_REQUESTED: "Your application for “{name}” needs changes before a decision.",
}


def _tell_applicant(*, application: Application) -> None:
    message = DECISION_NEWS[application.status].format(name=application.name)
    tell_member(
        member=application.applicant,
        kind=Notification.Kind.ACCOUNT_APPLICATION,
        message=f"{message} The coordinator’s reasons: {application.decision_reason}",
        link=reverse("registers:application", args=[application.pk]),
    )


def find_lapses(*, today: datetime.date, member_ids: list[int] | None = None) -> int:
    """Record new lapses of managers' corporate user licences (telling the coordinators, in the site and by
    email) and close those that ended; returns how many are new.

    Run daily (`manage.py find_manager_lapses`) and at once when a champion suspends, revokes or reinstates a
    licence (`signals.py`). Idempotent: a lapse is recorded once, while it lasts. A lapse ends when the manager
    holds a valid licence again or stops managing the account.
    """
    pairs = selectors.Managed.objects.filter(officialaccount__status__in=WATCHED_STATUSES)
    open_lapses = ManagerLapse.objects.filter(resolved_on__isnull=True)
    if member_ids is not None:
        pairs = pairs.filter(member_id__in=member_ids)
        open_lapses = open_lapses.filter(member_id__in=member_ids)
    unlicensed = set(
        pairs.annotate(licensed=selectors.valid_licence(OuterRef("member_id"), day=today))
        .filter(licensed=False)
        .values_list("officialaccount_id", "member_id")
    )
    open_pairs = {
        (account_id, member_id): pk
        for pk, account_id, member_id in open_lapses.values_list("pk", "account_id", "member_id")
    }
    ended = [pk for pair, pk in open_pairs.items() if pair not in unlicensed]
    if ended:
        ManagerLapse.objects.filter(pk__in=ended).update(resolved_on=today)
    new = 0
    for account_id, member_id in sorted(unlicensed - set(open_pairs)):
        try:
            with transaction.atomic():
                lapse = ManagerLapse.objects.create(account_id=account_id, member_id=member_id, detected_on=today)
                _tell_coordinators(lapse=lapse)
        except IntegrityError:
            continue  # Another run recorded it at the same moment.
        new += 1
    return new


def _tell_coordinators(*, lapse: ManagerLapse) -> None:
    lapse = ManagerLapse.objects.select_related("account", "member").get(pk=lapse.pk)
    account, member = lapse.account, lapse.member
    reason = "no longer holds a valid corporate user licence" if member.is_active else "has left the organisation"
    message = (
        f"{member.get_full_name() or member.email}, a manager of {account.title} ({account.get_platform_display()}), "
        f"{reason}."
    )
    link = reverse("registers:account", args=[account.pk])
    for coordinator in selectors.coordinators():
        tell_member(member=coordinator, kind=Notification.Kind.ACCOUNT_LAPSE, message=message, link=link)
    send_lapse_news.enqueue(lapse_id=lapse.pk)
