"""Item class SimulatedKeratometricCylinderSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "SimulatedKeratometricCylinderSequenceItem",
]


class SimulatedKeratometricCylinderSequenceItem(DicomModel):
    """An item of Simulated Keratometric Cylinder Sequence (0046,0218), as first defined in Corneal Topography Map Analysis Module Attributes (C.8.30.3-1)."""

    dicom_name: ClassVar[str] = "Simulated Keratometric Cylinder Sequence"
    dicom_table: ClassVar[str] = "table_C.8.30.3-1"

    KeratometricPower: Annotated[
        vr.FD, Attribute(0x00460076, "FD", "1", "1", name="Keratometric Power")
    ]
    """Keratometric Power (0046,0076): Type 1, VR FD, VM 1. The refractive power of the cornea at the principal meridian, measured in diopters."""

    KeratometricAxis: Annotated[
        vr.FD, Attribute(0x00460077, "FD", "1", "1", name="Keratometric Axis")
    ]
    """Keratometric Axis (0046,0077): Type 1, VR FD, VM 1. The meridian where the keratometric cylinder or power is measured, measured in degrees."""
