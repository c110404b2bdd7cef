"""Enumerated Values and Defined Terms of Attenuation Correction Temporal Relationship.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    AttenuationCorrectionTemporalRelationshipTerm as AttenuationCorrectionTemporalRelationshipTerm,
)

__all__ = ["AttenuationCorrectionTemporalRelationshipTerm"]
