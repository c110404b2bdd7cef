"""Item class SpecimenDescriptionSequenceItemImageAcquisitionResults.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    SpecimenDescriptionSequenceItemImageAcquisitionResults as SpecimenDescriptionSequenceItemImageAcquisitionResults,
)

__all__ = ["SpecimenDescriptionSequenceItemImageAcquisitionResults"]
