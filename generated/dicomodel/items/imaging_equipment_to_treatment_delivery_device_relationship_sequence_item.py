"""Item class ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.content_item_modifier_sequence_item import ContentItemModifierSequenceItem
from dicomodel.model import Attribute, DicomModel


class ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem(DicomModel):
    """An item of Imaging Equipment to Treatment Delivery Device Relationship Sequence (300A,07A1), as first defined in RT Equipment Mapping and Plan Reference Macro Attributes (C.36.2.4.12-1)."""

    dicom_name: ClassVar[str] = (
        "Imaging Equipment to Treatment Delivery Device Relationship Sequence"
    )
    dicom_table: ClassVar[str] = "table_C.36.2.4.12-1"

    DevicePositionToEquipmentMappingMatrix: Annotated[
        list[vr.FD],
        Attribute(0x3002010F, "FD", "16", "1", name="Device Position to Equipment Mapping Matrix"),
    ]
    """Device Position to Equipment Mapping Matrix (3002,010F): Type 1, VR FD, VM 16. A rigid, homogeneous 4x4 transformation matrix that maps the coordinate system of the imaging equipment to the coordinate system of the RT treatment device as identified by Equipment Frame of Reference UID (300A,0675)."""

    DevicePositionParameterSequence: Annotated[
        list[ContentItemModifierSequenceItem] | None,
        Attribute(0x30020110, "SQ", "1", "2", name="Device Position Parameter Sequence"),
    ]
    """Device Position Parameter Sequence (3002,0110): Type 2, VR SQ, VM 1. Translational and rotational parameters for the Imaging Device. Shall be consistent with the Image to Equipment Mapping Matrix (0028,9520). Zero or more Items shall be included in this Sequence."""
