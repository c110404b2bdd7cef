"""Item class MRTimingAndRelatedParametersSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GradientOutputTypeTerm as GradientOutputTypeTerm
from dicomodel.enums import OperatingModeTerm as OperatingModeTerm
from dicomodel.enums import OperatingModeTypeTerm as OperatingModeTypeTerm
from dicomodel.enums import (
    SpecificAbsorptionRateDefinitionTerm as SpecificAbsorptionRateDefinitionTerm,
)
from dicomodel.items import (
    MRTimingAndRelatedParametersSequenceItem as MRTimingAndRelatedParametersSequenceItem,
)
from dicomodel.items import OperatingModeSequenceItem as OperatingModeSequenceItem
from dicomodel.items import SpecificAbsorptionRateSequenceItem as SpecificAbsorptionRateSequenceItem

__all__ = [
    "GradientOutputTypeTerm",
    "MRTimingAndRelatedParametersSequenceItem",
    "OperatingModeSequenceItem",
    "OperatingModeTerm",
    "OperatingModeTypeTerm",
    "SpecificAbsorptionRateDefinitionTerm",
    "SpecificAbsorptionRateSequenceItem",
]
