"""PS3.6 and PS3.4 registries: data elements, UIDs, context group UIDs, SOP classes."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from generator.ir.base import Origin, Record
from generator.ir.vocabulary import VR

TAG_PATTERN = r"^\([0-9A-Fx]{4},[0-9A-Fx]{4}\)$"


class DataElement(Record):
    """One row of PS3.6 Table 6-1, 7-1 or 8-1 (or pydicom's copy of Table 6-1)."""

    tag: str = Field(pattern=TAG_PATTERN)
    name: str
    keyword: str
    vrs: tuple[VR, ...]
    vr_text: str
    vm: str
    retired: bool
    trial: bool = False
    origin: Origin

    @property
    def repeating(self) -> bool:
        """True for repeating-group tags such as ``(60xx,3000)``."""
        return "x" in self.tag


class UIDEntry(Record):
    """One row of PS3.6 Table A-1 (UID values) or A-2 (well-known frames of reference)."""

    value: str
    name: str
    keyword: str
    type: str
    part: str
    retired: bool
    origin: Origin


class ContextGroupUID(Record):
    """One row of PS3.6 Table A-3: a context group's UID."""

    cid: int
    name: str
    uid: str
    retired: bool
    origin: Origin


class SOPClass(Record):
    """A SOP class that PS3.4 binds to the IOD that defines it."""

    name: str
    uid: str
    iod: str
    iod_table: str | None
    iod_section: str | None
    specialization: str | None
    service: str
    origin: Origin


DictionarySource = Literal["part06", "pydicom"]


class DictionaryProvenance(Record):
    """Which source gave Table 6-1: the Part 6 document or pydicom's bundled copy."""

    source: DictionarySource
    edition: str
    detail: str
