"""Item class ContrastBolusUsageSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContrastBolusAgentAdministered as ContrastBolusAgentAdministered
from dicomodel.enums import ContrastBolusAgentDetected as ContrastBolusAgentDetected
from dicomodel.enums import ContrastBolusAgentPhaseTerm as ContrastBolusAgentPhaseTerm
from dicomodel.items import ContrastBolusUsageSequenceItem as ContrastBolusUsageSequenceItem

__all__ = [
    "ContrastBolusAgentAdministered",
    "ContrastBolusAgentDetected",
    "ContrastBolusAgentPhaseTerm",
    "ContrastBolusUsageSequenceItem",
]
