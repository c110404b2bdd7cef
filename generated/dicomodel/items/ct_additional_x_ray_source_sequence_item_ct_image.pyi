"""Item class CTAdditionalXRaySourceSequenceItemCTImage.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    CTAdditionalXRaySourceSequenceItemCTImage as CTAdditionalXRaySourceSequenceItemCTImage,
)

__all__ = ["CTAdditionalXRaySourceSequenceItemCTImage"]
