import pytest

from community.workshops.factories import WorkshopFactory


@pytest.fixture
def workshop(champion):
    return WorkshopFactory(question="What should our services do with social media?", created_by=champion)
