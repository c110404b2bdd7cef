"""Image Box Pixel Presentation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.polarity import PolarityValue as _PolarityValue
    from dicomodel.enums.requested_decimate_crop_behavior import (
        RequestedDecimateCropBehaviorValue as _RequestedDecimateCropBehaviorValue,
    )
    from dicomodel.items.basic_color_image_sequence_item import (
        BasicColorImageSequenceItem as _BasicColorImageSequenceItem,
    )
    from dicomodel.items.basic_grayscale_image_sequence_item import (
        BasicGrayscaleImageSequenceItem as _BasicGrayscaleImageSequenceItem,
    )
    from dicomodel.items.original_image_sequence_item import (
        OriginalImageSequenceItem as _OriginalImageSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BasicColorImageSequenceItem = Lazy(
        "dicomodel.items.basic_color_image_sequence_item", "BasicColorImageSequenceItem"
    )
    _BasicGrayscaleImageSequenceItem = Lazy(
        "dicomodel.items.basic_grayscale_image_sequence_item", "BasicGrayscaleImageSequenceItem"
    )
    _OriginalImageSequenceItem = Lazy(
        "dicomodel.items.original_image_sequence_item", "OriginalImageSequenceItem"
    )
    _PolarityValue = Lazy("dicomodel.enums.polarity", "PolarityValue")
    _RequestedDecimateCropBehaviorValue = Lazy(
        "dicomodel.enums.requested_decimate_crop_behavior", "RequestedDecimateCropBehaviorValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.polarity import Polarity as Polarity
    from dicomodel.enums.requested_decimate_crop_behavior import (
        RequestedDecimateCropBehavior as RequestedDecimateCropBehavior,
    )
    from dicomodel.items.basic_color_image_sequence_item import (
        BasicColorImageSequenceItem as BasicColorImageSequenceItem,
    )
    from dicomodel.items.basic_grayscale_image_sequence_item import (
        BasicGrayscaleImageSequenceItem as BasicGrayscaleImageSequenceItem,
    )
    from dicomodel.items.original_image_sequence_item import (
        OriginalImageSequenceItem as OriginalImageSequenceItem,
    )

__all__ = [
    "BasicColorImageSequenceItem",
    "BasicGrayscaleImageSequenceItem",
    "ImageBoxPixelPresentationModule",
    "OriginalImageSequenceItem",
    "Polarity",
    "RequestedDecimateCropBehavior",
]


class ImageBoxPixelPresentationModule(DicomModel):
    """Image Box Pixel Presentation Module Attributes (PS3.3 Table C.13-5)."""

    dicom_name: ClassVar[str] = "Image Box Pixel Presentation"
    dicom_table: ClassVar[str] = "table_C.13-5"

    ImageBoxPosition: Annotated[
        vr.US | None, Attribute(0x20200010, "US", "1", None, name="Image Box Position")
    ] = None
    """Image Box Position (2020,0010): no Type, VR US, VM 1. The position of the image on the film, based on Image Display Format (2010,0010). See Section C.13.5.1 for specification."""

    Polarity: Annotated[
        _PolarityValue | None,
        Attribute(
            0x20200020, "CS", "1", None, name="Polarity", enumerated=((0, ("NORMAL", "REVERSE")),)
        ),
    ] = None
    """Polarity (2020,0020): no Type, VR CS, VM 1. Specifies whether minimum pixel values (after VOI LUT transformation) are to printed black or white. Enumerated Values: NORMAL pixels shall be printed as specified by Photometric Interpretation (0028,0004) REVERSE pixels shall be printed wi..."""

    MagnificationType: Annotated[
        vr.CS | None, Attribute(0x20100060, "CS", "1", None, name="Magnification Type")
    ] = None
    """Magnification Type (2010,0060): no Type, VR CS, VM 1. Description is the same as in Table C.13-3. Overrides the Magnification Type specified for the Film Box."""

    SmoothingType: Annotated[
        vr.CS | None, Attribute(0x20100080, "CS", "1", None, name="Smoothing Type")
    ] = None
    """Smoothing Type (2010,0080): no Type, VR CS, VM 1. Description is the same as in Table C.13-3. Overrides the Smoothing Type specified for the Film Box."""

    ConfigurationInformation: Annotated[
        vr.ST | None, Attribute(0x20100150, "ST", "1", None, name="Configuration Information")
    ] = None
    """Configuration Information (2010,0150): no Type, VR ST, VM 1. See Table C.13-3 for description of Configuration Information."""

    RequestedImageSize: Annotated[
        vr.DS | None, Attribute(0x20200030, "DS", "1", None, name="Requested Image Size")
    ] = None
    """Requested Image Size (2020,0030): no Type, VR DS, VM 1. Width (x-dimension) in mm of the image to be printed. This value overrides the size that corresponds with optimal filling of the Image Box."""

    RequestedDecimateCropBehavior: Annotated[
        _RequestedDecimateCropBehaviorValue | None,
        Attribute(
            0x20200040,
            "CS",
            "1",
            None,
            name="Requested Decimate/Crop Behavior",
            enumerated=((0, ("DECIMATE", "CROP", "FAIL")),),
        ),
    ] = None
    """Requested Decimate/Crop Behavior (2020,0040): no Type, VR CS, VM 1. Specifies whether image pixels are to be decimated or cropped if the image rows or columns is greater than the available printable pixels in an Image Box. Decimation means that a magnification factor <1 is applied to the image."""

    BasicGrayscaleImageSequence: Annotated[
        list[_BasicGrayscaleImageSequenceItem] | None,
        Attribute(0x20200110, "SQ", "1", None, name="Basic Grayscale Image Sequence"),
    ] = None
    """Basic Grayscale Image Sequence (2020,0110): no Type, VR SQ, VM 1. A Sequence that provides the content of the grayscale image pixel data to be printed. This is a specialization of the Image Pixel Module defined in Section C.7.6.3. It is encoded as a Sequence of Attributes of the Image Pixel Module."""

    BasicColorImageSequence: Annotated[
        list[_BasicColorImageSequenceItem] | None,
        Attribute(0x20200111, "SQ", "1", None, name="Basic Color Image Sequence"),
    ] = None
    """Basic Color Image Sequence (2020,0111): no Type, VR SQ, VM 1. A Sequence that provides the content of the color image pixel data to be printed. It is a specialization of the Image Pixel Module defined in Section C.7.6.3. It is encoded as a Sequence of Attributes of the Image Pixel Module."""

    OriginalImageSequence: Annotated[
        list[_OriginalImageSequenceItem] | None,
        Attribute(0x213000C0, "SQ", "1", None, name="Original Image Sequence"),
    ] = None
    """Original Image Sequence (2130,00C0): no Type, VR SQ, VM 1. Attributes of the original modality images to be printed in this Film Session. Only a single Item is permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BasicColorImageSequenceItem": (
        "dicomodel.items.basic_color_image_sequence_item",
        "BasicColorImageSequenceItem",
    ),
    "BasicGrayscaleImageSequenceItem": (
        "dicomodel.items.basic_grayscale_image_sequence_item",
        "BasicGrayscaleImageSequenceItem",
    ),
    "OriginalImageSequenceItem": (
        "dicomodel.items.original_image_sequence_item",
        "OriginalImageSequenceItem",
    ),
    "Polarity": ("dicomodel.enums.polarity", "Polarity"),
    "RequestedDecimateCropBehavior": (
        "dicomodel.enums.requested_decimate_crop_behavior",
        "RequestedDecimateCropBehavior",
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
