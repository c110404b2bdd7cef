"""The index of a build: every record of every kind, keyed, as sorted JSON lines.

``generated/build-index.jsonl`` is this index for the committed build. Its first
line describes the build (edition, Parts, the fields of each kind); then one line
per overlay applied, ``["overlay", order, {...}]``; then one line per record,
``[kind, *key, *fields]``, sorted by kind (in :data:`KINDS` order) and key. It is
deterministic: the same build always writes the same bytes.

The header also says where Table 6-1 came from (``dictionary``: the Part 6
document, or pydicom's bundled copy and its edition) and what the build could not
read (``gaps``: pages missing from the source, such as PS3.16 ``chapter_D.html``),
so that a diff can say what it did not compare. Indexes written before these
fields existed read as "own dictionary, no gaps".
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.diff.records import KINDS, Fields, Key, Records, Value
from generator.errors import GeneratorError
from generator.ir.registry import DictionaryProvenance
from generator.ir.standard import OverlayProvenance, Standard

FORMAT = "dicomodel-build-index"
VERSION = 1
INDEX_FILE = "build-index.jsonl"
#: Report lines of a build that name what it could not read (see ``generator.parse``):
#: a Part without Table 6-1, PS3.16 without Annex D, context groups whose page is absent.
GAP_MARKERS = ("has no Table 6-1", "no Annex D Table D-1", "is missing from PS3.")


class BuildIndexError(GeneratorError):
    """A file that is not a build index this generator can read."""


@dataclass(frozen=True, slots=True)
class Index:
    """A build as keyed records: ``records[kind][key] = fields`` (named by ``fields[kind]``)."""

    edition: str
    parts: tuple[int, ...]
    overlays: tuple[OverlayProvenance, ...] = ()
    records: dict[str, Records] = field(default_factory=dict)
    fields: dict[str, tuple[str, ...]] = field(default_factory=dict)
    dictionary: DictionaryProvenance | None = None
    gaps: tuple[str, ...] = ()

    @property
    def borrowed_dictionary(self) -> bool:
        """True when Table 6-1 is of another edition than the build's (a recorded substitute)."""
        return self.dictionary is not None and self.dictionary.edition != self.edition

    @property
    def name(self) -> str:
        """``DICOM 2024c`` or ``DICOM 2024c + sup243``."""
        return " + ".join([f"DICOM {self.edition}", *(o.name for o in self.overlays)])

    def field(self, kind: str, key: Key, name: str) -> Value:
        """One field of one record (``None`` when the record or the field is absent)."""
        record = self.records.get(kind, {}).get(key)
        names = self.fields.get(kind, ())
        if record is None or name not in names:
            return None
        return record[names.index(name)]

    def counts(self) -> dict[str, int]:
        """How many records of each kind."""
        return {kind: len(records) for kind, records in self.records.items()}


def build_index(standard: Standard) -> Index:
    """The index of a build."""
    return Index(
        edition=standard.edition,
        parts=tuple(source.part for source in standard.sources),
        overlays=standard.overlays,
        records={kind.name: kind.records(standard) for kind in KINDS},
        fields={kind.name: kind.fields for kind in KINDS},
        dictionary=standard.dictionary,
        gaps=tuple(line for line in standard.report if any(m in line for m in GAP_MARKERS)),
    )


def _sort_key(key: Key) -> tuple[tuple[int, int, str], ...]:
    return tuple((0, part, "") if isinstance(part, int) else (1, 0, part) for part in key)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def index_lines(index: Index) -> list[str]:
    """The lines of the index file (without newlines)."""
    header: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "edition": index.edition,
        "parts": list(index.parts),
        "kinds": {
            kind.name: {"key": list(kind.key), "fields": list(index.fields[kind.name])}
            for kind in KINDS
            if kind.name in index.records
        },
    }
    if index.dictionary is not None:
        header["dictionary"] = index.dictionary.model_dump(mode="json")
    if index.gaps:
        header["gaps"] = list(index.gaps)
    lines = [_json(header)]
    for order, overlay in enumerate(index.overlays, start=1):
        lines.append(_json(["overlay", order, overlay.model_dump(mode="json")]))
    for kind in KINDS:
        records = index.records.get(kind.name, {})
        for key in sorted(records, key=_sort_key):
            values = [list(v) if isinstance(v, tuple) else v for v in records[key]]
            lines.append(_json([kind.name, *key, *values]))
    return lines


def index_text(index: Index) -> str:
    """The index file's text."""
    return "\n".join(index_lines(index)) + "\n"


def _value(item: Any) -> Value:
    if isinstance(item, list):
        return tuple(str(part) for part in item)
    if item is None or isinstance(item, str | int | bool):
        return item
    raise BuildIndexError(f"unexpected value {item!r}")


def parse_index(lines: Iterable[str], where: str) -> Index:
    """Read the lines :func:`index_lines` wrote; ``where`` names the source in errors."""
    iterator = iter(lines)
    try:
        header = json.loads(next(iterator))
    except (StopIteration, json.JSONDecodeError):
        raise BuildIndexError(f"{where}: not a build index (no JSON header line)") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BuildIndexError(f"{where}: not a build index (format is not {FORMAT!r})")
    if header.get("version") != VERSION:
        raise BuildIndexError(
            f"{where}: build index version {header.get('version')}, not {VERSION}"
        )
    kinds: dict[str, tuple[int, tuple[str, ...]]] = {
        name: (len(spec["key"]), tuple(spec["fields"])) for name, spec in header["kinds"].items()
    }
    records: dict[str, Records] = {name: {} for name in kinds}
    overlays: list[OverlayProvenance] = []
    for number, line in enumerate(iterator, start=2):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise BuildIndexError(f"{where}:{number}: not JSON ({error})") from None
        if item[0] == "overlay":
            overlays.append(OverlayProvenance.model_validate(item[2]))
            continue
        if item[0] not in kinds:
            raise BuildIndexError(f"{where}:{number}: unknown kind {item[0]!r}")
        width, names = kinds[item[0]]
        key: Key = tuple(item[1 : 1 + width])
        values: Fields = tuple(_value(v) for v in item[1 + width :])
        if len(values) != len(names):
            raise BuildIndexError(f"{where}:{number}: {len(values)} fields, expected {len(names)}")
        records[item[0]][key] = values
    return Index(
        edition=str(header["edition"]),
        parts=tuple(int(p) for p in header["parts"]),
        overlays=tuple(overlays),
        records=records,
        fields={name: names for name, (_, names) in kinds.items()},
        dictionary=(
            DictionaryProvenance.model_validate(header["dictionary"])
            if "dictionary" in header
            else None
        ),
        gaps=tuple(str(line) for line in header.get("gaps", ())),
    )


def read_index(path: Path) -> Index:
    """Read an index file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise BuildIndexError(f"{path}: cannot be read ({error})") from None
    return parse_index(text.splitlines(), str(path))
