"""Enumerated Values and Defined Terms of Cardiac Synchronization Technique.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CardiacSynchronizationTechnique as CardiacSynchronizationTechnique
from dicomodel.enums import (
    CardiacSynchronizationTechniqueValue as CardiacSynchronizationTechniqueValue,
)

__all__ = ["CardiacSynchronizationTechnique", "CardiacSynchronizationTechniqueValue"]
