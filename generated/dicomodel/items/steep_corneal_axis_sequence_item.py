"""Item class SteepCornealAxisSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "SteepCornealAxisSequenceItem",
]


class SteepCornealAxisSequenceItem(DicomModel):
    """An item of Steep Corneal Axis Sequence (0046,0112), as first defined in Intraocular Lens Calculations Macro Attributes (C.8.25.16-2)."""

    dicom_name: ClassVar[str] = "Steep Corneal Axis Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.16-2"

    RadiusOfCurvature: Annotated[
        vr.FD, Attribute(0x00460075, "FD", "1", "1", name="Radius of Curvature")
    ]
    """Radius of Curvature (0046,0075): Type 1, VR FD, VM 1. The radius of curvature of the principal meridians of the cornea, measured in mm."""

    CornealPower: Annotated[
        vr.FD | None, Attribute(0x00460114, "FD", "1", "2", name="Corneal Power")
    ]
    """Corneal Power (0046,0114): Type 2, VR FD, VM 1. The refractive power of the cornea at the principal meridians, measured in diopters."""

    CornealAxis: Annotated[vr.FD | None, Attribute(0x00460115, "FD", "1", "2", name="Corneal Axis")]
    """Corneal Axis (0046,0115): Type 2, VR FD, VM 1. The meridian where the radius of curvature or corneal power is measured, in degrees."""
