from dataclasses import dataclass

from django.db.models import Prefetch
from django.utils import timezone

from community.levels import Level
from community.sites.models import AccessList, SiteDomain, SocialSite
from courses.licences.models import LicenceType

# Which lists each level reaches. Nobody reaches the blocked list.
LISTS_FOR_LEVEL: dict[Level, tuple[str, ...]] = {
    Level.BASIC: (AccessList.BASIC,),
    Level.CORPORATE_USER: (AccessList.BASIC, AccessList.APPROVED),
    Level.ACCOUNT_MANAGER: (AccessList.BASIC, AccessList.APPROVED),
}


@dataclass(frozen=True)
class MyAccess:
    level: Level
    reachable: list[SocialSite]
    unreachable: list[SocialSite]
    licence_course_url: str


def domain_clashes(*, domains: list[str], except_site_id: int | None = None) -> list[str]:
    """What to say about each of `domains` already on another site (and so on a list)."""
    taken = SiteDomain.objects.filter(domain__in=domains).select_related("site").order_by("domain")
    if except_site_id is not None:
        taken = taken.exclude(site_id=except_site_id)
    return [
        f"{row.domain} is already on the {row.site.access_list} list, as part of “{row.site.name}”." for row in taken
    ]


def _licence_course_url() -> str:
    """The course whose quiz grants the corporate level: two queries at most."""
    licence_type = (
        LicenceType.objects.filter(grants_corporate_level=True, quiz__live=True).select_related("quiz").first()
    )
    if licence_type is None:
        return ""
    course = licence_type.quiz.get_parent()
    return course.url if course is not None and course.live else licence_type.quiz.url or ""


def my_access_for(*, level: Level | None) -> MyAccess:
    """Three or four queries, however many sites and domains there are."""
    level = level or Level.BASIC
    sites = list(
        SocialSite.objects.prefetch_related(Prefetch("domains", queryset=SiteDomain.objects.order_by("domain")))
    )
    reach = LISTS_FOR_LEVEL[level]
    unreachable = [site for site in sites if site.access_list not in reach]
    return MyAccess(
        level=level,
        reachable=[site for site in sites if site.access_list in reach],
        unreachable=unreachable,
        licence_course_url=_licence_course_url()
        if any(site.access_list == AccessList.APPROVED for site in unreachable)
        else "",
    )


def _covering(domain: str) -> list[str]:
    """The domain and each parent that a list entry could be: a listed domain covers its subdomains."""
    labels = domain.split(".")
    return [".".join(labels[index:]) for index in range(len(labels) - 1)]


def sites_for_domains(*, domains: list[str]) -> dict[str, SocialSite]:
    """The listed site that covers each (normalised) domain, for those on a list. One query."""
    wanted = {domain: _covering(domain) for domain in domains}
    candidates = {candidate for parents in wanted.values() for candidate in parents}
    if not candidates:
        return {}
    listed = {row.domain: row.site for row in SiteDomain.objects.filter(domain__in=candidates).select_related("site")}
    found = {}
    for domain, parents in wanted.items():
        # The most specific entry wins: parents run from the domain itself to its registered domain.
        match = next((listed[parent] for parent in parents if parent in listed), None)
        if match is not None:
            found[domain] = match
    return found


def site_lists_exist() -> bool:
    return SocialSite.objects.exists()


@dataclass(frozen=True)
class OverdueReviews:
    count: int
    oldest: list[SocialSite]


def overdue_reviews(*, limit: int = 3) -> OverdueReviews:
    """Sites whose review date has passed, the most overdue first: two queries on the `review_on` index."""
    overdue = SocialSite.objects.filter(review_on__lt=timezone.localdate())
    oldest = list(overdue.only("id", "name", "review_on").order_by("review_on", "id")[:limit])
    return OverdueReviews(count=overdue.count(), oldest=oldest)
