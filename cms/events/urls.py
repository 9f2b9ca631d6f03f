"""Calendar and feed URLs under the language prefix (/ro/calendar/…, /en/calendar/…).

The path words are the same in both languages so that the language switcher can swap the
prefix. Feeds sit under the prefix too: their titles are in that language.
"""

from django.urls import path

from cms.events import views

app_name = "events"

urlpatterns = [
    path("calendar/", views.agenda, name="agenda"),
    path("calendar/month/", views.month, name="month"),
    path("calendar/feed.ics", views.feed, name="feed"),
    path("calendar/event/<int:page_id>.ics", views.event_feed, name="event_feed"),
    path("calendar/occurrence/<int:pk>.ics", views.occurrence_ics, name="occurrence_ics"),
    path("calendar/<slug:programme>/", views.agenda, name="programme_agenda"),
    path("calendar/<slug:programme>/month/", views.month, name="programme_month"),
    path("calendar/<slug:programme>/feed.ics", views.feed, name="programme_feed"),
]
