"""Item class ReferencedImageSequenceItem.

Generated from DICOM 2099a; do not edit."""

from dicomodel.items import ReferencedImageSequenceItem as ReferencedImageSequenceItem

__all__ = ["ReferencedImageSequenceItem"]
