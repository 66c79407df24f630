"""Home page and My path with many members, licences and official accounts.

A fifth of the bench's members (4,000 at BENCH_SCALE=20000), half of them licensed, and one official account per
twenty members of the scale (1,000), each with a manager.
"""

import datetime

from django.utils import timezone

from community.models import Member, OfficialAccount
from courses.licences.models import Licence, LicenceType

BENCH_PASSWORD_HASH = "md5$bench$0"  # an unusable-in-practice hash: bench members never log in by password


def seed(scale: int) -> None:
    members = Member.objects.bulk_create(
        Member(email=f"bench{i}@example.org", first_name="Bench", last_name=str(i), password=BENCH_PASSWORD_HASH)
        for i in range(scale // 5)
    )
    licence_type, _ = LicenceType.objects.get_or_create(name="Corporate user licence")
    today = timezone.localdate()
    Licence.objects.bulk_create(
        Licence(
            holder=member,
            licence_type=licence_type,
            status=Licence.Status.ACTIVE,
            issued_on=today - datetime.timedelta(days=i % 300),
            expires_on=today + datetime.timedelta(days=65 + i % 300),
        )
        for i, member in enumerate(members[: len(members) // 2])
    )
    accounts = OfficialAccount.objects.bulk_create(
        OfficialAccount(
            platform=OfficialAccount.Platform.MASTODON, handle=f"@service{i}", status=OfficialAccount.Status.APPROVED
        )
        for i in range(scale // 20)
    )
    OfficialAccount.managers.through.objects.bulk_create(
        OfficialAccount.managers.through(officialaccount_id=account.pk, member_id=members[i % len(members)].pk)
        for i, account in enumerate(accounts)
    )


def pages() -> list[tuple[str, str | None]]:
    return [("/", None), ("/my-path/", "bench0@example.org"), ("/my-path/", "bench1@example.org")]
