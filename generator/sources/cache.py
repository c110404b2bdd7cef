"""The per-user download cache: its place, its layout, manifests and atomic writes.

Layout, one folder per source so that the publisher and a mirror never mix::

    <cache>/<host>[_<port>]/<base path>/<edition>/source/docbook/partNN/partNN.xml
    <cache>/<host>[_<port>]/<base path>/<edition>/output/chtml/partNN/*.html
    <cache>/<host>[_<port>]/<base path>/<edition>/manifests/partNN.<format>.json
    <cache>/<host>[_<port>]/<base path>/.locks/<edition>.partNN.<format>.lock

A final file only appears by ``os.replace`` of a verified temporary file of the same
folder; a manifest records, per edition, Part and format, each file's relative path,
sha256, size and source URL, and whether the Part is complete.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from generator.errors import FetchError
from generator.sources.layout import SourceFormat, part_folder

CACHE_ENV = "DICOMODEL_CACHE"
MANIFEST_VERSION = 2
"""2: every file recorded was verified to its end (a version 1 manifest is not trusted)."""

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


def default_cache_dir() -> Path:
    """``$DICOMODEL_CACHE``, else ``$XDG_CACHE_HOME/dicomodel``, else ``~/.cache/dicomodel``."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and Path(xdg).is_absolute():
        return Path(xdg) / "dicomodel"
    return Path.home() / ".cache" / "dicomodel"


def _safe(segment: str) -> str:
    cleaned = _UNSAFE.sub("_", segment)
    return "_" if cleaned in {"", ".", ".."} else cleaned


def source_dir(cache_root: Path, base_url: str) -> Path:
    """The cache folder of one base URL: host (and port), then the URL's path."""
    parts = urlsplit(base_url)
    host = _safe((parts.hostname or "unknown").lower())
    if parts.port is not None:
        host = f"{host}_{parts.port}"
    folder = cache_root / host
    for segment in unquote(parts.path).split("/"):
        if segment:
            folder = folder / _safe(segment)
    return folder


def sha256_of(path: Path) -> str:
    """The hex sha256 of a file."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file of the same folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


@dataclass(frozen=True, slots=True)
class FileRecord:
    """One cached file: path relative to the edition folder, digest, size, origin."""

    path: str
    sha256: str
    size: int
    url: str


@dataclass(slots=True)
class Manifest:
    """What is in the cache for one edition, Part and format."""

    file: Path
    edition: str
    part: int
    format: SourceFormat
    source: str
    complete: bool = False
    files: dict[str, FileRecord] = field(default_factory=dict)
    missing: dict[str, str] = field(default_factory=dict)
    verified: set[str] = field(default_factory=set, repr=False, compare=False)

    @classmethod
    def load(
        cls, edition_dir: Path, edition: str, part: int, fmt: SourceFormat, source: str
    ) -> Manifest:
        """The manifest on disk, or an empty one if absent, unreadable or for another source."""
        file = manifest_file(edition_dir, part, fmt)
        empty = cls(file=file, edition=edition, part=part, format=fmt, source=source)
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            if (
                data.get("version") != MANIFEST_VERSION
                or data.get("edition") != edition
                or data.get("part") != part
                or data.get("format") != fmt
                or data.get("source") != source
            ):
                return empty
            files = {
                str(rel): FileRecord(
                    path=str(rel),
                    sha256=str(entry["sha256"]),
                    size=int(entry["size"]),
                    url=str(entry["url"]),
                )
                for rel, entry in data.get("files", {}).items()
            }
            missing = {str(rel): str(url) for rel, url in data.get("missing", {}).items()}
            complete = bool(data.get("complete", False))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return empty
        return cls(
            file=file,
            edition=edition,
            part=part,
            format=fmt,
            source=source,
            complete=complete,
            files=files,
            missing=missing,
        )

    def to_json(self) -> dict[str, Any]:
        """The manifest as written: keys sorted so that it diffs well."""
        return {
            "version": MANIFEST_VERSION,
            "edition": self.edition,
            "part": self.part,
            "format": self.format,
            "source": self.source,
            "complete": self.complete,
            "files": {
                rel: {key: value for key, value in asdict(record).items() if key != "path"}
                for rel, record in sorted(self.files.items())
            },
            "missing": dict(sorted(self.missing.items())),
        }

    def save(self) -> None:
        """Write the manifest atomically."""
        text = json.dumps(self.to_json(), indent=1, sort_keys=True) + "\n"
        atomic_write_bytes(self.file, text.encode("utf-8"))

    def add(self, record: FileRecord) -> None:
        """Record one complete file (and forget that it was missing)."""
        self.files[record.path] = record
        self.missing.pop(record.path, None)
        self.verified.add(record.path)

    def has(self, edition_dir: Path, rel: str) -> bool:
        """Whether ``rel`` is recorded and on disk with the recorded size and sha256.

        The digest is computed once per manifest loaded (a file changed on disk, by
        a disk error or a hand, is fetched again).
        """
        record = self.files.get(rel)
        if record is None:
            return False
        path = edition_dir / rel
        try:
            if path.stat().st_size != record.size:
                return False
            if rel not in self.verified and sha256_of(path) != record.sha256:
                return False
        except OSError:
            return False
        self.verified.add(rel)
        return True

    def all_present(self, edition_dir: Path) -> bool:
        """Whether the Part is complete and every recorded file is still on disk."""
        return (
            self.complete
            and bool(self.files)
            and all(self.has(edition_dir, rel) for rel in self.files)
        )


def manifest_file(edition_dir: Path, part: int, fmt: SourceFormat) -> Path:
    """``<edition>/manifests/partNN.<format>.json``."""
    return edition_dir / "manifests" / f"{part_folder(part)}.{fmt}.json"


@contextlib.contextmanager
def part_lock(edition_dir: Path, part: int, fmt: SourceFormat) -> Iterator[None]:
    """Hold an exclusive lock so two runs never write the same Part's files at once.

    The lock file lives in ``.locks/`` beside the edition folders, so that asking for
    an edition that does not exist leaves no folder for it.
    """
    lock = edition_dir.parent / ".locks" / f"{edition_dir.name}.{part_folder(part)}.{fmt}.lock"
    try:
        lock.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        raise FetchError(f"cannot write to the cache at {edition_dir}: {error}") from error
    try:
        if sys.platform != "win32":
            import fcntl

            fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)
