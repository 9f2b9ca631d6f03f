"""Admin URLs of open calls, under /admin/opencalls/ (namespace `opencalls_admin`)."""

from django.urls import path

from cms.opencalls import admin_views

app_name = "opencalls_admin"

urlpatterns = [
    path("applications/<int:pk>/", admin_views.review_application, name="review"),
    path("files/<int:pk>/", admin_views.download_file, name="download_file"),
]
