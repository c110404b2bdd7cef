"""Item class DisplayedAreaSelectionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.pixel_origin_interpretation import (
        PixelOriginInterpretationValue as _PixelOriginInterpretationValue,
    )
    from dicomodel.enums.presentation_size_mode import (
        PresentationSizeModeValue as _PresentationSizeModeValue,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )
    _PixelOriginInterpretationValue = Lazy(
        "dicomodel.enums.pixel_origin_interpretation", "PixelOriginInterpretationValue"
    )
    _PresentationSizeModeValue = Lazy(
        "dicomodel.enums.presentation_size_mode", "PresentationSizeModeValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.pixel_origin_interpretation import (
        PixelOriginInterpretation as PixelOriginInterpretation,
    )
    from dicomodel.enums.presentation_size_mode import PresentationSizeMode as PresentationSizeMode
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )

__all__ = [
    "DisplayedAreaSelectionSequenceItem",
    "PixelOriginInterpretation",
    "PresentationSizeMode",
    "ReferencedImageSequenceItem",
]


class DisplayedAreaSelectionSequenceItem(DicomModel):
    """An item of Displayed Area Selection Sequence (0070,005A), as first defined in Displayed Area Module Attributes (C.10-4)."""

    dicom_name: ClassVar[str] = "Displayed Area Selection Sequence"
    dicom_table: ClassVar[str] = "table_C.10-4"

    ReferencedImageSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem] | None,
        Attribute(
            0x00081140,
            "SQ",
            "1",
            "1C",
            name="Referenced Image Sequence",
            when=("unknown", "depends on what the item applies to"),
        ),
    ] = None
    """Referenced Image Sequence (0008,1140): Type 1C, VR SQ, VM 1. Required if the displayed area selection in this Item does not apply to all the images and frames listed in the Presentation State Relationship Module. The subset of images and frames listed in the Presentation State Relationship Module, to which this displayed area selection applies. One or more Items shall be included in this Sequence."""

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
    """Pixel Origin Interpretation (0048,0301): Type 1C, VR CS, VM 1. Required if the instance referenced by Referenced Image Sequence (0008,1140) is tiled (i.e., contains Total Pixel Matrix Columns (0048,0006) and Total Pixel Matrix Rows (0048,0007)). May be present otherwise. For a referenced multi-frame image, specifies whether the Displayed Area Top Left Hand Corner (0070,0052) and Displayed Area Bottom Right Hand Corner (0070,0053) are to be interpreted relative to the individual frame pixel origins, or relat..."""

    DisplayedAreaTopLeftHandCorner: Annotated[
        list[vr.SL],
        Attribute(0x00700052, "SL", "2", "1", name="Displayed Area Top Left Hand Corner"),
    ]
    """Displayed Area Top Left Hand Corner (0070,0052): Type 1, VR SL, VM 2. The top left (after spatial transformation) pixel in the referenced image to be displayed, given as column\\row. Column is the horizontal (before spatial transformation) offset (X) and row is the vertical (before spatial transformation) offs..."""

    DisplayedAreaBottomRightHandCorner: Annotated[
        list[vr.SL],
        Attribute(0x00700053, "SL", "2", "1", name="Displayed Area Bottom Right Hand Corner"),
    ]
    """Displayed Area Bottom Right Hand Corner (0070,0053): Type 1, VR SL, VM 2. The bottom right (after spatial transformation) pixel in the referenced image to be displayed, given as column\\row. Column is the horizontal (before spatial transformation) offset (X) and row is the vertical (before spatial transformation)..."""

    PresentationSizeMode: Annotated[
        _PresentationSizeModeValue,
        Attribute(
            0x00700100,
            "CS",
            "1",
            "1",
            name="Presentation Size Mode",
            enumerated=((0, ("SCALE TO FIT", "TRUE SIZE", "MAGNIFY")),),
        ),
    ]
    """Presentation Size Mode (0070,0100): Type 1, VR CS, VM 1. Manner of selection of display size. Enumerated Values: SCALE TO FIT TRUE SIZE MAGNIFY See Section C.10.4 for further explanation."""

    PresentationPixelSpacing: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00700101,
            "DS",
            "2",
            "1C",
            name="Presentation Pixel Spacing",
            when=("value", 0x00700100, 0, "in", ("TRUE SIZE",)),
        ),
    ] = None
    """Presentation Pixel Spacing (0070,0101): Type 1C, VR DS, VM 2. Required if Presentation Size Mode (0070,0100) is TRUE SIZE, in which case the values will correspond to the physical distance between the center of each pixel on the display device. May be present if Presentation Size Mode (0070,0100) is SCALE TO FIT or MAGNIFY, in which case the values are used to compute the aspect ratio of the image pixels. Physical distance between the center of each pixel in the referenced image (before spatial transformation), specified by a numeric pair - adjacent row spacing (delimiter) adjacent column spacing in mm."""

    PresentationPixelAspectRatio: Annotated[
        list[vr.IS] | None,
        Attribute(
            0x00700102,
            "IS",
            "2",
            "1C",
            name="Presentation Pixel Aspect Ratio",
            when=("not", ("present", 0x00700101)),
        ),
    ] = None
    """Presentation Pixel Aspect Ratio (0070,0102): Type 1C, VR IS, VM 2. Required if Presentation Pixel Spacing (0070,0101) is not present. Ratio of the vertical size and the horizontal size of the pixels in the referenced image, to be used to display the referenced image, specified by a pair of integer values where the first value is the vertical pixel size and the second valu..."""

    PresentationPixelMagnificationRatio: Annotated[
        vr.FL | None,
        Attribute(
            0x00700103,
            "FL",
            "1",
            "1C",
            name="Presentation Pixel Magnification Ratio",
            when=("value", 0x00700100, 0, "in", ("MAGNIFY",)),
        ),
    ] = None
    """Presentation Pixel Magnification Ratio (0070,0103): Type 1C, VR FL, VM 1. Required if Presentation Size Mode (0070,0100) is MAGNIFY. Ratio of displayed pixels to source pixels, specified in one dimension. Required if Presentation Size Mode (0070,0100) is MAGNIFY."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PixelOriginInterpretation": (
        "dicomodel.enums.pixel_origin_interpretation",
        "PixelOriginInterpretation",
    ),
    "PresentationSizeMode": ("dicomodel.enums.presentation_size_mode", "PresentationSizeMode"),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
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
