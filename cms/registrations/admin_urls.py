from django.urls import path

from cms.registrations import admin_views

app_name = "registrations_admin"

urlpatterns = [
    path("", admin_views.index, name="index"),
    path("date/<int:occurrence_id>/", admin_views.detail, name="detail"),
    path("date/<int:occurrence_id>/reserve/", admin_views.reserve, name="reserve"),
    path("<int:registration_id>/check-in/", admin_views.check_in, name="check_in"),
    path("<int:registration_id>/cancel/", admin_views.cancel, name="cancel"),
    path("<int:registration_id>/promote/", admin_views.promote, name="promote"),
    path("personal-data/", admin_views.personal_data, name="personal_data"),
]
