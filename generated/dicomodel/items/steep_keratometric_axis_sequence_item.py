"""Item class SteepKeratometricAxisSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "SteepKeratometricAxisSequenceItem",
]


class SteepKeratometricAxisSequenceItem(DicomModel):
    """An item of Steep Keratometric Axis Sequence (0046,0074), as first defined in Keratometric Measurements Macro Attributes (C.8.25.10-2)."""

    dicom_name: ClassVar[str] = "Steep Keratometric Axis Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.10-2"

    RadiusOfCurvature: Annotated[
        vr.FD, Attribute(0x00460075, "FD", "1", "1", name="Radius of Curvature")
    ]
    """Radius of Curvature (0046,0075): Type 1, VR FD, VM 1. The radius of curvature of the principal meridians of the cornea, measured in mm."""

    KeratometricPower: Annotated[
        vr.FD, Attribute(0x00460076, "FD", "1", "1", name="Keratometric Power")
    ]
    """Keratometric Power (0046,0076): Type 1, VR FD, VM 1. The refractive power of the cornea at the principal meridians, measured in diopters."""

    KeratometricAxis: Annotated[
        vr.FD, Attribute(0x00460077, "FD", "1", "1", name="Keratometric Axis")
    ]
    """Keratometric Axis (0046,0077): Type 1, VR FD, VM 1. The meridian where the keratometric radius of curvature or power is measured, in degrees."""
