"""An overlay's manifest (``overlay.toml``): what it is, what it applies to, its files."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import GeneratorError
from generator.ir.standard import OverlayChange, OverlayProvenance

#: The overlays shipped with the generator, one folder each.
OVERLAY_DATA = Path(__file__).resolve().parent / "data"
MANIFEST = "overlay.toml"

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
_KEYS = {"name", "document", "status", "date", "editions", "requires", "notes", "fragments"}
_REQUIRED = ("name", "document", "status", "date", "editions", "fragments")


class OverlayError(GeneratorError):
    """An overlay that cannot be found, read or applied; the message names its file."""


@dataclass(frozen=True, slots=True)
class FragmentFile:
    """One DocBook fragment of the overlay: the Part it amends and its file."""

    part: int
    path: Path


@dataclass(frozen=True, slots=True)
class Manifest:
    """An overlay as its ``overlay.toml`` declares it.

    ``editions`` are the editions it is written against (applying it to another
    is an error: a later edition usually has the text already); ``requires``
    names overlays that must be applied before it.
    """

    name: str
    folder: Path
    document: str
    status: str
    date: str
    editions: tuple[str, ...]
    requires: tuple[str, ...]
    fragments: tuple[FragmentFile, ...]
    notes: str = ""

    @property
    def path(self) -> Path:
        """The manifest file."""
        return self.folder / MANIFEST

    def provenance(self, changes: Iterable[OverlayChange]) -> OverlayProvenance:
        """The IR record of this overlay with the changes it made."""
        return OverlayProvenance(
            name=self.name,
            document=self.document,
            status=self.status,
            date=self.date,
            changes=tuple(changes),
        )


def available() -> list[str]:
    """Names of the overlays shipped in ``generator/overlays/data``."""
    if not OVERLAY_DATA.is_dir():
        return []
    return sorted(p.name for p in OVERLAY_DATA.iterdir() if (p / MANIFEST).is_file())


def find_overlay(spec: str) -> Path:
    """The folder of an overlay given by name (shipped) or by path (a folder or its manifest)."""
    candidate = Path(spec)
    if candidate.name == MANIFEST and candidate.is_file():
        return candidate.parent
    if (candidate / MANIFEST).is_file() and (candidate.is_absolute() or "/" in spec):
        return candidate
    shipped = OVERLAY_DATA / spec
    if _NAME.match(spec) and (shipped / MANIFEST).is_file():
        return shipped
    if (candidate / MANIFEST).is_file():
        return candidate
    known = ", ".join(available()) or "none"
    raise OverlayError(
        f"overlay {spec!r}: no such overlay (shipped: {known}; or give a folder holding {MANIFEST})"
    )


def _text(data: dict[str, Any], key: str, where: Path) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise OverlayError(f"{where}: {key!r} must be a non-empty string")
    return value.strip()


def _texts(data: dict[str, Any], key: str, where: Path) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise OverlayError(f"{where}: {key!r} must be a list of strings")
    return tuple(value)


def _fragments(data: dict[str, Any], folder: Path, where: Path) -> tuple[FragmentFile, ...]:
    entries = data.get("fragments")
    if not isinstance(entries, list) or not entries:
        raise OverlayError(f"{where}: 'fragments' must list at least one [[fragments]] table")
    found: list[FragmentFile] = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or set(entry) != {"part", "file"}:
            raise OverlayError(f"{where}: fragment {number} must have exactly 'part' and 'file'")
        part, file = entry["part"], entry["file"]
        if not isinstance(part, int) or not isinstance(file, str):
            raise OverlayError(f"{where}: fragment {number}: 'part' is a number, 'file' a name")
        path = folder / file
        if not path.is_file():
            raise OverlayError(f"{where}: fragment {number}: no file {path}")
        found.append(FragmentFile(part=part, path=path))
    return tuple(found)


def load_manifest(folder: Path) -> Manifest:
    """Read and check ``overlay.toml`` in ``folder``."""
    where = folder / MANIFEST
    try:
        data = tomllib.loads(where.read_text(encoding="utf-8"))
    except OSError as error:
        raise OverlayError(f"{where}: cannot be read ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise OverlayError(f"{where}: not valid TOML ({error})") from None
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise OverlayError(f"{where}: unknown key(s) {', '.join(unknown)}")
    missing = [key for key in _REQUIRED if key not in data]
    if missing:
        raise OverlayError(f"{where}: missing key(s) {', '.join(missing)}")
    name = _text(data, "name", where)
    if not _NAME.match(name):
        raise OverlayError(f"{where}: name {name!r} must be lower case letters, digits, - _ .")
    date = _text(data, "date", where)
    if not _DATE.match(date):
        raise OverlayError(f"{where}: date {date!r} is not YYYY-MM-DD")
    editions = _texts(data, "editions", where)
    if not editions:
        raise OverlayError(f"{where}: 'editions' must name the edition(s) it applies to")
    notes = data.get("notes", "")
    if not isinstance(notes, str):
        raise OverlayError(f"{where}: 'notes' must be a string")
    return Manifest(
        name=name,
        folder=folder,
        document=_text(data, "document", where),
        status=_text(data, "status", where),
        date=date,
        editions=editions,
        requires=_texts(data, "requires", where),
        fragments=_fragments(data, folder, where),
        notes=notes.strip(),
    )


def load_overlays(specs: Iterable[str]) -> tuple[Manifest, ...]:
    """The manifests of ``specs`` (names or folders), in order, checked as a sequence.

    The same overlay twice, or one listed before an overlay it requires, is an error.
    """
    manifests: list[Manifest] = []
    for spec in specs:
        manifest = load_manifest(find_overlay(spec))
        names = [m.name for m in manifests]
        if manifest.name in names:
            raise OverlayError(f"{manifest.path}: overlay {manifest.name!r} is listed twice")
        missing = [required for required in manifest.requires if required not in names]
        if missing:
            raise OverlayError(
                f"{manifest.path}: overlay {manifest.name!r} requires {', '.join(missing)} "
                "to be applied before it"
            )
        manifests.append(manifest)
    return tuple(manifests)
