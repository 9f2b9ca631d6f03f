"""Engine URLs under the language prefix (/ro/…, /en/…), matched before Wagtail's pages.

The path words stay the same in both languages so the language switcher can swap the prefix.
"""

from django.urls import path

from cms import views
from cms.search import views as search_views

app_name = "cms"

urlpatterns = [
    path("search/", views.search, name="search"),
    path("search/suggestions/", search_views.suggestions, name="search_suggestions"),
]
