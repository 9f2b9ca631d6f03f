"""Public registration URLs under the language prefix (/ro/register/…, /en/register/…)."""

from django.urls import path

from cms.registrations import views

app_name = "registrations"

urlpatterns = [
    path("register/<int:occurrence_id>/", views.register, name="register"),
    path("register/manage/<str:token>/", views.manage, name="manage"),
    path("register/reserved/<str:partner_token>/", views.register_reserved, name="reserved"),
]
