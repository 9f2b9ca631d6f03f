"""The programme engine: what every programme plugin builds on.

This module stays import-light on purpose: plugins import `hookimpl` from here while Django
settings are still being composed, so nothing here may import Django models.
"""

import pluggy

PROJECT_NAME = "programmes"
ENTRY_POINT_GROUP = "cms.programmes"

hookimpl = pluggy.HookimplMarker(PROJECT_NAME)
hookspec = pluggy.HookspecMarker(PROJECT_NAME)

__all__ = ["ENTRY_POINT_GROUP", "PROJECT_NAME", "hookimpl", "hookspec"]
