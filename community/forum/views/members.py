"""Names for the reply box's mention suggestions: signed-in forum members only, bounded and rate-limited."""

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from community.forum.selectors import member_suggestions
from community.permissions import permissions
from community.rate_limits import allow

SUGGESTIONS_PER_MINUTE = 120


@require_GET
@login_required
def mention_suggestions(request):
    permissions.check(request.user, "forum.use")
    if not allow(
        request,
        scope="mention-suggestions",
        limit=SUGGESTIONS_PER_MINUTE,
        window_seconds=60,
        who=f"member-{request.user.pk}",
    ):
        return JsonResponse({"error": "Too many requests: wait a minute."}, status=429)
    return JsonResponse({"members": member_suggestions(typed=request.GET.get("q", "")[:200])})
