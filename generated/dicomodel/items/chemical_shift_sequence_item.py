"""Item class ChemicalShiftSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ChemicalShiftSequenceItem",
]


class ChemicalShiftSequenceItem(DicomModel):
    """An item of Chemical Shift Sequence (0018,9084), as first defined in MR Metabolite Map Macro Attributes (C.8-99)."""

    dicom_name: ClassVar[str] = "Chemical Shift Sequence"
    dicom_table: ClassVar[str] = "table_C.8-99"

    ChemicalShiftMinimumIntegrationLimitInppm: Annotated[
        vr.FD,
        Attribute(
            0x00189295, "FD", "1", "1", name="Chemical Shift Minimum Integration Limit in ppm"
        ),
    ]
    """Chemical Shift Minimum Integration Limit in ppm (0018,9295): Type 1, VR FD, VM 1. Minimal value of Chemical Shift Frequency in ppm."""

    ChemicalShiftMaximumIntegrationLimitInppm: Annotated[
        vr.FD,
        Attribute(
            0x00189296, "FD", "1", "1", name="Chemical Shift Maximum Integration Limit in ppm"
        ),
    ]
    """Chemical Shift Maximum Integration Limit in ppm (0018,9296): Type 1, VR FD, VM 1. Maximum value of Chemical Shift Frequency in ppm."""
