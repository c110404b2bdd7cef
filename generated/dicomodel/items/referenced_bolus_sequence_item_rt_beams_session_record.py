"""Item class ReferencedBolusSequenceItemRTBeamsSessionRecord.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedBolusSequenceItemRTBeamsSessionRecord",
]


class ReferencedBolusSequenceItemRTBeamsSessionRecord(DicomModel):
    """An item of Referenced Bolus Sequence (300C,00B0), as first defined in RT Beams Session Record Module Attributes (C.8-57)."""

    dicom_name: ClassVar[str] = "Referenced Bolus Sequence"
    dicom_table: ClassVar[str] = "table_C.8-57"

    ReferencedROINumber: Annotated[
        vr.IS, Attribute(0x30060084, "IS", "1", "1", name="Referenced ROI Number")
    ]
    """Referenced ROI Number (3006,0084): Type 1, VR IS, VM 1. Uniquely identifies ROI representing the bolus specified by ROI Number (3006,0022) in Structure Set ROI Sequence (3006,0020) in Structure Set Module within RT Structure Set IOD referenced by referenced RT Plan in Referenced RT Plan Sequence..."""

    BolusID: Annotated[vr.SH | None, Attribute(0x300A00DC, "SH", "1", "3", name="Bolus ID")] = None
    """Bolus ID (300A,00DC): Type 3, VR SH, VM 1. User-supplied identifier for the Bolus."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. An identifier for the accessory intended to be read by a device such as a bar-code reader."""
