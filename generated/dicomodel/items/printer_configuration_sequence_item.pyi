"""Item class PrinterConfigurationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DecimateCropResult as DecimateCropResult
from dicomodel.enums import RequestedImageSizeFlag as RequestedImageSizeFlag
from dicomodel.items import MediaInstalledSequenceItem as MediaInstalledSequenceItem
from dicomodel.items import OtherMediaAvailableSequenceItem as OtherMediaAvailableSequenceItem
from dicomodel.items import PrinterConfigurationSequenceItem as PrinterConfigurationSequenceItem
from dicomodel.items import (
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
