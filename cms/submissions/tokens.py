"""The proposer's update link: a signed, salted, expiring token naming the proposal.

The token carries the proposal's stable id only (a signed token is readable by whoever holds
it: no email address in it). It stops working when it expires (`SUBMISSIONS_UPDATE_LINK_DAYS`,
default 60 days after it was sent; every email sends a fresh one) and when the entry is deleted
(the proposal goes with it).
"""

from __future__ import annotations

import datetime
import uuid

from django.conf import settings
from django.core import signing

from cms.submissions.models import Proposal

SALT = "cms.submissions.update"


class InvalidLink(Exception):
    """Forged, altered, or naming a proposal that no longer exists."""


class ExpiredLink(InvalidLink):
    pass


def link_max_age() -> datetime.timedelta:
    return datetime.timedelta(days=getattr(settings, "SUBMISSIONS_UPDATE_LINK_DAYS", 60))


def make_update_token(proposal: Proposal) -> str:
    """The token as it goes into the address: Wagtail serves page paths of word characters
    and hyphens only, so the signature's ":" separators become "/" (never in base64url)."""
    return signing.dumps(proposal.pk.hex, salt=SALT).replace(":", "/")


def read_update_token(token: str) -> Proposal:
    try:
        proposal_id = signing.loads(
            token.strip("/").replace("/", ":"), salt=SALT, max_age=link_max_age()
        )
    except signing.SignatureExpired as error:
        raise ExpiredLink from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise InvalidLink from error
    try:
        proposal_uuid = uuid.UUID(proposal_id)
    except (ValueError, TypeError, AttributeError) as error:
        raise InvalidLink from error
    proposal = Proposal.objects.select_related("page").filter(pk=proposal_uuid).first()
    if proposal is None:
        raise InvalidLink
    return proposal
