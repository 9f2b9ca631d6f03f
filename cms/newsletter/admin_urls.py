from django.urls import path

from cms.newsletter import admin_views

app_name = "newsletter_admin"

urlpatterns = [
    path("", admin_views.index, name="index"),
    path("subscribers.csv", admin_views.export, name="export"),
    path("letters/new/", admin_views.edit, name="add"),
    path("letters/<int:letter_id>/", admin_views.edit, name="edit"),
    path("letters/<int:letter_id>/send/", admin_views.send, name="send"),
    path("letters/<int:letter_id>/preview/<str:language>/", admin_views.preview, name="preview"),
]
