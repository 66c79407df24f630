"""A task for the worker tests to enqueue."""

from django_tasks import task


@task()
def echo(label: str) -> str:
    return label
