"""Item class PositionerPositionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import PositionerPositionSequenceItem as PositionerPositionSequenceItem

__all__ = ["PositionerPositionSequenceItem"]
