"""Item class EnergyWindowRangeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "EnergyWindowRangeSequenceItem",
]


class EnergyWindowRangeSequenceItem(DicomModel):
    """An item of Energy Window Range Sequence (0054,0013), as first defined in NM Isotope Module Attributes (C.8-10)."""

    dicom_name: ClassVar[str] = "Energy Window Range Sequence"
    dicom_table: ClassVar[str] = "table_C.8-10"

    EnergyWindowLowerLimit: Annotated[
        vr.DS | None, Attribute(0x00540014, "DS", "1", "3", name="Energy Window Lower Limit")
    ] = None
    """Energy Window Lower Limit (0054,0014): Type 3, VR DS, VM 1. The lower limit of the energy window in KeV. See Section C.8.4.10.1.1 for further explanation."""

    EnergyWindowUpperLimit: Annotated[
        vr.DS | None, Attribute(0x00540015, "DS", "1", "3", name="Energy Window Upper Limit")
    ] = None
    """Energy Window Upper Limit (0054,0015): Type 3, VR DS, VM 1. The upper limit of the energy window in KeV. See Section C.8.4.10.1.2 for further explanation."""
