"""Admin URLs of open calls, under /admin/opencalls/ (namespace `opencalls_admin`)."""

from django.urls import path

from cms.opencalls import admin_views, jury_views

app_name = "opencalls_admin"

urlpatterns = [
    path("applications/<int:pk>/", admin_views.review_application, name="review"),
    path("files/<int:pk>/", admin_views.download_file, name="download_file"),
    path("calls/<int:page_id>/jury/", jury_views.jury_page, name="jury"),
    path("calls/<int:page_id>/jury/ranking.csv", jury_views.ranking_csv, name="jury_ranking"),
    path("applications/<int:pk>/score/", jury_views.score_application, name="score"),
]
