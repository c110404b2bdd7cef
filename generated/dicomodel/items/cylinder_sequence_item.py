"""Item class CylinderSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "CylinderSequenceItem",
]


class CylinderSequenceItem(DicomModel):
    """An item of Cylinder Sequence (0046,0018), as first defined in Cylinder Sequence Macro Attributes (C.8.25.6.1-1)."""

    dicom_name: ClassVar[str] = "Cylinder Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.6.1-1"

    CylinderPower: Annotated[vr.FD, Attribute(0x00460147, "FD", "1", "1", name="Cylinder Power")]
    """Cylinder Power (0046,0147): Type 1, VR FD, VM 1. The power that is present at the power meridian (90 degrees from the axis), in diopters."""

    CylinderAxis: Annotated[vr.FL, Attribute(0x00220009, "FL", "1", "1", name="Cylinder Axis")]
    """Cylinder Axis (0022,0009): Type 1, VR FL, VM 1. The meridian, defined in degrees, that is 90 degrees from the power meridian."""
