"""Admin hooks of open calls: the review and download URLs.

The applications listing itself is Wagtail's Forms menu: each call page's "submissions" view
is `ApplicationListView` (see `OpenCallPage.get_submissions_list_view_class`).
"""

from django.urls import include, path

from wagtail import hooks

from cms.opencalls import admin_urls


@hooks.register("register_admin_urls")
def register_open_call_admin_urls():
    return [path("opencalls/", include(admin_urls, namespace="opencalls_admin"))]
