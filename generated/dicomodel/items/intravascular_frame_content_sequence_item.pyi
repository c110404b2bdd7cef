"""Item class IntravascularFrameContentSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    IntravascularFrameContentSequenceItem as IntravascularFrameContentSequenceItem,
)

__all__ = ["IntravascularFrameContentSequenceItem"]
