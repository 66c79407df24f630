from django.shortcuts import render


def refuse(request, *, title: str, message: str, back_url: str = "", status: int = 403):
    """A clear page for a refused action: the member sees why, and the way back."""
    context = {"title": title, "message": message, "back_url": back_url}
    return render(request, "courses/action_refused.html", context, status=status)
