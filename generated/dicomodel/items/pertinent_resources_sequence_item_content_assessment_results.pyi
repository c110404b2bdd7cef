"""Item class PertinentResourcesSequenceItemContentAssessmentResults.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    PertinentResourcesSequenceItemContentAssessmentResults as PertinentResourcesSequenceItemContentAssessmentResults,
)

__all__ = ["PertinentResourcesSequenceItemContentAssessmentResults"]
