from django.urls import path

from community.forum.views import actions, browse, compose, members, moderation, topic

app_name = "forum"

urlpatterns = [
    path("", browse.forum_index, name="index"),
    path("c/<slug:slug>/", browse.category_detail, name="category"),
    path("c/<slug:slug>/new/", compose.new_topic, name="new_topic"),
    path("c/<slug:slug>/watch/", actions.watch_category, name="watch_category"),
    path("t/<int:pk>/", topic.topic_detail, name="topic"),
    path("t/<int:pk>/reply/", topic.reply_to_topic, name="reply"),
    path("t/<int:pk>/watch/", actions.watch_topic, name="watch_topic"),
    path("p/<int:pk>/edit/", compose.edit, name="edit_post"),
    path("p/<int:pk>/history/", compose.history, name="history"),
    path("p/<int:pk>/helpful/", actions.helpful, name="helpful"),
    path("p/<int:pk>/accept/", actions.accept, name="accept"),
    path("p/<int:pk>/flag/", actions.flag, name="flag"),
    path("members/suggest/", members.mention_suggestions, name="mention_suggestions"),
    path("moderation/", moderation.queue, name="moderation"),
    path("moderation/p/<int:pk>/<slug:verb>/", moderation.post_verb, name="moderate_post"),
    path("moderation/t/<int:pk>/move/", moderation.move_topic, name="move"),
    path("moderation/t/<int:pk>/merge/", moderation.merge_topic, name="merge"),
    path("moderation/t/<int:pk>/<slug:verb>/", moderation.topic_verb, name="moderate_topic"),
]
