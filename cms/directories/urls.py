"""Directory files whose names end in an extension (`export.csv`, `export.json`, `map.geojson`).

Wagtail's page URLs are words and slashes only, so `…/scoli/export.csv` would never reach the
page. This pattern passes such a path to Wagtail's own `serve` as if it ended in a slash: the
page is found, view restrictions and `before_serve_page` hooks apply as to any page, and the
index's routes (`@path("export.csv/")`) answer.
"""

from django.urls import re_path

from cms.directories import views

app_name = "directories"

urlpatterns = [
    re_path(
        r"^((?:[\w\-]+/)+(?:export\.csv|export\.json|map\.geojson))$",
        views.directory_file,
        name="file",
    ),
]
