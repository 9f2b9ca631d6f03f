"""An admin panel that says the saved recurrence in words, in the editor's language.

django-recurrence's widget describes the rule in JavaScript (in English only: its JS catalogue
is not reachable on modern Django); this panel renders `Rule.to_text()` on the server, through
gettext, so a Romanian editor reads "lunar, în a treia joi" under the widget.
"""

from __future__ import annotations

from django.utils.html import format_html
from django.utils.translation import gettext as _

from wagtail.admin.panels import HelpPanel


class RecurrenceSummaryPanel(HelpPanel):
    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            text = self.instance.recurrence_text() if self.instance.pk else ""
            self.content = (
                format_html("<p><strong>{}</strong> {}</p>", _("Saved recurrence:"), text)
                if text
                else ""
            )

        def is_shown(self):
            return bool(self.content)
