"""Where the publisher puts each Part, and where the standard is read from.

Under the base URL ``https://dicom.nema.org/medical/dicom/``::

    <edition>/source/docbook/partNN/partNN.xml   DocBook: one file per Part
    <edition>/output/chtml/partNN/*.html         chunked HTML: entry page PS3.N.html

Paths here are POSIX strings relative to the edition folder; a mirror (a directory,
a ``file://`` URL or an http(s) URL) has the same layout.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from generator.errors import FetchError

SourceFormat = Literal["docbook", "chtml"]
FORMATS: tuple[SourceFormat, ...] = ("docbook", "chtml")

PUBLISHER_URL = "https://dicom.nema.org/medical/dicom/"

MAX_PART = 99

_PAGE_LINK = re.compile(
    r"""href\s*=\s*["']((?:sect_|chapter_|PS3\.)[^"'#?/\\]*\.html)(?:#[^"']*)?["']""",
    re.IGNORECASE,
)


def check_format(name: str) -> SourceFormat:
    """``docbook`` or ``chtml``; anything else is a :class:`FetchError`."""
    for fmt in FORMATS:
        if name == fmt:
            return fmt
    raise FetchError(f"invalid format {name!r}: expected one of {', '.join(FORMATS)}")


def parse_parts(text: str) -> tuple[int, ...]:
    """``"3,4,6,16"`` -> ``(3, 4, 6, 16)``: sorted, without duplicates."""
    parts: set[int] = set()
    for item in text.split(","):
        word = item.strip()
        if not word.isdigit() or not 1 <= int(word) <= MAX_PART:
            raise FetchError(
                f"invalid parts list {text!r}: expected Part numbers 1-{MAX_PART} "
                "separated by commas, such as 3,4,6,16"
            )
        parts.add(int(word))
    return tuple(sorted(parts))


def check_part(part: int) -> int:
    """``part`` if it is a Part number the layout can name."""
    if not 1 <= part <= MAX_PART:
        raise FetchError(f"invalid part {part}: expected a Part number 1-{MAX_PART}")
    return part


def part_folder(part: int) -> str:
    """``part03`` for Part 3."""
    return f"part{check_part(part):02d}"


def docbook_file(part: int) -> str:
    """The DocBook file of a Part, relative to the edition folder."""
    folder = part_folder(part)
    return f"source/docbook/{folder}/{folder}.xml"


def chtml_folder(part: int) -> str:
    """The chunked HTML folder of a Part, relative to the edition folder."""
    return f"output/chtml/{part_folder(part)}"


def chtml_entry(part: int) -> str:
    """The entry page of a Part's chunked HTML: ``PS3.3.html``."""
    return f"PS3.{check_part(part)}.html"


def part_location(part: int, fmt: SourceFormat) -> str:
    """The DocBook file or the chunked HTML folder, relative to the edition folder."""
    return docbook_file(part) if fmt == "docbook" else chtml_folder(part)


def page_links(html: str) -> set[str]:
    """Pages of the same folder linked from a chunked HTML page.

    Only ``sect_*.html``, ``chapter_*.html`` and ``PS3.N.html`` without a folder
    count; fragments are dropped. Links to other Parts (``../part06/...``),
    absolute URLs and style sheets are ignored.
    """
    pages: set[str] = set()
    for match in _PAGE_LINK.finditer(html):
        name = unquote(match.group(1))
        if "/" not in name and "\\" not in name and name not in {".", ".."}:
            pages.add(name)
    return pages


def is_page_name(name: str) -> bool:
    """Whether a file name in a chunked HTML folder is a page of the Part."""
    return name.endswith(".html") and name.startswith(("sect_", "chapter_", "PS3."))


def resolve_mirror(mirror: str | Path | None) -> Path | str:
    """Where to read from: a directory (:class:`Path`) or a base URL ending in ``/``.

    ``None`` is the publisher. A ``file://`` URL is a directory. A directory that
    does not exist, or an unsupported URL scheme, is a :class:`FetchError`.
    """
    if mirror is None:
        return PUBLISHER_URL
    if isinstance(mirror, str):
        parts = urlsplit(mirror)
        scheme = parts.scheme.lower()
        if scheme in {"http", "https"}:
            if not parts.netloc:
                raise FetchError(f"invalid mirror URL {mirror!r}: it names no host")
            return mirror if mirror.endswith("/") else mirror + "/"
        if scheme == "file":
            if parts.netloc not in {"", "localhost"}:
                raise FetchError(f"mirror {mirror} is on another host; use a local path")
            mirror = Path(url2pathname(parts.path))
        elif len(scheme) > 1:
            raise FetchError(
                f"unsupported mirror {mirror!r}: expected a directory or an http(s):// "
                "or file:// URL"
            )
    path = Path(mirror).expanduser()
    if not path.exists():
        raise FetchError(f"mirror {path} does not exist")
    if not path.is_dir():
        raise FetchError(f"mirror {path} is not a directory")
    return path.resolve()
