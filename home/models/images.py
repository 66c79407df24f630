from django.db import models
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class PostwiseImage(AbstractImage):
    """Wagtail's image with a credit line; `description` is the alt text."""

    credit = models.CharField(max_length=255, blank=True)

    admin_form_fields = (*Image.admin_form_fields, "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = "image"
        verbose_name_plural = "images"
        permissions = [("choose_image", "Can choose image")]


class PostwiseRendition(AbstractRendition):
    image = models.ForeignKey(PostwiseImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
