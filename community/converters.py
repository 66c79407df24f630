"""Path converters shared by the apps' URL patterns."""

from django.urls import register_converter


class DatabaseIdConverter:
    """A row id: digits, at most 18 of them, so it always fits a 64-bit database integer.

    Django guards plain integer lookups against overflow, but not lookups through a foreign key
    (a Wagtail page's `pk` is its `page_ptr`): there `/courses/9223372036854775808/` used to reach
    the database and fail. A longer number is simply not an address: 404.
    """

    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(value)


register_converter(DatabaseIdConverter, "id")
