"""A champion's question bank views in the Wagtail admin: import GIFT or Aiken into a pool, export GIFT."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.text import slugify
from django.views.generic import FormView
from django.views.generic.base import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from community.permissions import permissions
from courses.quizzes.bank_forms import BankImportForm
from courses.quizzes.banks.gift import write_gift
from courses.quizzes.models import QuestionPool
from courses.quizzes.selectors import live_questions_of
from courses.quizzes.services import import_questions


class AuthorsOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        permissions.check(request.user, "courses.author")
        return super().dispatch(request, *args, **kwargs)


class BankImportView(AuthorsOnlyMixin, WagtailAdminTemplateMixin, FormView):
    """First a file is checked and shown as a table; then "Create" sends the same text back to save."""

    template_name = "quizzes/admin/bank_import.html"
    form_class = BankImportForm
    page_title = "Import questions"
    header_icon = "download"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": "Import questions"}]

    def get_initial(self):
        """`?pool=<id>` (from the pool list's "Import questions") chooses the pool; anything else is ignored."""
        given = self.request.GET.get("pool", "")
        pool = QuestionPool.objects.filter(pk=int(given)).first() if given.isdigit() and len(given) < 19 else None
        return {"pool": pool, "format": "gift"}

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def form_valid(self, form):
        pool = form.cleaned_data["pool"]
        if "confirm" not in self.request.POST:
            return self.render_to_response(
                self.get_context_data(form=form, questions=form.questions, checked_text=form.cleaned_data["text"])
            )
        created = import_questions(pool=pool, questions=form.questions, user=self.request.user)
        messages.success(
            self.request,
            f"{len(created)} draft question{'s' if len(created) != 1 else ''} added to “{pool}”. "
            "Submit them for review: another champion approves each one before it is drawn.",
        )
        return redirect(reverse("wagtailsnippets_quizzes_question:list") + f"?pool={pool.pk}")


class BankExportView(AuthorsOnlyMixin, View):
    """The pool's published questions as a GIFT file."""

    def get(self, request, pk: int):
        pool = get_object_or_404(QuestionPool, pk=pk)
        body = write_gift(category=pool.name, questions=live_questions_of(pool=pool))
        response = HttpResponse(body, content_type="text/plain; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{slugify(pool.name) or "pool"}.gift.txt"'
        return response
