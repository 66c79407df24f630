from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from community.views.admin_login import AdminLoginRedirectView
from community.views.totp_activate import activate_totp
from home.views.health import healthz

handler500 = "community.outage.server_error"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # The admin logs in through allauth only: no second, unprotected form.
    path("admin/login/", AdminLoginRedirectView.as_view(), name="wagtailadmin_login"),
    path("django-admin/login/", AdminLoginRedirectView.as_view()),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    # allauth's TOTP set-up, returning to `next` (the admin) once done: before allauth's own route.
    path("accounts/2fa/totp/activate/", activate_totp, name="mfa_activate_totp"),
    path("accounts/", include("allauth.urls")),
    path("forum/", include("community.forum.urls")),
    path("notifications/", include("community.notifications.urls")),
    path("best-practice/", include("community.bestpractice.urls")),
    path("workshops/", include("community.workshops.urls")),
    path("my-access/", include("community.sites.urls")),
    path("official-accounts/", include("community.registers.urls")),
    path("hub/", include("community.hub.urls")),
    path("exports/", include("community.sites.export_urls")),
    # Beside the register's `official-accounts/` URLs: incidents, monthly measures and the sponsor report.
    path("official-accounts/", include("community.incidents.urls")),
    path("official-accounts/", include("community.account_metrics.urls")),
    path("measures/", include("community.measures.urls")),
    path("privacy/", include("community.privacy.urls")),
    path("scim/v2/", include("community.provisioning.urls")),
    path("check-a-post/", include("community.postcheck.urls")),
    path("members/", include("community.members.urls")),
    path("learning/", include("courses.urls")),
    path("licences/", include("courses.licences.urls")),
    path("quizzes/", include("courses.quizzes.urls")),
    path("", include("home.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    # Wagtail's front-end login (for private pages) is a plain Django form without TOTP: allauth's instead.
    path(
        "_util/login/",
        AdminLoginRedirectView.as_view(default_next="/", refuses_signed_in_members=False),
        name="wagtailcore_login",
    ),
    path("", include(wagtail_urls)),
]
