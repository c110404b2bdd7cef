"""Edition names of the standard (``2024c``) and the resolution of ``current``.

An edition is a year and a letter (the publisher uses ``a``..``e``; any letter is
accepted so that a later edition is not refused, and an unknown one gets "not
published"); editions sort by name, so the newest is the greatest. ``current`` is
resolved from a listing: the publisher's IIS page, a Python ``http.server`` page, or
a directory's subfolders.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

from generator.errors import FetchError

CURRENT = "current"

_EDITION = re.compile(r"\d{4}[a-z]")
_HREF = re.compile(r"""href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)


def is_edition(name: str) -> bool:
    """Whether ``name`` is a concrete edition name such as ``2024c``."""
    return _EDITION.fullmatch(name) is not None


def check_edition(name: str) -> str:
    """``name`` stripped if it is an edition or ``current``; else a :class:`FetchError`."""
    text = name.strip()
    if text.lower() == CURRENT:
        return CURRENT
    if not is_edition(text):
        raise FetchError(
            f"invalid edition {name!r}: expected a year and a letter such as 2024c, or 'current'"
        )
    return text


def newest(names: Iterable[str]) -> str | None:
    """The greatest edition name among ``names`` (others are ignored), or ``None``."""
    editions = [name for name in names if is_edition(name)]
    return max(editions) if editions else None


def editions_in_listing(html: str) -> list[str]:
    """Edition names linked from a directory listing page, sorted, without duplicates.

    Accepts ``<A HREF="/medical/dicom/2024c/">`` (IIS, the publisher) as well as
    ``<a href="2024c/">`` (``http.server``) and absolute URLs: the last path
    segment of each link is taken.
    """
    found: set[str] = set()
    for match in _HREF.finditer(html):
        href = next(group for group in match.groups() if group is not None)
        path = unquote(urlsplit(href).path).rstrip("/")
        segment = path.rsplit("/", 1)[-1]
        if is_edition(segment):
            found.add(segment)
    return sorted(found)
