from wagtail.snippets.models import register_snippet

from .models import KitPlaceSnippet

register_snippet(KitPlaceSnippet)
