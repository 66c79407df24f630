import datetime

import pytest
from django.utils import timezone

from community.workshops.models import Workshop


@pytest.fixture
def workshop(champion):
    return Workshop.objects.create(
        question="What should our services do with social media?",
        themes=["policy", "style"],
        closes_at=timezone.now() + datetime.timedelta(days=3),
        created_by=champion,
    )
