"""Item class RTImageFrameGeneralContentSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    RTImageFrameGeneralContentSequenceItem as RTImageFrameGeneralContentSequenceItem,
)

__all__ = ["RTImageFrameGeneralContentSequenceItem"]
