"""Optical Path Identification Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.optical_path_identification_sequence_item import (
    OpticalPathIdentificationSequenceItem,
)
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "OpticalPathIdentificationMacro",
    "OpticalPathIdentificationSequenceItem",
]


class OpticalPathIdentificationMacro(DicomModel):
    """Optical Path Identification Macro Attributes (PS3.3 Table C.8.12.6.2-1)."""

    dicom_name: ClassVar[str] = "Optical Path Identification"
    dicom_table: ClassVar[str] = "table_C.8.12.6.2-1"

    OpticalPathIdentificationSequence: Annotated[
        list[OpticalPathIdentificationSequenceItem],
        Attribute(0x00480207, "SQ", "1", "1", name="Optical Path Identification Sequence"),
    ]
    """Optical Path Identification Sequence (0048,0207): Type 1, VR SQ, VM 1. Identifies the optical path characteristics of this frame. Only a single Item shall be included in this Sequence."""
