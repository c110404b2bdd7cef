"""Item class DeliveredDepthDoseParametersSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    DeliveredReferenceDoseDefinitionTerm as DeliveredReferenceDoseDefinitionTerm,
)
from dicomodel.items import (
    DeliveredDepthDoseParametersSequenceItem as DeliveredDepthDoseParametersSequenceItem,
)

__all__ = ["DeliveredDepthDoseParametersSequenceItem", "DeliveredReferenceDoseDefinitionTerm"]
