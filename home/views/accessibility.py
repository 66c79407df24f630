from django.shortcuts import render
from django.views.decorators.http import require_GET


@require_GET
def accessibility_statement(request):
    """The accessibility statement the public sector regulations require: public, linked from every footer."""
    return render(request, "home/accessibility.html")
