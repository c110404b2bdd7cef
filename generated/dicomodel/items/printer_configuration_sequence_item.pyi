"""Item class PrinterConfigurationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DecimateCropResult as DecimateCropResult
from dicomodel.enums import DecimateCropResultValue as _DecimateCropResultValue
from dicomodel.enums import RequestedImageSizeFlag as RequestedImageSizeFlag
from dicomodel.items import MediaInstalledSequenceItem as MediaInstalledSequenceItem
from dicomodel.items import MediaInstalledSequenceItem as _MediaInstalledSequenceItem
from dicomodel.items import OtherMediaAvailableSequenceItem as OtherMediaAvailableSequenceItem
from dicomodel.items import OtherMediaAvailableSequenceItem as _OtherMediaAvailableSequenceItem
from dicomodel.items import PrinterConfigurationSequenceItem as PrinterConfigurationSequenceItem
from dicomodel.items import (
    SupportedImageDisplayFormatsSequenceItem as SupportedImageDisplayFormatsSequenceItem,
)
from dicomodel.items import (
    SupportedImageDisplayFormatsSequenceItem as _SupportedImageDisplayFormatsSequenceItem,
)

__all__ = [
    "DecimateCropResult",
    "MediaInstalledSequenceItem",
    "OtherMediaAvailableSequenceItem",
    "PrinterConfigurationSequenceItem",
    "RequestedImageSizeFlag",
    "SupportedImageDisplayFormatsSequenceItem",
]
