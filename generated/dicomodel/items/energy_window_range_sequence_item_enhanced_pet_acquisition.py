"""Item class EnergyWindowRangeSequenceItemEnhancedPETAcquisition.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "EnergyWindowRangeSequenceItemEnhancedPETAcquisition",
]


class EnergyWindowRangeSequenceItemEnhancedPETAcquisition(DicomModel):
    """An item of Energy Window Range Sequence (0054,0013), as first defined in Enhanced PET Acquisition Module Attributes (C.8.22-2)."""

    dicom_name: ClassVar[str] = "Energy Window Range Sequence"
    dicom_table: ClassVar[str] = "table_C.8.22-2"

    EnergyWindowLowerLimit: Annotated[
        vr.DS, Attribute(0x00540014, "DS", "1", "1", name="Energy Window Lower Limit")
    ]
    """Energy Window Lower Limit (0054,0014): Type 1, VR DS, VM 1. The lower limit of the energy window, in KeV."""

    EnergyWindowUpperLimit: Annotated[
        vr.DS, Attribute(0x00540015, "DS", "1", "1", name="Energy Window Upper Limit")
    ]
    """Energy Window Upper Limit (0054,0015): Type 1, VR DS, VM 1. The upper limit of the energy window, in KeV."""
