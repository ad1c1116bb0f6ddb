"""The photo files of a release: found, checked and kept under ``releases/<id>/``.

``source.md`` names each photo with a line ``![caption](photos/hall.jpg "credit")``
(read by :func:`workflow.sources.markdown.read_photo`); the file itself lies at
that path inside the release's folder. Nothing in a photo file is trusted: it
is read bounded, from a regular file that does not lead out of its folder, and
its header must say it is the JPEG or PNG image its name says, with a size.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import NamedTuple

from .errors import InputError
from .fsio import MB, read_bytes
from .model import Photo, Release
from .workspace import Workspace

MAX_PHOTO_BYTES = 20 * MB
"""The largest photo a release can carry (a camera's full-size JPEG is well under it)."""


class PhotoFile(NamedTuple):
    """A photo's file as read and checked: its bytes and its size in pixels."""

    file: str
    data: bytes
    width: int
    height: int

    @property
    def digest(self) -> str:
        """A short sha256 of the bytes, as the journal records it."""
        return hashlib.sha256(self.data).hexdigest()[:16]


def photos_of(release: Release) -> list[Photo]:
    """The release's photos in reading order, each file once."""
    seen: dict[str, Photo] = {}
    for block in release.blocks:
        if block.photo is not None:
            seen.setdefault(block.photo.file, block.photo)
    return list(seen.values())


def image_size(data: bytes, name: str) -> tuple[int, int]:
    """The width and height in pixels of a JPEG or PNG file; anything else is refused.

    python-docx's image header readers (which also size the pictures of the Word
    documents) read only the header: no image is decoded.
    """
    from docx.image.image import Image

    want = "image/png" if name.lower().endswith(".png") else "image/jpeg"
    try:
        image = Image.from_blob(data)
        found, width, height = image.content_type, image.px_width, image.px_height
    except Exception:  # the header readers raise many kinds of errors on a broken file
        found, width, height = None, 0, 0
    if found != want:
        kind = "PNG" if want == "image/png" else "JPEG"
        raise InputError(
            f"photo {name} is not a {kind} image", f"save it as {kind} under that name"
        )
    if not (0 < width <= 30000 and 0 < height <= 30000):
        raise InputError(f"photo {name} gives no usable size", "save it again from an image editor")
    return width, height


def read_photo_file(folder: Path, file: str, *, where: str) -> PhotoFile:
    """The photo ``file`` (a path relative to ``folder``), read and checked.

    ``where`` names the folder in the messages (``releases/ID/``); a link that leads
    out of the folder is refused, as is anything but a regular file.
    """
    path = folder / file
    if not path.exists():
        raise InputError(f"photo {file} is not in {where}", f"put the file at {where}{file}")
    if not path.resolve().is_relative_to(folder.resolve()):
        raise InputError(
            f"photo {file} in {where} is a link that leads out of that folder",
            "put the file itself there",
        )
    data = read_bytes(path, limit=MAX_PHOTO_BYTES, name=f"photo {file}")
    width, height = image_size(data, file)
    return PhotoFile(file, data, width, height)


def read_photos(release: Release, folders: list[tuple[Path, str]]) -> dict[str, PhotoFile]:
    """Every photo of the release, each from the first of ``folders`` (path, how the
    messages name it) that has its file; a photo none has is refused with the first."""
    out = {}
    for photo in photos_of(release):
        folder, where = next(((f, w) for f, w in folders if (f / photo.file).exists()), folders[0])
        out[photo.file] = read_photo_file(folder, photo.file, where=where)
    return out


def own_folder(ws: Workspace, release_id: str) -> tuple[Path, str]:
    """The release's folder, where its photos are kept, and how messages name it."""
    return ws.release_dir(release_id), f"releases/{release_id}/"
