"""Item class SpecificAbsorptionRateSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    SpecificAbsorptionRateDefinitionTerm as SpecificAbsorptionRateDefinitionTerm,
)
from dicomodel.items import SpecificAbsorptionRateSequenceItem as SpecificAbsorptionRateSequenceItem

__all__ = ["SpecificAbsorptionRateDefinitionTerm", "SpecificAbsorptionRateSequenceItem"]
