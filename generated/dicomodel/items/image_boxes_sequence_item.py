"""Item class ImageBoxesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.image_box_large_scroll_type import (
        ImageBoxLargeScrollTypeValue as _ImageBoxLargeScrollTypeValue,
    )
    from dicomodel.enums.image_box_layout_type import (
        ImageBoxLayoutTypeTermHangingProtocolDisplay as _ImageBoxLayoutTypeTermHangingProtocolDisplay,
    )
    from dicomodel.enums.image_box_scroll_direction import (
        ImageBoxScrollDirectionValue as _ImageBoxScrollDirectionValue,
    )
    from dicomodel.enums.image_box_small_scroll_type import (
        ImageBoxSmallScrollTypeValue as _ImageBoxSmallScrollTypeValue,
    )
else:
    from dicomodel.lazy import Lazy

    _ImageBoxLargeScrollTypeValue = Lazy(
        "dicomodel.enums.image_box_large_scroll_type", "ImageBoxLargeScrollTypeValue"
    )
    _ImageBoxLayoutTypeTermHangingProtocolDisplay = Lazy(
        "dicomodel.enums.image_box_layout_type", "ImageBoxLayoutTypeTermHangingProtocolDisplay"
    )
    _ImageBoxScrollDirectionValue = Lazy(
        "dicomodel.enums.image_box_scroll_direction", "ImageBoxScrollDirectionValue"
    )
    _ImageBoxSmallScrollTypeValue = Lazy(
        "dicomodel.enums.image_box_small_scroll_type", "ImageBoxSmallScrollTypeValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.image_box_large_scroll_type import (
        ImageBoxLargeScrollType as ImageBoxLargeScrollType,
    )
    from dicomodel.enums.image_box_layout_type import (
        ImageBoxLayoutTypeTermHangingProtocolDisplay as ImageBoxLayoutTypeTerm,
    )
    from dicomodel.enums.image_box_scroll_direction import (
        ImageBoxScrollDirection as ImageBoxScrollDirection,
    )
    from dicomodel.enums.image_box_small_scroll_type import (
        ImageBoxSmallScrollType as ImageBoxSmallScrollType,
    )

__all__ = [
    "ImageBoxLargeScrollType",
    "ImageBoxLayoutTypeTerm",
    "ImageBoxScrollDirection",
    "ImageBoxSmallScrollType",
    "ImageBoxesSequenceItem",
]


class ImageBoxesSequenceItem(DicomModel):
    """An item of Image Boxes Sequence (0072,0300), as first defined in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    dicom_name: ClassVar[str] = "Image Boxes Sequence"
    dicom_table: ClassVar[str] = "table_C.23.3-1"

    ImageBoxNumber: Annotated[vr.US, Attribute(0x00720302, "US", "1", "1", name="Image Box Number")]
    """Image Box Number (0072,0302): Type 1, VR US, VM 1. A monotonically increasing integer that identifies the order of image boxes for scrolling, starting from 1, incrementing by 1, unique within a Display Sets Sequence (0072,0200) Item."""

    DisplayEnvironmentSpatialPosition: Annotated[
        list[vr.FD],
        Attribute(0x00720108, "FD", "4", "1", name="Display Environment Spatial Position"),
    ]
    """Display Environment Spatial Position (0072,0108): Type 1, VR FD, VM 4. Exactly four unitless floating point values indicating the rectangular coordinate position of the image box within the overall bounding box that encompasses all the display space (across all screens). See Section C.23.2.1.1."""

    ImageBoxLayoutType: Annotated[
        _ImageBoxLayoutTypeTermHangingProtocolDisplay | vr.CS,
        Attribute(0x00720304, "CS", "1", "1", name="Image Box Layout Type"),
    ]
    """Image Box Layout Type (0072,0304): Type 1, VR CS, VM 1. Type of layout of the image box. All types except for TILED are single rectangles containing a single frame of image pixel data. The types are primarily distinguished by their interaction technique."""

    ImageBoxTileHorizontalDimension: Annotated[
        vr.US | None,
        Attribute(
            0x00720306,
            "US",
            "1",
            "1C",
            name="Image Box Tile Horizontal Dimension",
            when=("value", 0x00720304, 0, "in", ("TILED",)),
        ),
    ] = None
    """Image Box Tile Horizontal Dimension (0072,0306): Type 1C, VR US, VM 1. Required if the value of Image Box Layout Type (0072,0304) is TILED. Positive integer defining the horizontal Image Box tile dimension; the number of columns. Required if the value of Image Box Layout Type (0072,0304) is TILED."""

    ImageBoxTileVerticalDimension: Annotated[
        vr.US | None,
        Attribute(
            0x00720308,
            "US",
            "1",
            "1C",
            name="Image Box Tile Vertical Dimension",
            when=("value", 0x00720304, 0, "in", ("TILED",)),
        ),
    ] = None
    """Image Box Tile Vertical Dimension (0072,0308): Type 1C, VR US, VM 1. Required if the value of Image Box Layout Type (0072,0304) is TILED. Positive integer defining the vertical Image Box tile dimension; the number of rows. Required if the value of Image Box Layout Type (0072,0304) is TILED."""

    ImageBoxScrollDirection: Annotated[
        _ImageBoxScrollDirectionValue | None,
        Attribute(
            0x00720310,
            "CS",
            "1",
            "1C",
            name="Image Box Scroll Direction",
            enumerated=((0, ("VERTICAL", "HORIZONTAL")),),
            when=(
                "and",
                ("value", 0x00720304, 0, "in", ("TILED",)),
                ("or", ("compare", 0x00720306, 1, ">", 1), ("compare", 0x00720308, 1, ">", 1)),
            ),
        ),
    ] = None
    """Image Box Scroll Direction (0072,0310): Type 1C, VR CS, VM 1. Required if the value of Image Box Layout Type (0072,0304) is TILED, and the value of Image Box Tile Horizontal Dimension (0072,0306) or Image Box Tile Vertical Dimension (0072,0308) is greater than 1. Enumerated Values: VERTICAL scroll images by row HORIZONTAL scroll images by column Required if the value of Image Box Layout Type (0072,0304) is TILED, and the value of Image Box Tile Horizontal Dimension (0072,0306) or Image Box Tile Vert..."""

    ImageBoxSmallScrollType: Annotated[
        _ImageBoxSmallScrollTypeValue | None,
        Attribute(
            0x00720312,
            "CS",
            "1",
            "2C",
            name="Image Box Small Scroll Type",
            enumerated=((0, ("PAGE", "ROW_COLUMN", "IMAGE")),),
            when=(
                "and",
                ("value", 0x00720304, 0, "in", ("TILED",)),
                ("or", ("compare", 0x00720306, 1, ">", 1), ("compare", 0x00720308, 1, ">", 1)),
            ),
        ),
    ] = None
    """Image Box Small Scroll Type (0072,0312): Type 2C, VR CS, VM 1. Required if the value of Image Box Layout Type (0072,0304) is TILED, and the value of Image Box Tile Horizontal Dimension (0072,0306) or Image Box Tile Vertical Dimension (0072,0308) is greater than 1. Defines the type of small increment scrolling to be applied to this Image Box. Required if the value of Image Box Layout Type (0072,0304) is TILED, and the value of Image Box Tile Horizontal Dimension (0072,0306) or Image Box Tile Vertical..."""

    ImageBoxSmallScrollAmount: Annotated[
        vr.US | None,
        Attribute(
            0x00720314,
            "US",
            "1",
            "1C",
            name="Image Box Small Scroll Amount",
            when=("has_value", 0x00720312),
        ),
    ] = None
    """Image Box Small Scroll Amount (0072,0314): Type 1C, VR US, VM 1. Required if Image Box Small Scroll Type (0072,0312) is present with a value. Defines the positive integer number of pages, rows, columns, or images per small increment scroll, based on the values of Image Box Small Scroll Type (0072,0312) and Image Box Scroll Direction (0072,0310)."""

    ImageBoxLargeScrollType: Annotated[
        _ImageBoxLargeScrollTypeValue | None,
        Attribute(
            0x00720316,
            "CS",
            "1",
            "2C",
            name="Image Box Large Scroll Type",
            enumerated=((0, ("PAGE", "ROW_COLUMN", "IMAGE")),),
            when=(
                "and",
                ("value", 0x00720304, 0, "in", ("TILED",)),
                ("or", ("compare", 0x00720306, 1, ">", 1), ("compare", 0x00720308, 1, ">", 1)),
            ),
        ),
    ] = None
    """Image Box Large Scroll Type (0072,0316): Type 2C, VR CS, VM 1. Required if the value of Image Box Layout Type (0072,0304) is TILED, and the value of Image Box Tile Horizontal Dimension (0072,0306) or Image Box Tile Vertical Dimension (0072,0308) is greater than 1. Defines the type of large increment scrolling to be applied to this Image Box. Required if the value of Image Box Layout Type (0072,0304) is TILED, and the value of Image Box Tile Horizontal Dimension (0072,0306) or Image Box Tile Vertical..."""

    ImageBoxLargeScrollAmount: Annotated[
        vr.US | None,
        Attribute(
            0x00720318,
            "US",
            "1",
            "1C",
            name="Image Box Large Scroll Amount",
            when=("has_value", 0x00720316),
        ),
    ] = None
    """Image Box Large Scroll Amount (0072,0318): Type 1C, VR US, VM 1. Required if Image Box Large Scroll Type (0072,0316) is present with a value. Defines the positive integer number of pages, rows, columns, or images per large increment scroll, based on the values of Image Box Large Scroll Type (0072,0316) and Image Box Scroll Direction (0072,0310)."""

    ImageBoxOverlapPriority: Annotated[
        vr.US | None, Attribute(0x00720320, "US", "1", "3", name="Image Box Overlap Priority")
    ] = None
    """Image Box Overlap Priority (0072,0320): Type 3, VR US, VM 1. If this Image Box overlaps in spatial position with others, this Attribute indicates the layer of this Image Box in relation to the others. The value shall be a positive integer in the range 1 to 100, where 1 = top and 100 = bottom."""

    PreferredPlaybackSequencing: Annotated[
        vr.US | None,
        Attribute(
            0x00181244,
            "US",
            "1",
            "1C",
            name="Preferred Playback Sequencing",
            enumerated=((0, ("0", "1", "2")),),
            when=("value", 0x00720304, 0, "in", ("CINE",)),
        ),
    ] = None
    """Preferred Playback Sequencing (0018,1244): Type 1C, VR US, VM 1. Required if the value of Image Box Layout Type (0072,0304) is CINE. Describes the preferred playback sequencing for the Image Box. Overrides any Preferred Playback Sequencing (0018,1244) value in the image objects being displayed. Required if the value of Image Box Layout Type (0072,0304) is CINE."""

    RecommendedDisplayFrameRate: Annotated[
        vr.IS | None,
        Attribute(
            0x00082144,
            "IS",
            "1",
            "1C",
            name="Recommended Display Frame Rate",
            when=(
                "and",
                ("value", 0x00720304, 0, "in", ("CINE",)),
                ("not", ("present", 0x00720330)),
            ),
        ),
    ] = None
    """Recommended Display Frame Rate (0008,2144): Type 1C, VR IS, VM 1. Required if the value of Image Box Layout Type (0072,0304) is CINE and if Cine Relative to Real-Time (0072,0330) is not present. Recommended rate at which the frames of a multi-frame image shall be displayed, in frames/second. Shall have a value greater than zero. Overrides any Recommended Display Frame Rate (0008,2144) value in the image objects being displayed."""

    CineRelativeToRealTime: Annotated[
        vr.FD | None,
        Attribute(
            0x00720330,
            "FD",
            "1",
            "1C",
            name="Cine Relative to Real-Time",
            when=(
                "and",
                ("value", 0x00720304, 0, "in", ("CINE",)),
                ("not", ("present", 0x00082144)),
            ),
        ),
    ] = None
    """Cine Relative to Real-Time (0072,0330): Type 1C, VR FD, VM 1. Required if the value of Image Box Layout Type (0072,0304) is CINE and if Recommended Display Frame Rate (0008,2144) is not present. A positive unitless floating point numeric factor equal to playback rate divided by acquisition rate. Required if the value of Image Box Layout Type (0072,0304) is CINE and if Recommended Display Frame Rate (0008,2144) is not present."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ImageBoxLargeScrollType": (
        "dicomodel.enums.image_box_large_scroll_type",
        "ImageBoxLargeScrollType",
    ),
    "ImageBoxLayoutTypeTerm": (
        "dicomodel.enums.image_box_layout_type",
        "ImageBoxLayoutTypeTermHangingProtocolDisplay",
    ),
    "ImageBoxScrollDirection": (
        "dicomodel.enums.image_box_scroll_direction",
        "ImageBoxScrollDirection",
    ),
    "ImageBoxSmallScrollType": (
        "dicomodel.enums.image_box_small_scroll_type",
        "ImageBoxSmallScrollType",
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
