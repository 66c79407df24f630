from django.urls import path

from community.sites import export_views

app_name = "exports"

urlpatterns = [
    path("sites/<slug:audience>.txt", export_views.domain_list, {"fmt": "txt"}, name="domains_txt"),
    path("sites/<slug:audience>.json", export_views.domain_list, {"fmt": "json"}, name="domains_json"),
    path("members.csv", export_views.members, name="members_csv"),
]
