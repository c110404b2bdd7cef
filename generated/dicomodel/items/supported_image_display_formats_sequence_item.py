"""Item class SupportedImageDisplayFormatsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.requested_image_size_flag import (
        RequestedImageSizeFlagValue as _RequestedImageSizeFlagValue,
    )
else:
    from dicomodel.lazy import Lazy

    _RequestedImageSizeFlagValue = Lazy(
        "dicomodel.enums.requested_image_size_flag", "RequestedImageSizeFlagValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.requested_image_size_flag import (
        RequestedImageSizeFlag as RequestedImageSizeFlag,
    )

__all__ = [
    "RequestedImageSizeFlag",
    "SupportedImageDisplayFormatsSequenceItem",
]


class SupportedImageDisplayFormatsSequenceItem(DicomModel):
    """An item of Supported Image Display Formats Sequence (2000,00A8), as first defined in Printer Configuration Module Attributes (C.13-13)."""

    dicom_name: ClassVar[str] = "Supported Image Display Formats Sequence"
    dicom_table: ClassVar[str] = "table_C.13-13"

    Rows: Annotated[vr.US | None, Attribute(0x00280010, "US", "1", None, name="Rows")] = None
    """Rows (0028,0010): no Type, VR US, VM 1. Number of printable rows in an Image Box."""

    Columns: Annotated[vr.US | None, Attribute(0x00280011, "US", "1", None, name="Columns")] = None
    """Columns (0028,0011): no Type, VR US, VM 1. Number of printable columns in an Image Box."""

    ImageDisplayFormat: Annotated[
        vr.ST | None, Attribute(0x20100010, "ST", "1", None, name="Image Display Format")
    ] = None
    """Image Display Format (2010,0010): no Type, VR ST, VM 1. See Section C.13.3"""

    FilmOrientation: Annotated[
        vr.CS | None, Attribute(0x20100040, "CS", "1", None, name="Film Orientation")
    ] = None
    """Film Orientation (2010,0040): no Type, VR CS, VM 1. See Section C.13.3"""

    FilmSizeID: Annotated[
        vr.CS | None, Attribute(0x20100050, "CS", "1", None, name="Film Size ID")
    ] = None
    """Film Size ID (2010,0050): no Type, VR CS, VM 1. See Section C.13.3"""

    PrinterResolutionID: Annotated[
        vr.CS | None, Attribute(0x20100052, "CS", "1", None, name="Printer Resolution ID")
    ] = None
    """Printer Resolution ID (2010,0052): no Type, VR CS, VM 1. Printer Resolution identification. Defined Terms are the same as Requested Resolution ID (2020,0050). See Section C.13.3."""

    PrinterPixelSpacing: Annotated[
        list[vr.DS] | None, Attribute(0x20100376, "DS", "2", None, name="Printer Pixel Spacing")
    ] = None
    """Printer Pixel Spacing (2010,0376): no Type, VR DS, VM 2. Physical distance on the printed film between the center of each pixel, specified by a numeric pair - adjacent row spacing (delimiter) adjacent column spacing in mm. See Section 10.7.1.3 for further explanation of the value order."""

    RequestedImageSizeFlag: Annotated[
        _RequestedImageSizeFlagValue | None,
        Attribute(
            0x202000A0,
            "CS",
            "1",
            None,
            name="Requested Image Size Flag",
            enumerated=((0, ("NO", "YES")),),
        ),
    ] = None
    """Requested Image Size Flag (2020,00A0): no Type, VR CS, VM 1. Indicates whether the printer supports Requested Image Size (2020,0030) for this display format and film orientation and size combination. Enumerated Values: NO not supported YES supported"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "RequestedImageSizeFlag": (
        "dicomodel.enums.requested_image_size_flag",
        "RequestedImageSizeFlag",
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
