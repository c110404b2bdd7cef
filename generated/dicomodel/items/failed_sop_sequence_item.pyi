"""Item class FailedSOPSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import FailedSOPSequenceItem as FailedSOPSequenceItem

__all__ = ["FailedSOPSequenceItem"]
