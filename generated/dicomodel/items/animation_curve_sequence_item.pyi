"""Item class AnimationCurveSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import AnimationCurveSequenceItem as AnimationCurveSequenceItem

__all__ = ["AnimationCurveSequenceItem"]
