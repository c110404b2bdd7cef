"""Item class RefractiveStateSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RefractiveStateSequenceItem",
]


class RefractiveStateSequenceItem(DicomModel):
    """An item of Refractive State Sequence (0022,001B), as first defined in Ophthalmic Acquisition Parameters Macro Attributes (C.8.17.8-2)."""

    dicom_name: ClassVar[str] = "Refractive State Sequence"
    dicom_table: ClassVar[str] = "table_C.8.17.8-2"

    SphericalLensPower: Annotated[
        vr.FL, Attribute(0x00220007, "FL", "1", "1", name="Spherical Lens Power")
    ]
    """Spherical Lens Power (0022,0007): Type 1, VR FL, VM 1. Sphere value in diopters."""

    CylinderLensPower: Annotated[
        vr.FL, Attribute(0x00220008, "FL", "1", "1", name="Cylinder Lens Power")
    ]
    """Cylinder Lens Power (0022,0008): Type 1, VR FL, VM 1. Cylinder value in diopters."""

    CylinderAxis: Annotated[vr.FL, Attribute(0x00220009, "FL", "1", "1", name="Cylinder Axis")]
    """Cylinder Axis (0022,0009): Type 1, VR FL, VM 1. Axis value in degrees."""

    VertexDistance: Annotated[
        vr.FD | None, Attribute(0x0022000F, "FD", "1", "3", name="Vertex Distance")
    ] = None
    """Vertex Distance (0022,000F): Type 3, VR FD, VM 1. The distance from the corneal vertex of the eye to the back of the corrective lens, in mm."""
