from django.urls import path

from home.views.accessibility import accessibility_statement
from home.views.account import account
from home.views.my_path import MyPathView
from home.views.search import search

app_name = "home"

urlpatterns = [
    path("accessibility/", accessibility_statement, name="accessibility"),
    path("account/", account, name="account"),
    path("my-path/", MyPathView.as_view(), name="my_path"),
    path("search/", search, name="search"),
]
