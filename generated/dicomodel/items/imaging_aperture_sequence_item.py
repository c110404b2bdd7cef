"""Item class ImagingApertureSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.rt_beam_limiting_device_opening_sequence_item import (
    RTBeamLimitingDeviceOpeningSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class ImagingApertureSequenceItem(DicomModel):
    """An item of Imaging Aperture Sequence (3002,0114), as first defined in RT Imaging Aperture Macro Attributes (C.36.2.4.4-1)."""

    dicom_name: ClassVar[str] = "Imaging Aperture Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.4.4-1"

    RTBeamLimitingDeviceOpeningSequence: Annotated[
        list[RTBeamLimitingDeviceOpeningSequenceItem] | None,
        Attribute(
            0x300A0656,
            "SQ",
            "1",
            "1C",
            name="RT Beam Limiting Device Opening Sequence",
            when=("and", ("present", 0x300A0641), ("compare", 0x300A0641, 1, "!=", 0)),
        ),
    ] = None
    """RT Beam Limiting Device Opening Sequence (300A,0656): Type 1C, VR SQ, VM 1. Required if Number of RT Beam Limiting Devices (300A,0641) is present and has a non-zero value. Beam limiting device (collimator) settings defining the opening for the current Control Point. Required if Number of RT Beam Limiting Devices (300A,0641) is present and has a non-zero value."""
