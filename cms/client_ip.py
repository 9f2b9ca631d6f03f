"""The visitor's address, for the public forms' rate limits (django-ratelimit's `key="ip"`).

Behind a load balancer every request comes from the balancer's address, so counting by
REMOTE_ADDR would put every visitor in one bucket. Each proxy we run appends the address it saw
to X-Forwarded-For; with `TRUSTED_PROXY_COUNT` such proxies in front of the app, the visitor's
address is that many entries from the right. Entries further left are whatever the client wrote
and are never trusted.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    hops = settings.TRUSTED_PROXY_COUNT
    if hops:
        forwarded = [
            entry.strip()
            for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if entry.strip()
        ]
        if len(forwarded) >= hops:
            candidate = forwarded[-hops]
            try:
                return str(ipaddress.ip_address(candidate))
            except ValueError:
                pass  # a proxy that writes no address: fall back to the connection's
    return request.META["REMOTE_ADDR"]
