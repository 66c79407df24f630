from .member import Member, MemberManager
from .official_account import OfficialAccount

__all__ = ["Member", "MemberManager", "OfficialAccount"]
