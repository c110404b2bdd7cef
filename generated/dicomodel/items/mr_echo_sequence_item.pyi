"""Item class MREchoSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import MREchoSequenceItem as MREchoSequenceItem

__all__ = ["MREchoSequenceItem"]
