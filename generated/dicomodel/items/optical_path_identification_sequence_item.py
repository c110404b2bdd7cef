"""Item class OpticalPathIdentificationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "OpticalPathIdentificationSequenceItem",
]


class OpticalPathIdentificationSequenceItem(DicomModel):
    """An item of Optical Path Identification Sequence (0048,0207), as first defined in Optical Path Identification Macro Attributes (C.8.12.6.2-1)."""

    dicom_name: ClassVar[str] = "Optical Path Identification Sequence"
    dicom_table: ClassVar[str] = "table_C.8.12.6.2-1"

    OpticalPathIdentifier: Annotated[
        vr.SH, Attribute(0x00480106, "SH", "1", "1", name="Optical Path Identifier")
    ]
    """Optical Path Identifier (0048,0106): Type 1, VR SH, VM 1. Uniquely identifies the path described in the Optical Path Sequence (0048,0105) by reference to an Item with the same Optical Path Identifier (0048,0106) value. See Section C.8.12.5."""
