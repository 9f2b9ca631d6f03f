"""A mail backend that delivers a few messages and then dies, as a worker killed mid-send."""

from django.core import mail
from django.core.mail.backends.locmem import EmailBackend

DELIVER_BEFORE_DYING = 3


class WorkerKilled(KeyboardInterrupt):
    """What stopping the worker raises: not an Exception, so nothing in the sending code
    catches it (as nothing catches SIGKILL), and the task runner lets it through."""


class DyingBackend(EmailBackend):
    def send_messages(self, messages):
        if len(mail.outbox) >= DELIVER_BEFORE_DYING:
            raise WorkerKilled
        return super().send_messages(messages)
