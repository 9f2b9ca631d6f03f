"""Public newsletter URLs under the language prefix (/ro/newsletter/…, /en/newsletter/…)."""

from django.urls import path

from cms.newsletter import views

app_name = "newsletter"

urlpatterns = [
    path("newsletter/", views.subscribe, name="subscribe"),
    path("newsletter/thank-you/", views.subscribed, name="subscribed"),
    path("newsletter/privacy/", views.privacy, name="privacy"),
    path("newsletter/confirm/<str:link_token>/", views.confirm, name="confirm"),
    path("newsletter/settings/<str:link_token>/", views.manage, name="manage"),
    path("newsletter/unsubscribe/<str:link_token>/", views.unsubscribe, name="unsubscribe"),
]
