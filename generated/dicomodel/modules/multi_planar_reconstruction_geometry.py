"""Multi-Planar Reconstruction Geometry Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.mpr_thickness_type import MPRThicknessTypeValue as _MPRThicknessTypeValue
    from dicomodel.enums.multi_planar_reconstruction_style import (
        MultiPlanarReconstructionStyleValue as _MultiPlanarReconstructionStyleValue,
    )
else:
    from dicomodel.lazy import Lazy

    _MPRThicknessTypeValue = Lazy("dicomodel.enums.mpr_thickness_type", "MPRThicknessTypeValue")
    _MultiPlanarReconstructionStyleValue = Lazy(
        "dicomodel.enums.multi_planar_reconstruction_style", "MultiPlanarReconstructionStyleValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.mpr_thickness_type import MPRThicknessType as MPRThicknessType
    from dicomodel.enums.multi_planar_reconstruction_style import (
        MultiPlanarReconstructionStyle as MultiPlanarReconstructionStyle,
    )

__all__ = [
    "MPRThicknessType",
    "MultiPlanarReconstructionGeometryModule",
    "MultiPlanarReconstructionStyle",
]


class MultiPlanarReconstructionGeometryModule(DicomModel):
    """Multi-Planar Reconstruction Geometry Module Attributes (PS3.3 Table C.11.26-1)."""

    dicom_name: ClassVar[str] = "Multi-Planar Reconstruction Geometry"
    dicom_table: ClassVar[str] = "table_C.11.26-1"

    MultiPlanarReconstructionStyle: Annotated[
        _MultiPlanarReconstructionStyleValue,
        Attribute(
            0x00701501,
            "CS",
            "1",
            "1",
            name="Multi-Planar Reconstruction Style",
            enumerated=((0, ("PLANAR",)),),
        ),
    ]
    """Multi-Planar Reconstruction Style (0070,1501): Type 1, VR CS, VM 1. Style of the MPR view. Enumerated Values: PLANAR by a Euclidean plane"""

    MPRThicknessType: Annotated[
        _MPRThicknessTypeValue,
        Attribute(
            0x00701502,
            "CS",
            "1",
            "1",
            name="MPR Thickness Type",
            enumerated=((0, ("THIN", "SLAB")),),
        ),
    ]
    """MPR Thickness Type (0070,1502): Type 1, VR CS, VM 1. Specifies whether the Multi-Planar Reconstruction surface has thickness. Enumerated Values: THIN a rendering of nominally minimal but unspecified thickness SLAB an orthographic rendering of a volume with a defined thickness See Section C.11..."""

    MPRSlabThickness: Annotated[
        vr.FD | None,
        Attribute(
            0x00701503,
            "FD",
            "1",
            "1C",
            name="MPR Slab Thickness",
            when=("value", 0x00701502, 0, "in", ("SLAB",)),
        ),
    ] = None
    """MPR Slab Thickness (0070,1503): Type 1C, VR FD, VM 1. Required if MPR Thickness Type (0070,1502) has a value of SLAB. Thickness of the Multi-Planar Reconstruction slab as a value greater than zero, in mm. See Section C.11.26.1. Required if MPR Thickness Type (0070,1502) has a value of SLAB."""

    MPRViewWidthDirection: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00701507,
            "FD",
            "3",
            "1C",
            name="MPR View Width Direction",
            when=("value", 0x00701501, 0, "in", ("PLANAR",)),
        ),
    ] = None
    """MPR View Width Direction (0070,1507): Type 1C, VR FD, VM 3. Required if Multi Planar Reconstruction Style (0070,1501) is PLANAR. Direction cosine (x,y,z) indicating the direction within the VPS RCS of the top row of the MPR view. See Section C.11.26.1. Required if Multi Planar Reconstruction Style (0070,1501) is PLANAR."""

    MPRViewWidth: Annotated[
        vr.FD | None,
        Attribute(
            0x00701508,
            "FD",
            "1",
            "1C",
            name="MPR View Width",
            when=("value", 0x00701501, 0, "in", ("PLANAR",)),
        ),
    ] = None
    """MPR View Width (0070,1508): Type 1C, VR FD, VM 1. Required if Multi Planar Reconstruction Style (0070,1501) is PLANAR. Width of the MPR view, in mm. See Section C.11.26.1. Required if Multi Planar Reconstruction Style (0070,1501) is PLANAR."""

    MPRViewHeightDirection: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00701511,
            "FD",
            "3",
            "1C",
            name="MPR View Height Direction",
            when=("value", 0x00701501, 0, "in", ("PLANAR",)),
        ),
    ] = None
    """MPR View Height Direction (0070,1511): Type 1C, VR FD, VM 3. Required if Multi Planar Reconstruction Style (0070,1501) is PLANAR. Direction cosine (x,y,z) indicating the direction within the VPS RCS of the leftmost column of the MPR view. See Section C.11.26.1. Required if Multi Planar Reconstruction Style (0070,1501) is PLANAR."""

    MPRViewHeight: Annotated[
        vr.FD | None,
        Attribute(
            0x00701512,
            "FD",
            "1",
            "1C",
            name="MPR View Height",
            when=("value", 0x00701501, 0, "in", ("PLANAR",)),
        ),
    ] = None
    """MPR View Height (0070,1512): Type 1C, VR FD, VM 1. Required if Multi Planar Reconstruction Style (0070,1501) is PLANAR. Height of the MPR view, in mm. See Section C.11.26.1. Required if Multi Planar Reconstruction Style (0070,1501) is PLANAR."""

    MPRTopLeftHandCorner: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00701505,
            "FD",
            "3",
            "1C",
            name="MPR Top Left Hand Corner",
            when=("value", 0x00701501, 0, "in", ("PLANAR",)),
        ),
    ] = None
    """MPR Top Left Hand Corner (0070,1505): Type 1C, VR FD, VM 3. Required if Multi-Planar Reconstruction Style (0070,1501) has a value of PLANAR. The 3D location in the Volumetric Presentation State - Reference Coordinate System of the upper left hand corner of the MPR View rectangle, in mm. See Section C.11.26.1.1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MPRThicknessType": ("dicomodel.enums.mpr_thickness_type", "MPRThicknessType"),
    "MultiPlanarReconstructionStyle": (
        "dicomodel.enums.multi_planar_reconstruction_style",
        "MultiPlanarReconstructionStyle",
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
