"""Item class DetectorPositionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import DetectorPositionSequenceItem as DetectorPositionSequenceItem

__all__ = ["DetectorPositionSequenceItem"]
