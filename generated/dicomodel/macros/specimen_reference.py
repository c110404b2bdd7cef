"""Specimen Reference Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.specimen_reference_sequence_item import SpecimenReferenceSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "SpecimenReferenceMacro",
    "SpecimenReferenceSequenceItem",
]


class SpecimenReferenceMacro(DicomModel):
    """Specimen Reference Macro Attributes (PS3.3 Table C.8.12.6.3-1)."""

    dicom_name: ClassVar[str] = "Specimen Reference"
    dicom_table: ClassVar[str] = "table_C.8.12.6.3-1"

    SpecimenReferenceSequence: Annotated[
        list[SpecimenReferenceSequenceItem] | None,
        Attribute(0x00480110, "SQ", "1", "2", name="Specimen Reference Sequence"),
    ]
    """Specimen Reference Sequence (0048,0110): Type 2, VR SQ, VM 1. Identifies specimens that may be visible in this frame, and are fully identified in the Specimen Description Sequence (0040,0560). Zero or more Items shall be included in this Sequence."""
