"""``{% load forum_posts %}{% reject_form post next="queue" %}``: the form that rejects a held post, the same one
the topic page shows beneath the post (`community.forum.post_markup.reject_form_html`)."""

from django import template
from django.urls import reverse

from community.forum.post_markup import reject_form_html

register = template.Library()


@register.simple_tag(takes_context=True)
def reject_form(context, post, next: str = ""):
    return reject_form_html(
        post_pk=post.pk,
        action=reverse("forum:moderate_post", args=[post.pk, "reject"]),
        csrf_token=context.get("csrf_token"),
        next=next,
    )
