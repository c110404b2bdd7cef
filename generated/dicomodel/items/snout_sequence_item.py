"""Item class SnoutSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "SnoutSequenceItem",
]


class SnoutSequenceItem(DicomModel):
    """An item of Snout Sequence (300A,030C), as first defined in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    dicom_name: ClassVar[str] = "Snout Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.25-1"

    SnoutID: Annotated[vr.SH, Attribute(0x300A030F, "SH", "1", "1", name="Snout ID")]
    """Snout ID (300A,030F): Type 1, VR SH, VM 1. User or machine supplied identifier for Snout."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. An accessory identifier to be read by a device such as a bar code reader."""
