"""What the site lists hold about a member: the list changes and API tokens technical support made."""

from community.personal_data import PersonalData, rows_of
from community.sites.models import ApiToken, SiteListChange


def rows(*, member) -> dict[str, list[dict]]:
    return {
        "site_list_changes": rows_of(
            SiteListChange.objects.filter(changed_by=member), ["site_name", "old_list", "new_list", "changed_at"]
        ),
        "api_tokens_made": rows_of(
            ApiToken.objects.filter(created_by=member), ["name", "prefix", "created_at", "revoked_at"]
        ),
    }


def provider() -> PersonalData:
    return PersonalData(
        key="sites",
        title="Site access lists",
        holds="For technical support: the changes you made to the site lists and the API tokens you issued.",
        why="To keep a history of who moved a site between lists.",
        kept="As long as the list's history; under an anonymised name after you leave.",
        models=("sites.SiteListChange", "sites.ApiToken"),
        rows=rows,
    )
