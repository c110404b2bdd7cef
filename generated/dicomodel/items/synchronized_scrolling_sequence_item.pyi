"""Item class SynchronizedScrollingSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import SynchronizedScrollingSequenceItem as SynchronizedScrollingSequenceItem

__all__ = ["SynchronizedScrollingSequenceItem"]
