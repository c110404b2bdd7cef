"""Item class PatientToEquipmentRelationshipSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.content_item_modifier_sequence_item import ContentItemModifierSequenceItem
from dicomodel.model import Attribute, DicomModel


class PatientToEquipmentRelationshipSequenceItem(DicomModel):
    """An item of Patient to Equipment Relationship Sequence (300A,07A0), as first defined in RT Equipment Mapping and Plan Reference Macro Attributes (C.36.2.4.12-1)."""

    dicom_name: ClassVar[str] = "Patient to Equipment Relationship Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.4.12-1"

    ImageToEquipmentMappingMatrix: Annotated[
        list[vr.DS],
        Attribute(0x00289520, "DS", "16", "1", name="Image to Equipment Mapping Matrix"),
    ]
    """Image to Equipment Mapping Matrix (0028,9520): Type 1, VR DS, VM 16. A rigid, homogeneous 4x4 transformation matrix that maps the patient coordinate space in the Frame of Reference used for the patient model to the coordinate system of the RT Treatment Delivery Device as identified by Equipment Frame of Refe..."""

    PatientSupportPositionParameterSequence: Annotated[
        list[ContentItemModifierSequenceItem] | None,
        Attribute(0x300A065B, "SQ", "1", "2", name="Patient Support Position Parameter Sequence"),
    ]
    """Patient Support Position Parameter Sequence (300A,065B): Type 2, VR SQ, VM 1. Translational and rotational parameters for the Patient Support device. Shall be consistent with the Image to Equipment Mapping Matrix (0028,9520). Zero or more Items shall be included in this Sequence."""
