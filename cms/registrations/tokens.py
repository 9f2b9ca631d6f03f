"""The private link in a registration email: a signed token, not a guessable id.

The token signs the registration's id together with its email, so it stops working once the
registration is anonymised, and it expires a while after the event.
"""

from __future__ import annotations

from django.core import signing

SALT = "cms.registrations.manage"
MAX_AGE = 60 * 60 * 24 * 400  # seconds: long after any event it was issued for


class InvalidToken(Exception):
    pass


class ExpiredToken(InvalidToken):
    pass


def make_token(registration) -> str:
    return signing.dumps([registration.pk, registration.email_key], salt=SALT, compress=True)


def read_token(token: str):
    """The registration a token names, or InvalidToken / ExpiredToken."""
    from cms.registrations.models import Registration

    try:
        registration_id, email_key = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.SignatureExpired as error:
        raise ExpiredToken from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise InvalidToken from error
    registration = (
        Registration.objects.select_related("occurrence")
        .filter(pk=registration_id, email_key=email_key)
        .first()
    )
    if registration is None or not email_key:
        raise InvalidToken
    return registration
