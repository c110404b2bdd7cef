"""Enumerated Values and Defined Terms of Attenuation Correction Temporal Relationship.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "AttenuationCorrectionTemporalRelationshipTerm",
]


class AttenuationCorrectionTemporalRelationshipTerm(StrEnum):
    """Defined Terms of Attenuation Correction Temporal Relationship (0018,9770) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    CONCURRENT = "CONCURRENT"
    """The attenuation correction source image is acquired at approximately the same time and with the patient in the same body position as the PET image; for example, as acquired on a hybrid scanner"""
    SEPARATE = "SEPARATE"
    """The attenuation correction source image is acquired at a different time, on a different system, or the patient has been moved significantly enough to cause soft tissue movement; for example, an attenuation correction source image acquired on a separate CT scanner, so that the patient must move from one bed to another"""
    SIMULTANEOUS = "SIMULTANEOUS"
    """The attenuation correction source image is acquired at the same time and with the patient in the same body position as the PET image"""
