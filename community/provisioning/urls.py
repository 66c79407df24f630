from django.urls import include, path

# django-scim2's endpoints (Users, Groups, ServiceProviderConfig, …) under /scim/v2/, behind a directory token.
urlpatterns = [path("", include("django_scim.urls", namespace="scim"))]
