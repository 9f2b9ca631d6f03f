"""The signed links of the newsletter: confirm, manage, unsubscribe.

A token signs the subscriber's id, what the link is for and a keyed digest of the subscriber's
secret: a forged link fails the signature, and a link of an address that unsubscribed (its row,
and so its secret, is gone) names nobody. Confirmation links expire with the unconfirmed address
itself; manage and unsubscribe links last as long as the subscription (RFC 8058 asks that the
link in an old letter still works).
"""

from __future__ import annotations

from django.core import signing
from django.utils.crypto import constant_time_compare, salted_hmac

SALT = "cms.newsletter"
CONFIRM, MANAGE = "confirm", "manage"


class InvalidToken(Exception):
    pass


class ExpiredToken(InvalidToken):
    pass


def _digest(subscriber, purpose: str) -> str:
    return salted_hmac(f"{SALT}.{purpose}", subscriber.secret, algorithm="sha256").hexdigest()[:24]


def make_token(subscriber, purpose: str) -> str:
    return signing.dumps([subscriber.pk, purpose, _digest(subscriber, purpose)], salt=SALT)


def read_token(token: str, purpose: str, *, max_age: int | None = None):
    """The subscriber a token names, or InvalidToken / ExpiredToken."""
    from cms.newsletter.models import Subscriber

    try:
        subscriber_id, token_purpose, digest = signing.loads(token, salt=SALT, max_age=max_age)
    except signing.SignatureExpired as error:
        raise ExpiredToken from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise InvalidToken from error
    if token_purpose != purpose or not isinstance(subscriber_id, int):
        raise InvalidToken
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None or not constant_time_compare(str(digest), _digest(subscriber, purpose)):
        raise InvalidToken
    return subscriber
