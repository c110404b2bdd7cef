"""Item class IntravascularOCTFrameTypeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    IntravascularOCTFrameTypeSequenceItem as IntravascularOCTFrameTypeSequenceItem,
)

__all__ = ["IntravascularOCTFrameTypeSequenceItem"]
