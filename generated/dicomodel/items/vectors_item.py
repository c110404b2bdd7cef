"""Item class VectorsItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "VectorsItem",
]


class VectorsItem(DicomModel):
    """An item of Surface Points Normals Sequence (0066,0012), as first defined in Surface Mesh Module Attributes (C.27-1)."""

    dicom_name: ClassVar[str] = "Surface Points Normals Sequence"
    dicom_table: ClassVar[str] = "table_C.27-1"

    NumberOfVectors: Annotated[
        vr.UL, Attribute(0x0066001E, "UL", "1", "1", name="Number of Vectors")
    ]
    """Number of Vectors (0066,001E): Type 1, VR UL, VM 1. The number of vectors in the Vector Coordinate Data (0066,0021). See Section C.27.3.1."""

    VectorDimensionality: Annotated[
        vr.US, Attribute(0x0066001F, "US", "1", "1", name="Vector Dimensionality")
    ]
    """Vector Dimensionality (0066,001F): Type 1, VR US, VM 1. The dimensionality of the underlying vector field. See Section C.27.3.1."""

    VectorAccuracy: Annotated[
        list[vr.FL] | None, Attribute(0x00660020, "FL", "1-n", "3", name="Vector Accuracy")
    ] = None
    """Vector Accuracy (0066,0020): Type 3, VR FL, VM 1-n. A single standard deviation for all the vectors' coordinates. The units shall be the same as the units of the coordinate system in which the vector coordinates are specified. See Section C.27.3.1."""

    VectorCoordinateData: Annotated[
        vr.OF, Attribute(0x00660021, "OF", "1", "1", name="Vector Coordinate Data")
    ]
    """Vector Coordinate Data (0066,0021): Type 1, VR OF, VM 1. A data stream of coordinates encoded as floats. See Section C.27.3.1."""
