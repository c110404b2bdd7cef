"""Enumerated Values and Defined Terms of Specific Absorption Rate Definition.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    SpecificAbsorptionRateDefinitionTerm as SpecificAbsorptionRateDefinitionTerm,
)

__all__ = ["SpecificAbsorptionRateDefinitionTerm"]
