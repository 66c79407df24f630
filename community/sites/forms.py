from django import forms
from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminModelForm

from community.sites.domains import normalise_domains
from community.sites.selectors import domain_clashes


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
        clashes = domain_clashes(domains=domains, except_site_id=self.instance.pk)
        if clashes:
            raise ValidationError(clashes, code="domain_taken")
        return domains
