"""QR codes of a licence's verification address, as inline SVG (page) and PNG (PDF)."""

import qrcode
import qrcode.image.svg
from PIL.Image import Image


def qr_svg(data: str) -> str:
    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    markup = image.to_string(encoding="unicode")
    return markup[markup.index("<svg") :]  # drop the XML declaration: the SVG sits inside HTML


def qr_png(data: str) -> Image:
    return qrcode.make(data, box_size=8, border=2).get_image()
