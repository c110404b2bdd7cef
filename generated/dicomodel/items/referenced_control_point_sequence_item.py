"""Item class ReferencedControlPointSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedControlPointSequenceItem",
]


class ReferencedControlPointSequenceItem(DicomModel):
    """An item of Referenced Control Point Sequence (300C,00F2), as first defined in RT Dose Module Attributes (C.8-39)."""

    dicom_name: ClassVar[str] = "Referenced Control Point Sequence"
    dicom_table: ClassVar[str] = "table_C.8-39"

    ReferencedStartControlPointIndex: Annotated[
        vr.IS, Attribute(0x300C00F4, "IS", "1", "1", name="Referenced Start Control Point Index")
    ]
    """Referenced Start Control Point Index (300C,00F4): Type 1, VR IS, VM 1. Identifies Control Point specified by Control Point Index (300A,0112) within Beam referenced by Referenced Beam Number (300C,0006)."""

    ReferencedStopControlPointIndex: Annotated[
        vr.IS, Attribute(0x300C00F6, "IS", "1", "1", name="Referenced Stop Control Point Index")
    ]
    """Referenced Stop Control Point Index (300C,00F6): Type 1, VR IS, VM 1. Identifies Control Point specified by Control Point Index (300A,0112) within Beam referenced by Referenced Beam Number (300C,0006)."""
