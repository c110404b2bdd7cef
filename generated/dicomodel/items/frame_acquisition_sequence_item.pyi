"""Item class FrameAcquisitionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import FrameAcquisitionSequenceItem as FrameAcquisitionSequenceItem

__all__ = ["FrameAcquisitionSequenceItem"]
