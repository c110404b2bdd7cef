"""NM Phase Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.phase_information_sequence_item import (
        PhaseInformationSequenceItem as _PhaseInformationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PhaseInformationSequenceItem = Lazy(
        "dicomodel.items.phase_information_sequence_item", "PhaseInformationSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.phase_description import PhaseDescription as PhaseDescription
    from dicomodel.items.phase_information_sequence_item import (
        PhaseInformationSequenceItem as PhaseInformationSequenceItem,
    )

__all__ = [
    "NMPhaseModule",
    "PhaseDescription",
    "PhaseInformationSequenceItem",
]


class NMPhaseModule(DicomModel):
    """NM Phase Module Attributes (PS3.3 Table C.8-14)."""

    dicom_name: ClassVar[str] = "NM Phase"
    dicom_table: ClassVar[str] = "table_C.8-14"

    PhaseInformationSequence: Annotated[
        list[_PhaseInformationSequenceItem] | None,
        Attribute(
            0x00540032,
            "SQ",
            "1",
            "2C",
            name="Phase Information Sequence",
            when=("value", 0x00280009, 0, "in", (5505072,)),
        ),
    ] = None
    """Phase Information Sequence (0054,0032): Type 2C, VR SQ, VM 1. Required if the Frame Increment Pointer (0028,0009) contains the Tag for Phase Vector (0054,0030). Sequence of Items that describes each dynamic phase. Required if the Frame Increment Pointer (0028,0009) contains the Tag for Phase Vector (0054,0030). Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PhaseDescription": ("dicomodel.enums.phase_description", "PhaseDescription"),
    "PhaseInformationSequenceItem": (
        "dicomodel.items.phase_information_sequence_item",
        "PhaseInformationSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
