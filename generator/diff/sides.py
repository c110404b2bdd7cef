"""One side of a diff: an index file, an IR file, a folder holding an index, or an edition.

- a file ending in ``.jsonl``, or whose first line is a build index header: an
  index (``generated/build-index.jsonl`` is the committed build's);
- a folder holding ``build-index.jsonl`` (``generated``): that index;
- any other existing file: an IR written by ``dicomodel-gen ir`` (JSON);
- otherwise an edition spec built on the fly: ``EDITION[+OVERLAY...]`` such as
  ``2015a``, ``2024c`` (as published: no overlays) or ``2024c+sup243``, read in
  the Parts and format the command names.
"""

from __future__ import annotations

import gc
import re
from dataclasses import dataclass, field
from pathlib import Path

from generator.diff.index import FORMAT, INDEX_FILE, Index, build_index, read_index
from generator.errors import GeneratorError
from generator.ir.standard import Standard
from generator.pipeline import BuildConfig, build_standard, read_parts, resolved
from generator.readers.model import Document, SourceFormat

_SPEC = re.compile(r"^(?P<edition>\d{4}[a-z]|current)(?P<overlays>(\+[A-Za-z0-9_./-]+)*)$")


@dataclass(frozen=True, slots=True)
class SourceOptions:
    """Where editions built on the fly come from, and which Parts are read."""

    format: SourceFormat = "chtml"
    parts: tuple[int, ...] = (3, 4, 6, 16)
    mirror: str | None = None
    cache_dir: Path | None = None
    accept_dictionary_mismatch: bool = False


@dataclass(slots=True)
class SideLoader:
    """Loads sides, reading an edition's Parts once when both sides are of that edition.

    Only the last edition read is kept (``2024c`` against ``2024c+sup243`` reads
    2024c once); the documents of another edition are let go before the next one is
    read, so that a diff of two full editions holds one edition's documents at a
    time (peak resident memory: see README, "Reading the changelog").
    """

    options: SourceOptions
    _documents: dict[tuple[str, str, tuple[int, ...]], dict[int, Document]] = field(
        default_factory=dict
    )

    def load(self, spec: str) -> Index:
        """The index of one side (see the module docstring)."""
        path = Path(spec)
        if path.is_dir():
            if not (path / INDEX_FILE).is_file():
                raise GeneratorError(f"{path}: folder holds no {INDEX_FILE}")
            return read_index(path / INDEX_FILE)
        if path.is_file():
            if path.suffix == ".jsonl" or _looks_like_index(path):
                return read_index(path)
            try:
                standard = Standard.from_json(path.read_text(encoding="utf-8"))
            except ValueError as error:
                first = str(error).splitlines()[0]
                raise GeneratorError(f"{path}: neither a build index nor an IR ({first})") from None
            return build_index(standard)
        return self._build(spec)

    def _build(self, spec: str) -> Index:
        match = _SPEC.match(spec)
        if match is None:
            raise GeneratorError(
                f"{spec!r}: not a file, a folder with {INDEX_FILE}, nor an edition such as "
                "2024c or 2024c+sup243"
            )
        overlays = tuple(name for name in match.group("overlays").split("+") if name)
        config = resolved(
            BuildConfig(
                edition=match.group("edition"),
                format=self.options.format,
                mirror=self.options.mirror,
                cache_dir=self.options.cache_dir,
                parts=self.options.parts,
                overlays=overlays,
                accept_dictionary_mismatch=self.options.accept_dictionary_mismatch,
            )
        )
        key = (config.edition, config.format, config.parts)
        if key not in self._documents:
            self._documents.clear()
            gc.collect()
            self._documents[key] = read_parts(config)
        index = build_index(build_standard(config, self._documents[key]))
        gc.collect()
        return index


def _looks_like_index(path: Path) -> bool:
    with path.open("rb") as handle:
        head = handle.read(4096)
    return f'"format":"{FORMAT}"'.encode() in head
