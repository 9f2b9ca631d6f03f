"""The admin's password reset sends its email through the task worker, for every address.

Django's reset form looks the address up and sends the email during the request, only when an
account has that address: the answer comes back measurably later for a known address, which
tells a stranger who has an account. Here the request only enqueues one task, whatever the
address; the worker looks the address up and sends (or not). The page and its timing are the
same for known and unknown addresses. The link in the email starts with the one configured
base URL (`WAGTAILADMIN_BASE_URL`, see Wagtail's email template), never the request's host.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django_tasks import task

from django.conf import settings
from django.utils import translation

from wagtail.admin.forms.auth import PasswordResetForm

from cms.email_retry import retried_on_failure


class QueuedPasswordResetForm(PasswordResetForm):
    """Wagtail's reset form (WAGTAILADMIN_USER_PASSWORD_RESET_FORM) whose `save` only enqueues."""

    def save(
        self,
        domain_override=None,
        subject_template_name="registration/password_reset_subject.txt",
        email_template_name="registration/password_reset_email.html",
        use_https=False,
        token_generator=None,
        from_email=None,
        request=None,
        html_email_template_name=None,
        extra_email_context=None,
    ):
        send_password_reset.enqueue(
            email=self.cleaned_data["email"],
            language=translation.get_language() or settings.LANGUAGE_CODE,
            subject_template_name=subject_template_name,
            email_template_name=email_template_name,
            html_email_template_name=html_email_template_name,
            from_email=from_email,
        )


@task()
def send_password_reset(
    email: str,
    language: str,
    subject_template_name: str,
    email_template_name: str,
    html_email_template_name: str | None = None,
    from_email: str | None = None,
    attempt: int = 1,
) -> None:
    """Send the reset email to each active account with `email` (none: nothing happens)."""
    base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    form = PasswordResetForm({"email": email})
    if not form.is_valid():
        return
    with (
        translation.override(language),
        retried_on_failure(
            send_password_reset,
            attempt,
            email,
            language,
            subject_template_name,
            email_template_name,
            html_email_template_name,
            from_email,
            description="Password reset email",
        ),
    ):
        form.save(
            domain_override=base_url.netloc,
            use_https=base_url.scheme == "https",
            subject_template_name=subject_template_name,
            email_template_name=email_template_name,
            html_email_template_name=html_email_template_name,
            from_email=from_email,
        )
