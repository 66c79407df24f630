"""Avatar photos: an upload is checked and re-encoded here; the stored file is never the uploaded bytes.

Refused (`community.refusals.Refused`, with the form field's name): files over MAX_BYTES, anything that
is not a JPEG, PNG or WebP by its content (the file name and declared type are ignored), images whose
header claims more than MAX_PIXELS (a decompression bomb is refused before any pixel is decoded), and
files Pillow cannot read. What is kept is a SIZE × SIZE JPEG, cropped to the centre, without metadata.
"""

import io
import secrets
import warnings

from django.core.files.base import ContentFile
from PIL import Image, ImageOps, UnidentifiedImageError

from community.refusals import Refused

MAX_BYTES = 2 * 1024 * 1024
MAX_PIXELS = 25_000_000  # 5000 × 5000
SIZE = 256
FORMATS = ("JPEG", "PNG", "WEBP")
CONTENT_TYPE = "image/jpeg"
FIELD = "photo"


def process_avatar(upload) -> ContentFile:
    """A ContentFile ready to store (random name), or Refused."""
    if upload.size > MAX_BYTES:
        raise Refused(f"The photo must be smaller than {MAX_BYTES // (1024 * 1024)} MB.", field=FIELD)
    data = upload.read(MAX_BYTES + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=FORMATS) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise Refused("The photo has too many pixels. Use one under 5000 × 5000.", field=FIELD)
                image.load()
                square = ImageOps.fit(ImageOps.exif_transpose(image).convert("RGB"), (SIZE, SIZE))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise Refused("The photo has too many pixels. Use one under 5000 × 5000.", field=FIELD) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise Refused("The photo must be a JPEG, PNG or WebP image.", field=FIELD) from None
    out = io.BytesIO()
    square.save(out, format="JPEG", quality=85)
    return ContentFile(out.getvalue(), name=f"{secrets.token_urlsafe(16)}.jpg")
