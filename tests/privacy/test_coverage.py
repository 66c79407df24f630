"""Nothing can be forgotten: every model that links to the member model has a personal data provider."""

from django.apps import apps
from django.contrib.auth import get_user_model

from community.personal_data import providers
from community.privacy.models import RetentionSettings


def models_linking_to_members() -> set[str]:
    member_model = get_user_model()
    found = set()
    for model in apps.get_models():
        for field in model._meta.get_fields():
            linked = (field.many_to_one or field.one_to_one or field.many_to_many) and field.concrete
            # A field inherited from a parent model (a page's owner) is the parent's; the parent is walked too.
            if linked and field.related_model is member_model and field.model is model:
                found.add(model._meta.label)
    return found


def test_every_model_linking_to_a_member_has_a_provider():
    covered = {label for provider in providers() for label in provider.models}
    missing = sorted(models_linking_to_members() - covered)
    assert missing == [], (
        f"Add these models to an app's postwise_personal_data provider (see community/personal_data.py): {missing}"
    )


def test_the_walk_finds_the_models_it_is_meant_to():
    found = models_linking_to_members()
    assert {
        "forum.Post",
        "quizzes.QuizAttempt",
        "licences.Licence",
        "mfa.Authenticator",
        "community.OfficialAccount",
    } <= found


def test_providers_name_real_models_and_real_retention_periods():
    keys = [provider.key for provider in providers()]
    assert len(keys) == len(set(keys)), "Two providers share a key"
    for provider in providers():
        for label in provider.models:
            apps.get_model(label)  # raises LookupError for a typo
        for name in [provider.retention, *provider.expiry]:
            if name:
                assert hasattr(RetentionSettings, f"{name}_days"), f"{provider.key}: no retention period {name!r}"


def test_each_app_has_its_own_provider():
    keys = {provider.key for provider in providers()}
    assert {
        "account", "admin", "images", "courses", "licences", "quizzes", "forum", "notifications", "bestpractice",
        "workshops", "sites", "registers", "incidents", "account_metrics", "measures", "privacy",
    } <= keys  # fmt: skip
