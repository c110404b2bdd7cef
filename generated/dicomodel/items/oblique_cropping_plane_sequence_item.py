"""Item class ObliqueCroppingPlaneSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ObliqueCroppingPlaneSequenceItem",
]


class ObliqueCroppingPlaneSequenceItem(DicomModel):
    """An item of Oblique Cropping Plane Sequence (0070,1304), as first defined in Volume Cropping Module Attributes (C.11.24-1)."""

    dicom_name: ClassVar[str] = "Oblique Cropping Plane Sequence"
    dicom_table: ClassVar[str] = "table_C.11.24-1"

    Plane: Annotated[list[vr.FD], Attribute(0x00701305, "FD", "4", "1", name="Plane")]
    """Plane (0070,1305): Type 1, VR FD, VM 4. A plane described by a four-tuple (A,B,C,D) describing coordinates in mm of the plane equation Ax+By+Cz+D=0 relative to the Volumetric Presentation State Reference Coordinate System."""

    PlaneNormal: Annotated[list[vr.FD], Attribute(0x00701306, "FD", "3", "1", name="Plane Normal")]
    """Plane Normal (0070,1306): Type 1, VR FD, VM 3. Vector of the normal to the plane pointing outside of the volume to be included, encoded as x, y and z values of a unit vector (direction cosine) in the Volumetric Presentation State Reference Coordinate System."""
