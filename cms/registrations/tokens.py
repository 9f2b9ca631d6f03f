"""The private link in a registration email: a signed token, not a guessable id.

The token signs the registration's id and a keyed digest of its email, so it stops working
once the registration is anonymised, and it expires a while after it was sent. The email itself
is not in it: a signed token is readable by anyone who has it (in logs, in browser history).
"""

from __future__ import annotations

from django.core import signing
from django.utils.crypto import constant_time_compare, salted_hmac

SALT = "cms.registrations.manage"
MAX_AGE = 60 * 60 * 24 * 400  # seconds after sending: past any date one registers for


class InvalidToken(Exception):
    pass


class ExpiredToken(InvalidToken):
    pass


def _email_digest(email_key: str) -> str:
    return salted_hmac(SALT, email_key, algorithm="sha256").hexdigest()[:24]


def make_token(registration) -> str:
    return signing.dumps([registration.pk, _email_digest(registration.email_key)], salt=SALT)


def read_token(token: str):
    """The registration a token names, or InvalidToken / ExpiredToken."""
    from cms.registrations.models import Registration

    try:
        registration_id, digest = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.SignatureExpired as error:
        raise ExpiredToken from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise InvalidToken from error
    if not isinstance(registration_id, int) or not isinstance(digest, str):
        raise InvalidToken
    registration = (
        Registration.objects.select_related("occurrence").filter(pk=registration_id).first()
    )
    if (
        registration is None
        or not registration.email_key  # anonymised
        or not constant_time_compare(digest, _email_digest(registration.email_key))
    ):
        raise InvalidToken
    return registration
