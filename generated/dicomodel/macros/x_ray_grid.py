"""X-Ray Grid Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.x_ray_grid_sequence_item import (
        XRayGridSequenceItem as _XRayGridSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _XRayGridSequenceItem = Lazy("dicomodel.items.x_ray_grid_sequence_item", "XRayGridSequenceItem")

if TYPE_CHECKING:
    from dicomodel.items.x_ray_grid_sequence_item import (
        XRayGridSequenceItem as XRayGridSequenceItem,
    )

__all__ = [
    "XRayGridMacro",
    "XRayGridSequenceItem",
]


class XRayGridMacro(DicomModel):
    """X-Ray Grid Macro Attributes (PS3.3 Table C.8.31.7-1)."""

    dicom_name: ClassVar[str] = "X-Ray Grid"
    dicom_table: ClassVar[str] = "table_C.8.31.7-1"

    XRayGridSequence: Annotated[
        list[_XRayGridSequenceItem],
        Attribute(0x00189555, "SQ", "1", "1", name="X-Ray Grid Sequence"),
    ]
    """X-Ray Grid Sequence (0018,9555): Type 1, VR SQ, VM 1. A Sequence that describes the geometrical position of the positioner. Only a single Item shall be included in this Sequence."""

    GridAbsorbingMaterial: Annotated[
        vr.LT | None, Attribute(0x00187040, "LT", "1", "3", name="Grid Absorbing Material")
    ] = None
    """Grid Absorbing Material (0018,7040): Type 3, VR LT, VM 1. The X-Ray absorbing material used in the grid."""

    GridSpacingMaterial: Annotated[
        vr.LT | None, Attribute(0x00187041, "LT", "1", "3", name="Grid Spacing Material")
    ] = None
    """Grid Spacing Material (0018,7041): Type 3, VR LT, VM 1. The spacing material used in the grid."""

    GridThickness: Annotated[
        vr.DS | None, Attribute(0x00187042, "DS", "1", "3", name="Grid Thickness")
    ] = None
    """Grid Thickness (0018,7042): Type 3, VR DS, VM 1. The thickness in mm of the X-Ray absorbing material used in the grid."""

    GridPitch: Annotated[vr.DS | None, Attribute(0x00187044, "DS", "1", "3", name="Grid Pitch")] = (
        None
    )
    """Grid Pitch (0018,7044): Type 3, VR DS, VM 1. The pitch in mm of the X-Ray absorbing material used in the grid."""

    GridAspectRatio: Annotated[
        list[vr.IS] | None, Attribute(0x00187046, "IS", "2", "3", name="Grid Aspect Ratio")
    ] = None
    """Grid Aspect Ratio (0018,7046): Type 3, VR IS, VM 2. Ratio of the vertical spacing and horizontal spacing of the X-Ray absorbing material used in the grid. Specified by a pair of integer values where the first value is the vertical size, and the second value is the horizontal size."""

    GridPeriod: Annotated[
        vr.DS | None, Attribute(0x00187048, "DS", "1", "3", name="Grid Period")
    ] = None
    """Grid Period (0018,7048): Type 3, VR DS, VM 1. Period in mSec of reciprocation cycle. Only meaningful if a value of Grid (0018,1166) is RECIPROCATING."""

    GridFocalDistance: Annotated[
        vr.DS | None, Attribute(0x0018704C, "DS", "1", "3", name="Grid Focal Distance")
    ] = None
    """Grid Focal Distance (0018,704C): Type 3, VR DS, VM 1. Focal distance in mm of a FOCUSED grid."""

    GridID: Annotated[vr.LO | None, Attribute(0x00181006, "LO", "1", "3", name="Grid ID")] = None
    """Grid ID (0018,1006): Type 3, VR LO, VM 1. Identifier of the grid."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "XRayGridSequenceItem": ("dicomodel.items.x_ray_grid_sequence_item", "XRayGridSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
