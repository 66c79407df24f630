"""What notifications hold about a member: what the site told them, and how often they want email."""

from community.notifications import services
from community.notifications.models import EmailPreference, Notification
from community.personal_data import PersonalData, rows_of


def rows(*, member) -> dict[str, list[dict]]:
    return {
        "notifications": rows_of(
            Notification.objects.filter(recipient=member), ["kind", "message", "link", "created_at", "read_at"]
        ),
        "email_preference": rows_of(EmailPreference.objects.filter(member=member), ["frequency", "updated_at"]),
    }


def provider() -> PersonalData:
    return PersonalData(
        key="notifications",
        title="Notifications",
        holds=(
            "What the site told you (replies, mentions, licence and account news), when you read it, and how often "
            "you want email. Others' notifications name you when you replied or mentioned them."
        ),
        why="To tell you what happened in the topics you watch and to your licence and accounts.",
        kept="For the period below, then deleted; all of yours are deleted when you are anonymised.",
        retention="notifications",
        models=("notifications.Notification", "notifications.EmailPreference"),
        rows=rows,
        anonymise=services.anonymise_leaver,
        expiry={"notifications": services.expire_notifications},
    )
