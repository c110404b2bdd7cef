"""Spatial Coordinates Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.graphic_type import GraphicTypeValue as _GraphicTypeValue
    from dicomodel.enums.pixel_origin_interpretation import (
        PixelOriginInterpretationValue as _PixelOriginInterpretationValue,
    )
else:
    from dicomodel.lazy import Lazy

    _GraphicTypeValue = Lazy("dicomodel.enums.graphic_type", "GraphicTypeValue")
    _PixelOriginInterpretationValue = Lazy(
        "dicomodel.enums.pixel_origin_interpretation", "PixelOriginInterpretationValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.graphic_type import GraphicType as GraphicType
    from dicomodel.enums.pixel_origin_interpretation import (
        PixelOriginInterpretation as PixelOriginInterpretation,
    )

__all__ = [
    "GraphicType",
    "PixelOriginInterpretation",
    "SpatialCoordinatesMacro",
]


class SpatialCoordinatesMacro(DicomModel):
    """Spatial Coordinates Macro Attributes (PS3.3 Table C.18.6-1)."""

    dicom_name: ClassVar[str] = "Spatial Coordinates"
    dicom_table: ClassVar[str] = "table_C.18.6-1"

    GraphicData: Annotated[
        list[vr.FL], Attribute(0x00700022, "FL", "2-n", "1", name="Graphic Data")
    ]
    """Graphic Data (0070,0022): Type 1, VR FL, VM 2-n. An ordered set of (column,row) pairs that denote positions in an image specified with sub-pixel resolution such that the origin at the TLHC of the TLHC pixel is 0.0\\0.0, the BRHC of the TLHC pixel is 1.0\\1.0, and the BRHC of the BRHC pixel..."""

    GraphicType: Annotated[
        _GraphicTypeValue,
        Attribute(
            0x00700023,
            "CS",
            "1",
            "1",
            name="Graphic Type",
            enumerated=((0, ("POINT", "MULTIPOINT", "POLYLINE", "CIRCLE", "ELLIPSE")),),
        ),
    ]
    """Graphic Type (0070,0023): Type 1, VR CS, VM 1. See Section C.18.6.1.2 for Enumerated Values."""

    PixelOriginInterpretation: Annotated[
        _PixelOriginInterpretationValue | None,
        Attribute(
            0x00480301,
            "CS",
            "1",
            "1C",
            name="Pixel Origin Interpretation",
            enumerated=((0, ("FRAME", "VOLUME")),),
            when=(
                "unknown",
                "condition not read: no verb after 'Total Pixel Matrix Rows (0048,0007) )' (in 'Required if the instance referenced by Referenced Image Sequence (0008,1140) is tiled ( i.e. , contains Total Pixel Matrix Columns (0048,0006) and Total Pixel Matrix Rows (0048,0007) )')",
            ),
            otherwise="may",
        ),
    ] = None
    """Pixel Origin Interpretation (0048,0301): Type 1C, VR CS, VM 1. Required if the instance referenced by Referenced Image Sequence (0008,1140) is tiled (i.e., contains Total Pixel Matrix Columns (0048,0006) and Total Pixel Matrix Rows (0048,0007)). May be present otherwise. For a referenced multi-frame image, specifies whether the Graphic Data (0070,0022) values are to be interpreted relative to the individual frame pixel origins, or relative to the Total Pixel Matrix origin (see Section C.8.12.4.1.4)."""

    FiducialUID: Annotated[
        vr.UI | None, Attribute(0x0070031A, "UI", "1", "3", name="Fiducial UID")
    ] = None
    """Fiducial UID (0070,031A): Type 3, VR UI, VM 1. The globally unique identifier for this fiducial Item. The fiducial UID can be used to associate this set of graphics with other Content Items."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "GraphicType": ("dicomodel.enums.graphic_type", "GraphicType"),
    "PixelOriginInterpretation": (
        "dicomodel.enums.pixel_origin_interpretation",
        "PixelOriginInterpretation",
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
