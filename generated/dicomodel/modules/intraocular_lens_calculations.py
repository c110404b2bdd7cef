"""Intraocular Lens Calculations Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.intraocular_lens_calculations_right_eye_sequence_item import (
    IntraocularLensCalculationsRightEyeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class IntraocularLensCalculationsModule(DicomModel):
    """Intraocular Lens Calculations Module Attributes (PS3.3 Table C.8.25.16-1)."""

    dicom_name: ClassVar[str] = "Intraocular Lens Calculations"
    dicom_table: ClassVar[str] = "table_C.8.25.16-1"

    IntraocularLensCalculationsRightEyeSequence: Annotated[
        list[IntraocularLensCalculationsRightEyeSequenceItem] | None,
        Attribute(
            0x00221300,
            "SQ",
            "1",
            "1C",
            name="Intraocular Lens Calculations Right Eye Sequence",
            when=(
                "unknown",
                "names no attribute: the device calculated intraocular lens power for the right eye",
            ),
        ),
    ] = None
    """Intraocular Lens Calculations Right Eye Sequence (0022,1300): Type 1C, VR SQ, VM 1. Required if the device calculated intraocular lens power for the right eye. Calculations of intraocular lens power for a patient's right eye. One or more Items shall be included in this Sequence. Required if the device calculated intraocular lens power for the right eye."""

    IntraocularLensCalculationsLeftEyeSequence: Annotated[
        list[IntraocularLensCalculationsRightEyeSequenceItem] | None,
        Attribute(
            0x00221310,
            "SQ",
            "1",
            "1C",
            name="Intraocular Lens Calculations Left Eye Sequence",
            when=(
                "unknown",
                "names no attribute: the device calculated intraocular lens power for the left eye",
            ),
        ),
    ] = None
    """Intraocular Lens Calculations Left Eye Sequence (0022,1310): Type 1C, VR SQ, VM 1. Required if the device calculated intraocular lens power for the left eye. Calculations of intraocular lens power for a patient's left eye. One or more Items shall be included in this Sequence. Required if the device calculated intraocular lens power for the left eye."""
