"""Overlay Plane Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.overlay_subtype import (
        OverlaySubtypeTermOverlayPlane as _OverlaySubtypeTermOverlayPlane,
    )
    from dicomodel.enums.overlay_type import OverlayTypeValue as _OverlayTypeValue
else:
    from dicomodel.lazy import Lazy

    _OverlaySubtypeTermOverlayPlane = Lazy(
        "dicomodel.enums.overlay_subtype", "OverlaySubtypeTermOverlayPlane"
    )
    _OverlayTypeValue = Lazy("dicomodel.enums.overlay_type", "OverlayTypeValue")

if TYPE_CHECKING:
    from dicomodel.enums.overlay_subtype import OverlaySubtypeTermOverlayPlane as OverlaySubtypeTerm
    from dicomodel.enums.overlay_type import OverlayType as OverlayType

__all__ = [
    "OverlayPlaneModule",
    "OverlaySubtypeTerm",
    "OverlayType",
]


class OverlayPlaneModule(DicomModel):
    """Overlay Plane Module Attributes (PS3.3 Table C.9-2)."""

    dicom_name: ClassVar[str] = "Overlay Plane"
    dicom_table: ClassVar[str] = "table_C.9-2"

    OverlayRows: Annotated[vr.US, Attribute(0x60000010, "US", "1", "1", name="Overlay Rows")]
    """Overlay Rows (60xx,0010): Type 1, VR US, VM 1. Number of Rows in Overlay."""

    OverlayColumns: Annotated[vr.US, Attribute(0x60000011, "US", "1", "1", name="Overlay Columns")]
    """Overlay Columns (60xx,0011): Type 1, VR US, VM 1. Number of Columns in Overlay."""

    OverlayType: Annotated[
        _OverlayTypeValue,
        Attribute(0x60000040, "CS", "1", "1", name="Overlay Type", enumerated=((0, ("G", "R")),)),
    ]
    """Overlay Type (60xx,0040): Type 1, VR CS, VM 1. Indicates whether this overlay represents a region of interest or other graphics. Enumerated Values: G Graphics R ROI"""

    OverlayOrigin: Annotated[
        list[vr.SS], Attribute(0x60000050, "SS", "2", "1", name="Overlay Origin")
    ]
    """Overlay Origin (60xx,0050): Type 1, VR SS, VM 2. Location of first overlay point with respect to pixels in the image, given as row\\column. The upper left pixel of the image has the coordinate 1\\1."""

    OverlayBitsAllocated: Annotated[
        vr.US, Attribute(0x60000100, "US", "1", "1", name="Overlay Bits Allocated")
    ]
    """Overlay Bits Allocated (60xx,0100): Type 1, VR US, VM 1. Number of Bits Allocated in the Overlay. The value of this Attribute shall be 1. Formerly the Standard described embedding the overlay data in the Image Pixel Data (7FE0,0010), in which case the value of this Attribute was required to be th..."""

    OverlayBitPosition: Annotated[
        vr.US, Attribute(0x60000102, "US", "1", "1", name="Overlay Bit Position")
    ]
    """Overlay Bit Position (60xx,0102): Type 1, VR US, VM 1. The value of this Attribute shall be 0. Formerly the Standard described embedding the overlay data in the Image Pixel Data (7FE0,0010), in which case the value of this Attribute specified the bit in which the overlay was stored."""

    OverlayData: Annotated[
        vr.OB | vr.OW, Attribute(0x60003000, "OB or OW", "1", "1", name="Overlay Data")
    ]
    """Overlay Data (60xx,3000): Type 1, VR OB or OW, VM 1. Overlay pixel data. The order of pixels encoded for each overlay is left to right, top to bottom, i.e., the upper left pixel is encoded first followed by the remainder of the first row, followed by the first pixel of the 2nd row, then the r..."""

    OverlayDescription: Annotated[
        vr.LO | None, Attribute(0x60000022, "LO", "1", "3", name="Overlay Description")
    ] = None
    """Overlay Description (60xx,0022): Type 3, VR LO, VM 1. User-defined comments about the overlay."""

    OverlaySubtype: Annotated[
        _OverlaySubtypeTermOverlayPlane | vr.LO | None,
        Attribute(0x60000045, "LO", "1", "3", name="Overlay Subtype"),
    ] = None
    """Overlay Subtype (60xx,0045): Type 3, VR LO, VM 1. Defined Term that identifies the intended purpose of the Overlay Type. See Section C.9.2.1.3 for further explanation."""

    OverlayLabel: Annotated[
        vr.LO | None, Attribute(0x60001500, "LO", "1", "3", name="Overlay Label")
    ] = None
    """Overlay Label (60xx,1500): Type 3, VR LO, VM 1. A user defined text string that may be used to label or name this overlay."""

    ROIArea: Annotated[vr.IS | None, Attribute(0x60001301, "IS", "1", "3", name="ROI Area")] = None
    """ROI Area (60xx,1301): Type 3, VR IS, VM 1. Number of pixels in ROI area. See Section C.9.2.1.2 for further explanation."""

    ROIMean: Annotated[vr.DS | None, Attribute(0x60001302, "DS", "1", "3", name="ROI Mean")] = None
    """ROI Mean (60xx,1302): Type 3, VR DS, VM 1. ROI Mean. See Section C.9.2.1.2 for further explanation."""

    ROIStandardDeviation: Annotated[
        vr.DS | None, Attribute(0x60001303, "DS", "1", "3", name="ROI Standard Deviation")
    ] = None
    """ROI Standard Deviation (60xx,1303): Type 3, VR DS, VM 1. ROI standard deviation. See Section C.9.2.1.2 for further explanation."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "OverlaySubtypeTerm": ("dicomodel.enums.overlay_subtype", "OverlaySubtypeTermOverlayPlane"),
    "OverlayType": ("dicomodel.enums.overlay_type", "OverlayType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
