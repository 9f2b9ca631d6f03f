import pytest

from cms.testing import make_home_pages


@pytest.fixture
def homes(db):
    return make_home_pages()


@pytest.fixture
def home(homes):
    return homes[0]


@pytest.fixture
def home_en(homes):
    return homes[1]
