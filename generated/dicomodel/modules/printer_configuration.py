"""Printer Configuration Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.printer_configuration_sequence_item import (
        PrinterConfigurationSequenceItem as _PrinterConfigurationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PrinterConfigurationSequenceItem = Lazy(
        "dicomodel.items.printer_configuration_sequence_item", "PrinterConfigurationSequenceItem"
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
    from dicomodel.items.printer_configuration_sequence_item import (
        PrinterConfigurationSequenceItem as PrinterConfigurationSequenceItem,
    )
    from dicomodel.items.supported_image_display_formats_sequence_item import (
        SupportedImageDisplayFormatsSequenceItem as SupportedImageDisplayFormatsSequenceItem,
    )

__all__ = [
    "DecimateCropResult",
    "MediaInstalledSequenceItem",
    "OtherMediaAvailableSequenceItem",
    "PrinterConfigurationModule",
    "PrinterConfigurationSequenceItem",
    "RequestedImageSizeFlag",
    "SupportedImageDisplayFormatsSequenceItem",
]


class PrinterConfigurationModule(DicomModel):
    """Printer Configuration Module Attributes (PS3.3 Table C.13-13)."""

    dicom_name: ClassVar[str] = "Printer Configuration"
    dicom_table: ClassVar[str] = "table_C.13-13"

    PrinterConfigurationSequence: Annotated[
        list[_PrinterConfigurationSequenceItem] | None,
        Attribute(0x2000001E, "SQ", "1", None, name="Printer Configuration Sequence"),
    ] = None
    """Printer Configuration Sequence (2000,001E): no Type, VR SQ, VM 1. Contains printer configuration information for a single Application Entity title. See Print Management Service Class Structure in PS3.4."""


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
    "PrinterConfigurationSequenceItem": (
        "dicomodel.items.printer_configuration_sequence_item",
        "PrinterConfigurationSequenceItem",
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
