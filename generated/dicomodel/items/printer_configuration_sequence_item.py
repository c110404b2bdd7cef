"""Item class PrinterConfigurationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.decimate_crop_result import (
        DecimateCropResultValue as _DecimateCropResultValue,
    )
    from dicomodel.items.media_installed_sequence_item import (
        MediaInstalledSequenceItem as _MediaInstalledSequenceItem,
    )
    from dicomodel.items.other_media_available_sequence_item import (
        OtherMediaAvailableSequenceItem as _OtherMediaAvailableSequenceItem,
    )
    from dicomodel.items.supported_image_display_formats_sequence_item import (
        SupportedImageDisplayFormatsSequenceItem as _SupportedImageDisplayFormatsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _DecimateCropResultValue = Lazy(
        "dicomodel.enums.decimate_crop_result", "DecimateCropResultValue"
    )
    _MediaInstalledSequenceItem = Lazy(
        "dicomodel.items.media_installed_sequence_item", "MediaInstalledSequenceItem"
    )
    _OtherMediaAvailableSequenceItem = Lazy(
        "dicomodel.items.other_media_available_sequence_item", "OtherMediaAvailableSequenceItem"
    )
    _SupportedImageDisplayFormatsSequenceItem = Lazy(
        "dicomodel.items.supported_image_display_formats_sequence_item",
        "SupportedImageDisplayFormatsSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.decimate_crop_result import DecimateCropResult as DecimateCropResult
    from dicomodel.enums.requested_image_size_flag import (
        RequestedImageSizeFlag as RequestedImageSizeFlag,
    )
    from dicomodel.items.media_installed_sequence_item import (
        MediaInstalledSequenceItem as MediaInstalledSequenceItem,
    )
    from dicomodel.items.other_media_available_sequence_item import (
        OtherMediaAvailableSequenceItem as OtherMediaAvailableSequenceItem,
    )
    from dicomodel.items.supported_image_display_formats_sequence_item import (
        SupportedImageDisplayFormatsSequenceItem as SupportedImageDisplayFormatsSequenceItem,
    )

__all__ = [
    "DecimateCropResult",
    "MediaInstalledSequenceItem",
    "OtherMediaAvailableSequenceItem",
    "PrinterConfigurationSequenceItem",
    "RequestedImageSizeFlag",
    "SupportedImageDisplayFormatsSequenceItem",
]


class PrinterConfigurationSequenceItem(DicomModel):
    """An item of Printer Configuration Sequence (2000,001E), as first defined in Printer Configuration Module Attributes (C.13-13)."""

    dicom_name: ClassVar[str] = "Printer Configuration Sequence"
    dicom_table: ClassVar[str] = "table_C.13-13"

    SOPClassesSupported: Annotated[
        list[vr.UI] | None, Attribute(0x0008115A, "UI", "1-n", None, name="SOP Classes Supported")
    ] = None
    """SOP Classes Supported (0008,115A): no Type, VR UI, VM 1-n. The Meta-SOP Class and a list of optional SOP Classes supported. It shall contain one Meta SOP Class UID and 0-n optional SOP Class UIDs."""

    MaximumMemoryAllocation: Annotated[
        vr.IS | None, Attribute(0x20000061, "IS", "1", None, name="Maximum Memory Allocation")
    ] = None
    """Maximum Memory Allocation (2000,0061): no Type, VR IS, VM 1. Maximum number of kilobytes of memory that can be allocated for a Film Session. The value shall be 0 if Memory Allocation (2000,0060) is not supported."""

    MemoryBitDepth: Annotated[
        vr.US | None, Attribute(0x200000A0, "US", "1", None, name="Memory Bit Depth")
    ] = None
    """Memory Bit Depth (2000,00A0): no Type, VR US, VM 1. The maximum number of bits for each pixel that can be stored in printer memory."""

    PrintingBitDepth: Annotated[
        vr.US | None, Attribute(0x200000A1, "US", "1", None, name="Printing Bit Depth")
    ] = None
    """Printing Bit Depth (2000,00A1): no Type, VR US, VM 1. The number of bits used by the print engine for internal LUT calculation and printing of each pixel."""

    MediaInstalledSequence: Annotated[
        list[_MediaInstalledSequenceItem] | None,
        Attribute(0x200000A2, "SQ", "1", None, name="Media Installed Sequence"),
    ] = None
    """Media Installed Sequence (2000,00A2): no Type, VR SQ, VM 1. A Sequence that specifies the combinations of Medium Type and Film Size IDs available in the printer at this time and the Min and Max Densities supported by these media. The Item Number with the value of 1 is the printer default."""

    OtherMediaAvailableSequence: Annotated[
        list[_OtherMediaAvailableSequenceItem] | None,
        Attribute(0x200000A4, "SQ", "1", None, name="Other Media Available Sequence"),
    ] = None
    """Other Media Available Sequence (2000,00A4): no Type, VR SQ, VM 1. User intervention may be required to instal these media in the printer. A Sequence that specifies combinations of Medium Type and Film Size ID for which the printer will accept an N-CREATE of a Film Box, but are not physically installed in the printer at this time."""

    SupportedImageDisplayFormatsSequence: Annotated[
        list[_SupportedImageDisplayFormatsSequenceItem] | None,
        Attribute(0x200000A8, "SQ", "1", None, name="Supported Image Display Formats Sequence"),
    ] = None
    """Supported Image Display Formats Sequence (2000,00A8): no Type, VR SQ, VM 1. A Sequence that specifies the Image Display Formats supported, rows and columns in Image Boxes for each format, pixel spacing, and whether Requested Image Size is supported as a function of Film Orientation, Film Size ID, and Printer Resolu..."""

    DefaultPrinterResolutionID: Annotated[
        vr.CS | None, Attribute(0x20100054, "CS", "1", None, name="Default Printer Resolution ID")
    ] = None
    """Default Printer Resolution ID (2010,0054): no Type, VR CS, VM 1. The printer's default resolution identification. Defined Terms are the same as Requested Resolution ID (2020,0050). See Section C.13.3."""

    DefaultMagnificationType: Annotated[
        vr.CS | None, Attribute(0x201000A6, "CS", "1", None, name="Default Magnification Type")
    ] = None
    """Default Magnification Type (2010,00A6): no Type, VR CS, VM 1. Printer's default magnification type. See Section C.13.3 for Defined Terms."""

    OtherMagnificationTypesAvailable: Annotated[
        list[vr.CS] | None,
        Attribute(0x201000A7, "CS", "1-n", None, name="Other Magnification Types Available"),
    ] = None
    """Other Magnification Types Available (2010,00A7): no Type, VR CS, VM 1-n. Other magnification types available in the printer. See Section C.13.3 for Defined Terms."""

    DefaultSmoothingType: Annotated[
        vr.CS | None, Attribute(0x201000A8, "CS", "1", None, name="Default Smoothing Type")
    ] = None
    """Default Smoothing Type (2010,00A8): no Type, VR CS, VM 1. Printer's default smoothing type. See Section C.13.3."""

    OtherSmoothingTypesAvailable: Annotated[
        list[vr.CS] | None,
        Attribute(0x201000A9, "CS", "1-n", None, name="Other Smoothing Types Available"),
    ] = None
    """Other Smoothing Types Available (2010,00A9): no Type, VR CS, VM 1-n. Other smoothing types available in the printer. See Section C.13.3."""

    ConfigurationInformationDescription: Annotated[
        vr.LT | None,
        Attribute(0x20100152, "LT", "1", None, name="Configuration Information Description"),
    ] = None
    """Configuration Information Description (2010,0152): no Type, VR LT, VM 1. A free form text description of Configuration Information (2010,0150) supported by the printer."""

    MaximumCollatedFilms: Annotated[
        vr.IS | None, Attribute(0x20100154, "IS", "1", None, name="Maximum Collated Films")
    ] = None
    """Maximum Collated Films (2010,0154): no Type, VR IS, VM 1. The maximum number of films that can be collated for an N-ACTION of the Film Session. The value shall be 0 if N-ACTION of the Film Session is not supported."""

    DecimateCropResult: Annotated[
        _DecimateCropResultValue | None,
        Attribute(
            0x202000A2,
            "CS",
            "1",
            None,
            name="Decimate/Crop Result",
            enumerated=((0, ("DECIMATE", "CROP", "FAIL", "DEF DECIMATE", "DEF CROP", "DEF FAIL")),),
        ),
    ] = None
    """Decimate/Crop Result (2020,00A2): no Type, VR CS, VM 1. Indicates whether the printer will decimate or crop image pixels if the image rows or columns is greater than the available printable pixels in an Image Box. See Section C.13.5."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DecimateCropResult": ("dicomodel.enums.decimate_crop_result", "DecimateCropResult"),
    "MediaInstalledSequenceItem": (
        "dicomodel.items.media_installed_sequence_item",
        "MediaInstalledSequenceItem",
    ),
    "OtherMediaAvailableSequenceItem": (
        "dicomodel.items.other_media_available_sequence_item",
        "OtherMediaAvailableSequenceItem",
    ),
    "RequestedImageSizeFlag": (
        "dicomodel.enums.requested_image_size_flag",
        "RequestedImageSizeFlag",
    ),
    "SupportedImageDisplayFormatsSequenceItem": (
        "dicomodel.items.supported_image_display_formats_sequence_item",
        "SupportedImageDisplayFormatsSequenceItem",
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
