"""Item class VisualEvaluationTestSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import TestImageValidation as TestImageValidation
from dicomodel.enums import TestResult as TestResult
from dicomodel.items import CodeSequenceItem as TestPatternCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    ReferencedImageSequenceItemVisualEvaluationResult as ReferencedImageSequenceItem,
)
from dicomodel.items import VisualEvaluationTestSequenceItem as VisualEvaluationTestSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "ReferencedImageSequenceItem",
    "TestImageValidation",
    "TestPatternCodeSequenceItem",
    "TestResult",
    "VisualEvaluationTestSequenceItem",
]
