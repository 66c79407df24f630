from .member import Member, MemberManager
from .official_account import OfficialAccount
from .organisation_settings import OrganisationSettings

__all__ = ["Member", "MemberManager", "OfficialAccount", "OrganisationSettings"]
