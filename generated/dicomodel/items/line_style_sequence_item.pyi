"""Item class LineStyleSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import LineDashingStyle as LineDashingStyle
from dicomodel.enums import ShadowStyle as ShadowStyle
from dicomodel.items import LineStyleSequenceItem as LineStyleSequenceItem

__all__ = ["LineDashingStyle", "LineStyleSequenceItem", "ShadowStyle"]
