"""`manage.py rebuild_search_index`: index every live page again, with progress.

Publishing keeps the index current by itself; run this after deploying the search app on an
existing site, after restoring a database, or after changing what a page type indexes.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from cms.search.indexing import rebuild


class Command(BaseCommand):
    help = "Index every live page for the site's search again and drop stale documents."

    def handle(self, *args, **options):
        self.stdout.write("Indexing live pages for search…")
        rebuild(stdout=self.stdout)
