"""What the forum announces. Apps above it (notifications) listen; the forum imports none of them.

Each signal is sent inside the service's transaction, with `sender=Post`:
- `post_published(post)`: a post became visible to readers (posted, or approved by a moderator);
- `post_edited(post)`: a visible post's text changed;
- `answer_accepted(post, actor)`: `actor` accepted someone else's reply as the answer;
- `post_moderated(post, approved, reason)`: a moderator approved or rejected a held post.
"""

from django.dispatch import Signal

post_published = Signal()
post_edited = Signal()
answer_accepted = Signal()
post_moderated = Signal()
