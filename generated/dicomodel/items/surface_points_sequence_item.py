"""Item class SurfacePointsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SegmentedPropertyCategoryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SegmentedPropertyTypeCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "SegmentedPropertyCategoryCodeSequenceItem",
    "SegmentedPropertyTypeCodeSequenceItem",
    "SurfacePointsSequenceItem",
]


class SurfacePointsSequenceItem(DicomModel):
    """An item of Surface Points Sequence (0066,0011), as first defined in Point Cloud Module Attributes (C.27.5-1)."""

    dicom_name: ClassVar[str] = "Surface Points Sequence"
    dicom_table: ClassVar[str] = "table_C.27.5-1"

    NumberOfSurfacePoints: Annotated[
        vr.UL, Attribute(0x00660015, "UL", "1", "1", name="Number Of Surface Points")
    ]
    """Number Of Surface Points (0066,0015): Type 1, VR UL, VM 1. Specifies the number of points in the point set. See Section C.27.2.1.1."""

    PointCoordinatesData: Annotated[
        vr.OF, Attribute(0x00660016, "OF", "1", "1", name="Point Coordinates Data")
    ]
    """Point Coordinates Data (0066,0016): Type 1, VR OF, VM 1. See Section C.27.2.1.1"""

    PointPositionAccuracy: Annotated[
        list[vr.FL] | None, Attribute(0x00660017, "FL", "3", "3", name="Point Position Accuracy")
    ] = None
    """Point Position Accuracy (0066,0017): Type 3, VR FL, VM 3. A single standard deviation of the error for all the points' spatial positions. The units shall be the same as the units of the coordinate system in which the point coordinates are specified."""

    MeanPointDistance: Annotated[
        vr.FL | None, Attribute(0x00660018, "FL", "1", "3", name="Mean Point Distance")
    ] = None
    """Mean Point Distance (0066,0018): Type 3, VR FL, VM 1. The mean point distance of the point set. It is given by the mean of the distances to the nearest neighbor over all points. The units shall be the same as the units of the coordinate system in which the point coordinates are specified."""

    MaximumPointDistance: Annotated[
        vr.FL | None, Attribute(0x00660019, "FL", "1", "3", name="Maximum Point Distance")
    ] = None
    """Maximum Point Distance (0066,0019): Type 3, VR FL, VM 1. The maximum distance of one point to its nearest neighbor. The units shall be the same as the units of the coordinate system in which the point coordinates are specified."""

    PointsBoundingBoxCoordinates: Annotated[
        list[vr.FL] | None,
        Attribute(0x0066001A, "FL", "6", "3", name="Points Bounding Box Coordinates"),
    ] = None
    """Points Bounding Box Coordinates (0066,001A): Type 3, VR FL, VM 6. Two 3D locations defining the cuboid bounding box, parallel to the coordinate system axes, encompassing the point set."""

    AxisOfRotation: Annotated[
        list[vr.FL] | None, Attribute(0x0066001B, "FL", "3", "3", name="Axis of Rotation")
    ] = None
    """Axis of Rotation (0066,001B): Type 3, VR FL, VM 3. A 3D location that combined with Center of Rotation (0066,001C) specifies the preferred axis of rotation of this object."""

    CenterOfRotation: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x0066001C,
            "FL",
            "3",
            "1C",
            name="Center of Rotation",
            when=("present", 0x0066001B),
            otherwise="may",
        ),
    ] = None
    """Center of Rotation (0066,001C): Type 1C, VR FL, VM 3. Required if Axis of Rotation (0066,001B) is present. May be present otherwise. A 3D location defining the preferred center of rotation for this point set. Required if Axis of Rotation (0066,001B) is present. May be present otherwise."""

    SegmentedPropertyCategoryCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00620003, "SQ", "1", "3", name="Segmented Property Category Code Sequence"),
    ] = None
    """Segmented Property Category Code Sequence (0062,0003): Type 3, VR SQ, VM 1. Sequence defining the general category of the property the surface point set represents. Only a single Item is permitted in this Sequence."""

    SegmentedPropertyTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0062000F, "SQ", "1", "3", name="Segmented Property Type Code Sequence"),
    ] = None
    """Segmented Property Type Code Sequence (0062,000F): Type 3, VR SQ, VM 1. Sequence defining the specific property the surface point set represents. \"Property\" is used in the sense of meaning \"what the surface represents\", whether it be a physical or biological object, be real or conceptual, having spatial, tempor..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "SegmentedPropertyCategoryCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SegmentedPropertyTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
