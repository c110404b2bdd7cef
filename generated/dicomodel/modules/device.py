"""Device Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.device_sequence_item import DeviceSequenceItem
from dicomodel.model import Attribute, DicomModel


class DeviceModule(DicomModel):
    """Device Module Attributes (PS3.3 Table C.7-18)."""

    dicom_name: ClassVar[str] = "Device"
    dicom_table: ClassVar[str] = "table_C.7-18"

    DeviceSequence: Annotated[
        list[DeviceSequenceItem], Attribute(0x00500010, "SQ", "1", "1", name="Device Sequence")
    ]
    """Device Sequence (0050,0010): Type 1, VR SQ, VM 1. A Sequence of Items describing devices used that may be visible in the image. One or more Items shall be included in this Sequence."""
