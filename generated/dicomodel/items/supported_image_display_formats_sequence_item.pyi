"""Item class SupportedImageDisplayFormatsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RequestedImageSizeFlag as RequestedImageSizeFlag
from dicomodel.items import (
    SupportedImageDisplayFormatsSequenceItem as SupportedImageDisplayFormatsSequenceItem,
)

__all__ = ["RequestedImageSizeFlag", "SupportedImageDisplayFormatsSequenceItem"]
