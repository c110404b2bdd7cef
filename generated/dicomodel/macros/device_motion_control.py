"""Device Motion Control Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.device_motion_control_sequence_item import DeviceMotionControlSequenceItem
from dicomodel.model import Attribute, DicomModel


class DeviceMotionControlMacro(DicomModel):
    """Device Motion Control Macro Attributes (PS3.3 Table 10-28)."""

    dicom_name: ClassVar[str] = "Device Motion Control"
    dicom_table: ClassVar[str] = "table_10-28"

    DeviceMotionControlSequence: Annotated[
        list[DeviceMotionControlSequenceItem] | None,
        Attribute(0x300A0450, "SQ", "1", "3", name="Device Motion Control Sequence"),
    ] = None
    """Device Motion Control Sequence (300A,0450): Type 3, VR SQ, VM 1. Device Motion Control Definitions for each degree of freedom. One or more Items are permitted in this Sequence."""
