"""Item class GeneralAccessorySequenceItemEquipmentSpecification.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "GeneralAccessorySequenceItemEquipmentSpecification",
]


class GeneralAccessorySequenceItemEquipmentSpecification(DicomModel):
    """An item of General Accessory Sequence (300A,0420), as first defined in Equipment Specification Module Attributes (C.34.6-1)."""

    dicom_name: ClassVar[str] = "General Accessory Sequence"
    dicom_table: ClassVar[str] = "table_C.34.6-1"

    AccessoryCode: Annotated[vr.LO, Attribute(0x300A00F9, "LO", "1", "1", name="Accessory Code")]
    """Accessory Code (300A,00F9): Type 1, VR LO, VM 1. Machine readable identifier for the accessory. E.g., this may indicate accessory equipment such as cardiac gating equipment."""
