"""Ophthalmic Frame Location Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.ophthalmic_frame_location_sequence_item import (
    OphthalmicFrameLocationSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class OphthalmicFrameLocationMacro(DicomModel):
    """Ophthalmic Frame Location Macro Attributes (PS3.3 Table C.8.17.10-1)."""

    dicom_name: ClassVar[str] = "Ophthalmic Frame Location"
    dicom_table: ClassVar[str] = "table_C.8.17.10-1"

    OphthalmicFrameLocationSequence: Annotated[
        list[OphthalmicFrameLocationSequenceItem],
        Attribute(0x00220031, "SQ", "1", "1", name="Ophthalmic Frame Location Sequence"),
    ]
    """Ophthalmic Frame Location Sequence (0022,0031): Type 1, VR SQ, VM 1. Specifies the column locations for this frame in terms of locations on a referenced image. One or more Items shall be included in this Sequence."""
