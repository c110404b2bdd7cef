"""Specimen Reference Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.specimen_reference_sequence_item import (
        SpecimenReferenceSequenceItem as _SpecimenReferenceSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _SpecimenReferenceSequenceItem = Lazy(
        "dicomodel.items.specimen_reference_sequence_item", "SpecimenReferenceSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.specimen_reference_sequence_item import (
        SpecimenReferenceSequenceItem as SpecimenReferenceSequenceItem,
    )

__all__ = [
    "SpecimenReferenceMacro",
    "SpecimenReferenceSequenceItem",
]


class SpecimenReferenceMacro(DicomModel):
    """Specimen Reference Macro Attributes (PS3.3 Table C.8.12.6.3-1)."""

    dicom_name: ClassVar[str] = "Specimen Reference"
    dicom_table: ClassVar[str] = "table_C.8.12.6.3-1"

    SpecimenReferenceSequence: Annotated[
        list[_SpecimenReferenceSequenceItem] | None,
        Attribute(0x00480110, "SQ", "1", "2", name="Specimen Reference Sequence"),
    ]
    """Specimen Reference Sequence (0048,0110): Type 2, VR SQ, VM 1. Identifies specimens that may be visible in this frame, and are fully identified in the Specimen Description Sequence (0040,0560). Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "SpecimenReferenceSequenceItem": (
        "dicomodel.items.specimen_reference_sequence_item",
        "SpecimenReferenceSequenceItem",
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
