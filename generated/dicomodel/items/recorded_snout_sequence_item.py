"""Item class RecordedSnoutSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RecordedSnoutSequenceItem",
]


class RecordedSnoutSequenceItem(DicomModel):
    """An item of Recorded Snout Sequence (3008,00F0), as first defined in RT Ion Machine Verification Module Attributes (C.31-3)."""

    dicom_name: ClassVar[str] = "Recorded Snout Sequence"
    dicom_table: ClassVar[str] = "table_C.31-3"

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", None, name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): no Type, VR LO, VM 1. An accessory identifier to be read by a device such as a bar code reader."""

    SnoutID: Annotated[vr.SH | None, Attribute(0x300A030F, "SH", "1", None, name="Snout ID")] = None
    """Snout ID (300A,030F): no Type, VR SH, VM 1. User or machine supplied identifier for Snout."""
