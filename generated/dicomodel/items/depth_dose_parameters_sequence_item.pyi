"""Item class DepthDoseParametersSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ReferenceDoseDefinitionTerm as ReferenceDoseDefinitionTerm
from dicomodel.items import DepthDoseParametersSequenceItem as DepthDoseParametersSequenceItem

__all__ = ["DepthDoseParametersSequenceItem", "ReferenceDoseDefinitionTerm"]
