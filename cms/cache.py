"""The cache back end of production: Django's Redis cache, which logs a failure of Redis and
carries on instead of raising it.

Everything the site keeps in the cache can be made again (pages, feeds, Wagtail's site root
paths, rate-limit counters): with Redis stopped, pages are rendered as if there were no cache,
and the rate limits fail open (`RATELIMIT_FAIL_OPEN`). The README says so.
"""

from __future__ import annotations

import logging

from redis.exceptions import RedisError

from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)


def _forgiving(method_name: str, fallback):
    method = getattr(RedisCache, method_name)

    def forgiving(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except RedisError as error:
            logger.warning("cache unavailable (%s): %s", method_name, error)
            return fallback(*args, **kwargs) if callable(fallback) else fallback

    forgiving.__name__ = method_name
    forgiving.__doc__ = method.__doc__
    return forgiving


def _default(key, default=None, *args, **kwargs):
    return default


def _all_failed(mapping, *args, **kwargs):
    return list(mapping)


class ForgivingRedisCache(RedisCache):
    get = _forgiving("get", _default)
    get_many = _forgiving("get_many", {})
    has_key = _forgiving("has_key", False)
    add = _forgiving("add", False)
    set = _forgiving("set", None)
    set_many = _forgiving("set_many", _all_failed)
    touch = _forgiving("touch", False)
    delete = _forgiving("delete", False)
    delete_many = _forgiving("delete_many", None)
    incr = _forgiving("incr", None)
    clear = _forgiving("clear", None)
