"""The private links of registrations: signed tokens, not guessable ids.

- The link in a registration email (`make_token`), to view or cancel it.
- A partner organisation's link (`make_partner_token`), with which its coordinator registers
  people on the seats reserved for it on one date.

The email link:

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


PARTNER_SALT = "cms.registrations.partner"
PARTNER_MAX_AGE = 60 * 60 * 24 * 120  # a season's programme; the team sends a new link after


def make_partner_token(reservation) -> str:
    """The partner's link names the reservation and its partner: a reservation given to another
    partner (deleted and made again) does not answer an old link."""
    return signing.dumps([reservation.pk, reservation.partner_id], salt=PARTNER_SALT)


def read_partner_token(token: str):
    """The reservation a partner's token names, or InvalidToken / ExpiredToken."""
    from cms.registrations.models import SeatReservation

    try:
        reservation_id, partner_id = signing.loads(
            token, salt=PARTNER_SALT, max_age=PARTNER_MAX_AGE
        )
    except signing.SignatureExpired as error:
        raise ExpiredToken from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise InvalidToken from error
    if not isinstance(reservation_id, int) or not isinstance(partner_id, int):
        raise InvalidToken
    reservation = (
        SeatReservation.objects.select_related("partner", "occurrence")
        .filter(pk=reservation_id, partner_id=partner_id)
        .first()
    )
    if reservation is None:
        raise InvalidToken
    return reservation
