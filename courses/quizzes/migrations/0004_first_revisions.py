"""Every existing question and pool stays published, with a first revision to compare and revert to;
every existing attempt keeps the pass mark its quiz has now."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import migrations
from django.utils import timezone
from modelcluster.models import get_serializable_data_for_fields


def _content(instance, children: dict) -> dict:
    data = get_serializable_data_for_fields(instance)
    for name, rows in children.items():
        data[name] = [get_serializable_data_for_fields(row) for row in rows]
    # Dates and decimals as a revision stores them.
    return json.loads(json.dumps(data, cls=DjangoJSONEncoder))


def first_revisions(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    Option = apps.get_model("quizzes", "Option")
    now = timezone.now()
    for model_name, with_options in (("questionpool", False), ("question", True)):
        model = apps.get_model("quizzes", model_name)
        content_type, _ = ContentType.objects.get_or_create(app_label="quizzes", model=model_name)
        for instance in model.objects.filter(live_revision__isnull=True).order_by("pk"):
            children = {}
            if with_options:
                children["options"] = list(Option.objects.filter(question=instance).order_by("sort_order", "pk"))
            revision = Revision.objects.create(
                content_type=content_type,
                base_content_type=content_type,
                object_id=str(instance.pk),
                created_at=now,
                object_str=str(getattr(instance, "name", None) or instance.text[:80]),
                content=_content(instance, children),
            )
            model.objects.filter(pk=instance.pk).update(
                live=True,
                has_unpublished_changes=False,
                live_revision=revision,
                latest_revision=revision,
                first_published_at=now,
                last_published_at=now,
            )


def attempts_keep_their_pass_mark(apps, schema_editor):
    QuizPage = apps.get_model("quizzes", "QuizPage")
    QuizAttempt = apps.get_model("quizzes", "QuizAttempt")
    for quiz in QuizPage.objects.only("pk", "pass_mark_percent"):
        QuizAttempt.objects.filter(quiz_id=quiz.pk, pass_mark_percent__isnull=True).update(
            pass_mark_percent=quiz.pass_mark_percent
        )


class Migration(migrations.Migration):
    dependencies = [("quizzes", "0003_reviewed_questions")]

    operations = [
        migrations.RunPython(first_revisions, migrations.RunPython.noop),
        migrations.RunPython(attempts_keep_their_pass_mark, migrations.RunPython.noop),
    ]
