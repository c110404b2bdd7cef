"""Point Cloud Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.surface_points_sequence_item_point_cloud import (
    SurfacePointsSequenceItemPointCloud,
)
from dicomodel.model import Attribute, DicomModel


class PointCloudModule(DicomModel):
    """Point Cloud Module Attributes (PS3.3 Table C.27.5-1)."""

    dicom_name: ClassVar[str] = "Point Cloud"
    dicom_table: ClassVar[str] = "table_C.27.5-1"

    SurfacePointsSequence: Annotated[
        list[SurfacePointsSequenceItemPointCloud],
        Attribute(0x00660011, "SQ", "1", "1", name="Surface Points Sequence"),
    ]
    """Surface Points Sequence (0066,0011): Type 1, VR SQ, VM 1. The point positions representing vertices of the surface. Only one Item shall be included in the Sequence."""

    SurfacePointPresentationValueData: Annotated[
        list[vr.US] | None,
        Attribute(0x00800006, "US", "1-n", "3", name="Surface Point Presentation Value Data"),
    ] = None
    """Surface Point Presentation Value Data (0080,0006): Type 3, VR US, VM 1-n. Contains a vector of P-Values to assign a gray value to each point. The number of values shall be equal to the value of Number Of Surface Points (0066,0015) in the Points Macro."""

    SurfacePointColorCIELabValueData: Annotated[
        list[vr.US] | None,
        Attribute(0x00800007, "US", "3-3n", "3", name="Surface Point Color CIELab Value Data"),
    ] = None
    """Surface Point Color CIELab Value Data (0080,0007): Type 3, VR US, VM 3-3n. Contains a vector of color triplets to assign colors to each point. The number of triplets shall be equal to the value of Number Of Surface Points (0066,0015) in the Points Macro."""
