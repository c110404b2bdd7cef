"""Item class ParametricMapFrameTypeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ParametricMapFrameTypeSequenceItem as ParametricMapFrameTypeSequenceItem

__all__ = ["ParametricMapFrameTypeSequenceItem"]
