"""Item class DoseReferenceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DoseReferenceStructureTypeTerm as DoseReferenceStructureTypeTerm
from dicomodel.enums import DoseReferenceTypeTerm as DoseReferenceTypeTerm
from dicomodel.enums import DoseValueInterpretation as DoseValueInterpretation
from dicomodel.items import DoseReferenceSequenceItem as DoseReferenceSequenceItem

__all__ = [
    "DoseReferenceSequenceItem",
    "DoseReferenceStructureTypeTerm",
    "DoseReferenceTypeTerm",
    "DoseValueInterpretation",
]
