"""Admin URLs of the events engine, under /admin/events/ (namespace `events_admin`)."""

from django.urls import path

from cms.events import admin_views

app_name = "events_admin"

urlpatterns = [
    path("repeat-summary/", admin_views.repeat_summary, name="repeat_summary"),
    path("<int:page_id>/occurrences/", admin_views.occurrence_list, name="occurrences"),
    path("<int:page_id>/occurrences/<int:pk>/cancel/", admin_views.cancel, name="cancel"),
    path("<int:page_id>/occurrences/<int:pk>/restore/", admin_views.restore, name="restore"),
    path("<int:page_id>/occurrences/<int:pk>/move/", admin_views.move, name="move"),
]
