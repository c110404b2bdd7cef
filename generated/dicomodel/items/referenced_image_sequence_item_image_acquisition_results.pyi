"""Item class ReferencedImageSequenceItemImageAcquisitionResults.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedImageSequenceItemImageAcquisitionResults as ReferencedImageSequenceItemImageAcquisitionResults,
)
from dicomodel.items import (
    SpecimenDescriptionSequenceItemImageAcquisitionResults as SpecimenDescriptionSequenceItem,
)

__all__ = ["ReferencedImageSequenceItemImageAcquisitionResults", "SpecimenDescriptionSequenceItem"]
