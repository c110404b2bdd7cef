"""Calculated Toric Power Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "CalculatedToricPowerMacro",
]


class CalculatedToricPowerMacro(DicomModel):
    """Calculated Toric Power Macro Attributes (PS3.3 Table C.8.25.16-7)."""

    dicom_name: ClassVar[str] = "Calculated Toric Power"
    dicom_table: ClassVar[str] = "table_C.8.25.16-7"

    SpherePower: Annotated[
        vr.FD | None, Attribute(0x00460146, "FD", "1", "3", name="Sphere Power")
    ] = None
    """Sphere Power (0046,0146): Type 3, VR FD, VM 1. The calculated spherical power, in diopters."""

    CylinderPower: Annotated[vr.FD, Attribute(0x00460147, "FD", "1", "1", name="Cylinder Power")]
    """Cylinder Power (0046,0147): Type 1, VR FD, VM 1. The calculated cylinder power, in diopters."""

    CylinderAxis: Annotated[vr.FL, Attribute(0x00220009, "FL", "1", "1", name="Cylinder Axis")]
    """Cylinder Axis (0022,0009): Type 1, VR FL, VM 1. The calculated cylinder axis, in degrees."""
