"""Item class ReferencedBrachyApplicationSetupSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedBrachyApplicationSetupSequenceItem",
]


class ReferencedBrachyApplicationSetupSequenceItem(DicomModel):
    """An item of Referenced Brachy Application Setup Sequence (300C,000A), as first defined in RT Dose Module Attributes (C.8-39)."""

    dicom_name: ClassVar[str] = "Referenced Brachy Application Setup Sequence"
    dicom_table: ClassVar[str] = "table_C.8-39"

    ReferencedBrachyApplicationSetupNumber: Annotated[
        vr.IS,
        Attribute(0x300C000C, "IS", "1", "1", name="Referenced Brachy Application Setup Number"),
    ]
    """Referenced Brachy Application Setup Number (300C,000C): Type 1, VR IS, VM 1. Uniquely identifies Brachy Application Setup specified by Brachy Application Setup Number (300A,0234) in Brachy Application Setup Sequence (300A,0230) of RT Brachy Application Setups Module within RT Plan referenced in Referenced RT Plan Se..."""
