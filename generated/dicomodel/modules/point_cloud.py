"""Point Cloud Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.surface_points_sequence_item import (
        SurfacePointsSequenceItem as _SurfacePointsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _SurfacePointsSequenceItem = Lazy(
        "dicomodel.items.surface_points_sequence_item", "SurfacePointsSequenceItem"
    )

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
    from dicomodel.items.surface_points_sequence_item import (
        SurfacePointsSequenceItem as SurfacePointsSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PointCloudModule",
    "SegmentedPropertyCategoryCodeSequenceItem",
    "SegmentedPropertyTypeCodeSequenceItem",
    "SurfacePointsSequenceItem",
]


class PointCloudModule(DicomModel):
    """Point Cloud Module Attributes (PS3.3 Table C.27.5-1)."""

    dicom_name: ClassVar[str] = "Point Cloud"
    dicom_table: ClassVar[str] = "table_C.27.5-1"

    SurfacePointsSequence: Annotated[
        list[_SurfacePointsSequenceItem],
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
    "SurfacePointsSequenceItem": (
        "dicomodel.items.surface_points_sequence_item",
        "SurfacePointsSequenceItem",
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
