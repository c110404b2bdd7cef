"""Item class BeamSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "BeamSequenceItem",
]


class BeamSequenceItem(DicomModel):
    """An item of Beam Sequence (300A,00B0), as first defined in RT Patient Position Scope With Legacy Support Macro Attributes (C.36.2.3.3-1)."""

    dicom_name: ClassVar[str] = "Beam Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.3.3-1"

    ReferencedBeamNumber: Annotated[
        vr.IS, Attribute(0x300C0006, "IS", "1", "1", name="Referenced Beam Number")
    ]
    """Referenced Beam Number (300C,0006): Type 1, VR IS, VM 1. Beam Number identifying the referenced RT Beam or RT Ion Beam."""
