"""Item class FrameDisplayShutterSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import FrameDisplayShutterSequenceItem as FrameDisplayShutterSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem

__all__ = ["FrameDisplayShutterSequenceItem", "ReferencedImageSequenceItem"]
