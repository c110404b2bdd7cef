"""The root of the IR: one edition of the standard (plus overlays) as parsed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

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
from generator.ir.templates import Template


class SourceDocument(Record):
    """One Part as read: edition, format, and the public location it came from."""

    part: int
    edition: str
    format: str
    location: str


OverlayTarget = Literal["section", "table", "row"]
OverlayAction = Literal["add", "replace", "remove", "edit"]


class OverlayChange(Record):
    """One change an overlay made to a Part: a section, a table, or one row of a table.

    ``target`` is the section or table id; ``row`` the row's key (the text of the
    table's key columns, joined by `` | ``) for a row change; ``title`` the
    section's title or the table's caption after the change.
    """

    part: int
    kind: OverlayTarget
    action: OverlayAction
    target: str
    row: str | None = None
    title: str = ""

    def describe(self) -> str:
        """``PS3.4 table_B.5-1 row '1.2...66.7': add``: one line for provenance records."""
        row = "" if self.row is None else f" row {self.row!r}"
        return f"PS3.{self.part} {self.target}{row}: {self.action}"


class OverlayProvenance(Record):
    """A supplement or correction proposal applied on top of the edition, in build order.

    ``name`` is the overlay's folder name (``sup243``); ``document`` what it is
    ("Supplement 243: Label Map Segmentation"); ``status`` and ``date`` as its
    title page states them ("Final Text", ``2024-09-14``).
    """

    name: str
    document: str
    status: str
    date: str
    changes: tuple[OverlayChange, ...] = ()


class RetiredSection(Record):
    """A section an edition keeps only as a pointer to an older one.

    PS3.3 2024c Section 10.23 "RT Equipment Correlation Macro (Retired)" reads only
    "Retired. See PS3.3-2024b.": the tables it held are retired, not removed
    (PS3.3 Foreword: retired text is removed and replaced by such a reference).
    """

    part: int
    section: str
    label: str
    title: str


class RetiredCode(Record):
    """A code PS3.16 Annex J lists as retired from DICOM use, with its replacement (if any)."""

    scheme: str
    value: str
    meaning: str
    replacement: str = ""


class Standard(Record):
    """Everything the renderer needs, with the build's provenance and its report."""

    edition: str
    sources: tuple[SourceDocument, ...] = ()
    overlays: tuple[OverlayProvenance, ...] = ()
    dictionary: DictionaryProvenance | None = None
    data_elements: tuple[DataElement, ...] = ()
    file_meta_elements: tuple[DataElement, ...] = ()
    directory_elements: tuple[DataElement, ...] = ()
    payload_elements: tuple[DataElement, ...] = Field(
        default=(), description="PS3.6 Table 9-1, Dynamic RTP Payload Elements"
    )
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
    templates: tuple[Template, ...] = ()
    retired_sections: tuple[RetiredSection, ...] = ()
    retired_codes: tuple[RetiredCode, ...] = ()
    report: tuple[str, ...] = Field(default=(), description="warnings and gaps, by Part")

    def element_dictionary(self) -> dict[str, DataElement]:
        """Every data element of PS3.6 by tag: Tables 6-1, 7-1, 8-1 and 9-1.

        PS3.3 uses elements of all four registries: the File-set Identification and
        Directory Information Modules (Tables F.3-2, F.3-3) those of Table 8-1, the
        Current Frame Functional Groups Module (Table C.7.6.27-1) (0006,0001) of 9-1.
        """
        return {
            element.tag: element
            for element in (
                *self.payload_elements,
                *self.directory_elements,
                *self.file_meta_elements,
                *self.data_elements,
            )
        }

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
