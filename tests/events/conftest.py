import pytest

from django.utils import translation

from cms.testing import make_home_pages


@pytest.fixture(autouse=True)
def romanian_by_default():
    """Start every test in the default language: a request to /en/ leaves English active in
    the thread, and `reverse()` would then build /en/ URLs in the next test."""
    with translation.override("ro"):
        yield


@pytest.fixture
def homes(db):
    return make_home_pages()


@pytest.fixture
def home(homes):
    return homes[0]


@pytest.fixture
def home_en(homes):
    return homes[1]
