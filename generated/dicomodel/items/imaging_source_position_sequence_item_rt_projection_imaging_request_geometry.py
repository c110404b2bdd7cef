"""Item class ImagingSourcePositionSequenceItemRTProjectionImagingRequestGeometry.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.content_item_modifier_sequence_item import ContentItemModifierSequenceItem
from dicomodel.model import Attribute, DicomModel


class ImagingSourcePositionSequenceItemRTProjectionImagingRequestGeometry(DicomModel):
    """An item of Imaging Source Position Sequence (3002,010D), as first defined in RT Projection Imaging Request Geometry Macro Attributes (C.36.2.4.1-1)."""

    dicom_name: ClassVar[str] = "Imaging Source Position Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.4.1-1"

    ReferencedDefinedDeviceIndex: Annotated[
        vr.US | None,
        Attribute(
            0x300A0602,
            "US",
            "1",
            "1C",
            name="Referenced Defined Device Index",
            when=(
                "or",
                ("value", 0x00080008, 1, "in", ("ORIGINAL",)),
                ("unknown", "depends on whether the image was derived"),
            ),
            otherwise="may",
        ),
    ] = None
    """Referenced Defined Device Index (300A,0602): Type 1C, VR US, VM 1. Required if Value 1 of Image Type (0008,0008) has the value ORIGINAL or the current Instance was derived from an Instance where Referenced Defined Device Index (300A,0602) was present in the Imaging Source Position Sequence (3002,010D). May be present otherwise. The value of Device Index (3010,0039) from the Acquisition Device Sequence (3002,0117) corresponding to the Acquisition Device used in this Item."""

    DevicePositionParameterSequence: Annotated[
        list[ContentItemModifierSequenceItem],
        Attribute(0x30020110, "SQ", "1", "1", name="Device Position Parameter Sequence"),
    ]
    """Device Position Parameter Sequence (3002,0110): Type 1, VR SQ, VM 1. Parameters describing the position of the imaging source. One or more Items shall be included in this sequence."""
