"""Item class ExposureControlSensingRegionsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.exposure_control_sensing_region_shape import (
        ExposureControlSensingRegionShapeValue as _ExposureControlSensingRegionShapeValue,
    )
else:
    from dicomodel.lazy import Lazy

    _ExposureControlSensingRegionShapeValue = Lazy(
        "dicomodel.enums.exposure_control_sensing_region_shape",
        "ExposureControlSensingRegionShapeValue",
    )

if TYPE_CHECKING:
    from dicomodel.enums.exposure_control_sensing_region_shape import (
        ExposureControlSensingRegionShape as ExposureControlSensingRegionShape,
    )

__all__ = [
    "ExposureControlSensingRegionShape",
    "ExposureControlSensingRegionsSequenceItem",
]


class ExposureControlSensingRegionsSequenceItem(DicomModel):
    """An item of Exposure Control Sensing Regions Sequence (0018,9434), as first defined in X-Ray Exposure Control Sensing Regions Macro Attributes (C.8.19.6-3)."""

    dicom_name: ClassVar[str] = "Exposure Control Sensing Regions Sequence"
    dicom_table: ClassVar[str] = "table_C.8.19.6-3"

    ExposureControlSensingRegionShape: Annotated[
        _ExposureControlSensingRegionShapeValue,
        Attribute(
            0x00189435,
            "CS",
            "1",
            "1",
            name="Exposure Control Sensing Region Shape",
            enumerated=((0, ("RECTANGULAR", "CIRCULAR", "POLYGONAL")),),
        ),
    ]
    """Exposure Control Sensing Region Shape (0018,9435): Type 1, VR CS, VM 1. Shape of the Exposure Control Sensing Region. Enumerated Values: RECTANGULAR CIRCULAR POLYGONAL"""

    ExposureControlSensingRegionLeftVerticalEdge: Annotated[
        vr.SS | None,
        Attribute(
            0x00189436,
            "SS",
            "1",
            "1C",
            name="Exposure Control Sensing Region Left Vertical Edge",
            when=("value", 0x00189435, 0, "in", ("RECTANGULAR",)),
        ),
    ] = None
    """Exposure Control Sensing Region Left Vertical Edge (0018,9436): Type 1C, VR SS, VM 1. Required if Exposure Control Sensing Region Shape (0018,9435) is RECTANGULAR. Required if Exposure Control Sensing Region Shape (0018,9435) is RECTANGULAR. Location of the left edge of the rectangular Exposure Control Sensing Region expressed as effective pixel column. See Section C.8.19.6.3.1."""

    ExposureControlSensingRegionRightVerticalEdge: Annotated[
        vr.SS | None,
        Attribute(
            0x00189437,
            "SS",
            "1",
            "1C",
            name="Exposure Control Sensing Region Right Vertical Edge",
            when=("value", 0x00189435, 0, "in", ("RECTANGULAR",)),
        ),
    ] = None
    """Exposure Control Sensing Region Right Vertical Edge (0018,9437): Type 1C, VR SS, VM 1. Required if Exposure Control Sensing Region Shape (0018,9435) is RECTANGULAR. Required if Exposure Control Sensing Region Shape (0018,9435) is RECTANGULAR. Location of the right edge of the rectangular Exposure Control Sensing Region expressed as effective pixel column. See Section C.8.19.6.3.1."""

    ExposureControlSensingRegionUpperHorizontalEdge: Annotated[
        vr.SS | None,
        Attribute(
            0x00189438,
            "SS",
            "1",
            "1C",
            name="Exposure Control Sensing Region Upper Horizontal Edge",
            when=("value", 0x00189435, 0, "in", ("RECTANGULAR",)),
        ),
    ] = None
    """Exposure Control Sensing Region Upper Horizontal Edge (0018,9438): Type 1C, VR SS, VM 1. Required if Exposure Control Sensing Region Shape (0018,9435) is RECTANGULAR. Required if Exposure Control Sensing Region Shape (0018,9435) is RECTANGULAR. Location of the upper edge of the rectangular Exposure Control Sensing Region expressed as effective pixel row. See Section C.8.19.6.3.1."""

    ExposureControlSensingRegionLowerHorizontalEdge: Annotated[
        vr.SS | None,
        Attribute(
            0x00189439,
            "SS",
            "1",
            "1C",
            name="Exposure Control Sensing Region Lower Horizontal Edge",
            when=("value", 0x00189435, 0, "in", ("RECTANGULAR",)),
        ),
    ] = None
    """Exposure Control Sensing Region Lower Horizontal Edge (0018,9439): Type 1C, VR SS, VM 1. Required if Exposure Control Sensing Region Shape (0018,9435) is RECTANGULAR. Required if Exposure Control Sensing Region Shape (0018,9435) is RECTANGULAR. Location of the lower edge of the rectangular Exposure Control Sensing Region expressed as effective pixel row. See Section C.8.19.6.3.1."""

    CenterOfCircularExposureControlSensingRegion: Annotated[
        list[vr.SS] | None,
        Attribute(
            0x00189440,
            "SS",
            "2",
            "1C",
            name="Center of Circular Exposure Control Sensing Region",
            when=("value", 0x00189435, 0, "in", ("CIRCULAR",)),
        ),
    ] = None
    """Center of Circular Exposure Control Sensing Region (0018,9440): Type 1C, VR SS, VM 2. Required if Exposure Control Sensing Region Shape (0018,9435) is CIRCULAR. Required if Exposure Control Sensing Region Shape (0018,9435) is CIRCULAR. Location of the center of the circular Exposure Control Sensing Region expressed as effective pixel row and column. See Section C.8.19.6.3.1."""

    RadiusOfCircularExposureControlSensingRegion: Annotated[
        vr.US | None,
        Attribute(
            0x00189441,
            "US",
            "1",
            "1C",
            name="Radius of Circular Exposure Control Sensing Region",
            when=("value", 0x00189435, 0, "in", ("CIRCULAR",)),
        ),
    ] = None
    """Radius of Circular Exposure Control Sensing Region (0018,9441): Type 1C, VR US, VM 1. Required if Exposure Control Sensing Region Shape (0018,9435) is CIRCULAR. Required if Exposure Control Sensing Region Shape (0018,9435) is CIRCULAR. Radius of the circular Exposure Control Sensing Region expressed as effective number of pixels along the row direction. See Section C.8.19.6.3.1."""

    VerticesOfThePolygonalExposureControlSensingRegion: Annotated[
        list[vr.SS] | None,
        Attribute(
            0x00189442,
            "SS",
            "2-n",
            "1C",
            name="Vertices of the Polygonal Exposure Control Sensing Region",
            when=("value", 0x00189435, 0, "in", ("POLYGONAL",)),
        ),
    ] = None
    """Vertices of the Polygonal Exposure Control Sensing Region (0018,9442): Type 1C, VR SS, VM 2-n. Required if Exposure Control Sensing Region Shape (0018,9435) is POLYGONAL. Required if Exposure Control Sensing Region Shape (0018,9435) is POLYGONAL. Multiple Values where the first set of two values are: row of the origin vertex; column of the origin vertex."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ExposureControlSensingRegionShape": (
        "dicomodel.enums.exposure_control_sensing_region_shape",
        "ExposureControlSensingRegionShape",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
