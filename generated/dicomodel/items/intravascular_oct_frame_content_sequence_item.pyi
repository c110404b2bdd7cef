"""Item class IntravascularOCTFrameContentSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    IntravascularOCTFrameContentSequenceItem as IntravascularOCTFrameContentSequenceItem,
)

__all__ = ["IntravascularOCTFrameContentSequenceItem"]
