"""The root of the IR: one edition of the standard (plus overlays) as parsed."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import Field

from generator.ir.base import Record
from generator.ir.codes import CodingScheme, Concept, ContextGroup
from generator.ir.modules import IOD, Macro, Module
from generator.ir.registry import (
    ContextGroupUID,
    DataElement,
    DictionaryProvenance,
    SOPClass,
    UIDEntry,
)


class SourceDocument(Record):
    """One Part as read: edition, format, and the public location it came from."""

    part: int
    edition: str
    format: str
    location: str


class Standard(Record):
    """Everything the renderer needs, with the build's provenance and its report."""

    edition: str
    sources: tuple[SourceDocument, ...] = ()
    overlays: tuple[str, ...] = ()
    dictionary: DictionaryProvenance | None = None
    data_elements: tuple[DataElement, ...] = ()
    file_meta_elements: tuple[DataElement, ...] = ()
    directory_elements: tuple[DataElement, ...] = ()
    uids: tuple[UIDEntry, ...] = ()
    frames_of_reference: tuple[UIDEntry, ...] = ()
    context_group_uids: tuple[ContextGroupUID, ...] = ()
    sop_classes: tuple[SOPClass, ...] = ()
    iods: tuple[IOD, ...] = ()
    modules: tuple[Module, ...] = ()
    macros: tuple[Macro, ...] = ()
    coding_schemes: tuple[CodingScheme, ...] = ()
    context_groups: tuple[ContextGroup, ...] = ()
    concepts: tuple[Concept, ...] = ()
    report: tuple[str, ...] = Field(default=(), description="warnings and gaps, by Part")

    def to_json(self) -> str:
        """Deterministic, compact JSON: sorted keys, trailing newline.

        Compact because the resolved PS3.3 trees repeat deeply nested records (an
        indented dump of 2024c is 320 MB); ``dicomodel-gen diff`` compares meaning.
        """
        data = self.model_dump(mode="json")
        text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return text + "\n"

    @classmethod
    def from_json(cls, text: str) -> Standard:
        """Read back what :meth:`to_json` wrote."""
        return cls.model_validate_json(text)

    def write(self, path: Path) -> None:
        """Write the JSON to ``path``."""
        path.write_text(self.to_json(), encoding="utf-8")
