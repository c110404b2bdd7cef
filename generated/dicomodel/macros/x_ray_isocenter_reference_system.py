"""X-Ray Isocenter Reference System Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.isocenter_reference_system_sequence_item import (
    IsocenterReferenceSystemSequenceItem,
)
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "IsocenterReferenceSystemSequenceItem",
    "XRayIsocenterReferenceSystemMacro",
]


class XRayIsocenterReferenceSystemMacro(DicomModel):
    """X-Ray Isocenter Reference System Macro Attributes (PS3.3 Table C.8.19.6-13)."""

    dicom_name: ClassVar[str] = "X-Ray Isocenter Reference System"
    dicom_table: ClassVar[str] = "table_C.8.19.6-13"

    IsocenterReferenceSystemSequence: Annotated[
        list[IsocenterReferenceSystemSequenceItem],
        Attribute(0x00189462, "SQ", "1", "1", name="Isocenter Reference System Sequence"),
    ]
    """Isocenter Reference System Sequence (0018,9462): Type 1, VR SQ, VM 1. A Sequence that describes the Isocenter Reference Coordinate System (O, X, Y, Z). Only a single Item shall be included in this Sequence."""
