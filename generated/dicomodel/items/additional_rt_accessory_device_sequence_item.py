"""Item class AdditionalRTAccessoryDeviceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.content_item_modifier_sequence_item import ContentItemModifierSequenceItem
from dicomodel.model import Attribute, DicomModel


class AdditionalRTAccessoryDeviceSequenceItem(DicomModel):
    """An item of Additional RT Accessory Device Sequence (3002,0130), as first defined in RT Patient Position Acquisition Instruction Module Attributes (C.36.29-1)."""

    dicom_name: ClassVar[str] = "Additional RT Accessory Device Sequence"
    dicom_table: ClassVar[str] = "table_C.36.29-1"

    ReferencedDeviceIndex: Annotated[
        vr.US, Attribute(0x300A0607, "US", "1", "1", name="Referenced Device Index")
    ]
    """Referenced Device Index (300A,0607): Type 1, VR US, VM 1. Reference to an Item identified by the Device Index (3010,0039) in the General Accessory Definition Sequence (300A,0671)."""

    DeviceSpecificAcquisitionParameterSequence: Annotated[
        list[ContentItemModifierSequenceItem] | None,
        Attribute(
            0x30020131, "SQ", "1", "3", name="Device-Specific Acquisition Parameter Sequence"
        ),
    ] = None
    """Device-Specific Acquisition Parameter Sequence (3002,0131): Type 3, VR SQ, VM 1. User-specified device-specific acquisition parameters applicable to the device of the current Item. One or more Items are permitted in this Sequence."""
