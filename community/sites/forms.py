from django import forms
from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminModelForm

from community.sites.domains import normalise_domains
from community.sites.models import SiteDomain


class SocialSiteForm(WagtailAdminModelForm):
    domains = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="One per line, like example.com. Each covers its subdomains.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["domains"] = "\n".join(self.instance.domains.values_list("domain", flat=True))

    def clean_domains(self) -> list[str]:
        domains = normalise_domains(self.cleaned_data["domains"])
        taken = SiteDomain.objects.filter(domain__in=domains).select_related("site")
        if self.instance.pk:
            taken = taken.exclude(site_id=self.instance.pk)
        clashes = [
            f"{row.domain} is already on the {row.site.access_list} list, as part of “{row.site.name}”."
            for row in taken
        ]
        if clashes:
            raise ValidationError(clashes, code="domain_taken")
        return domains
