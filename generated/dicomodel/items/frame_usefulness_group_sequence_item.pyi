"""Item class FrameUsefulnessGroupSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import IncludesImagingSubject as IncludesImagingSubject
from dicomodel.enums import IncludesInformation as IncludesInformation
from dicomodel.items import FrameUsefulnessGroupSequenceItem as FrameUsefulnessGroupSequenceItem

__all__ = ["FrameUsefulnessGroupSequenceItem", "IncludesImagingSubject", "IncludesInformation"]
