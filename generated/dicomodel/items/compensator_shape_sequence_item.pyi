"""Item class CompensatorShapeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CompensatorDivergence as CompensatorDivergence
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as CompensatorShapeFabricationCodeSequenceItem
from dicomodel.items import CompensatorShapeSequenceItem as CompensatorShapeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem

__all__ = [
    "CompensatorDivergence",
    "CompensatorShapeFabricationCodeSequenceItem",
    "CompensatorShapeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
