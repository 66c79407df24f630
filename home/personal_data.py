"""What the home app holds about a member: images they uploaded to the site."""

from community.personal_data import PersonalData, rows_of
from home.models import PostwiseImage


def rows(*, member) -> dict[str, list[dict]]:
    return {"images_uploaded": rows_of(PostwiseImage.objects.filter(uploaded_by_user=member), ["title", "created_at"])}


def provider() -> PersonalData:
    return PersonalData(
        key="images",
        title="Images",
        holds="For champions: the images you uploaded to pages and courses.",
        why="To show who uploaded an image.",
        kept="As long as the image.",
        models=("home.PostwiseImage",),
        rows=rows,
    )
