"""Item class CompensatorDefinitionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CompensatorDivergence as CompensatorDivergence
from dicomodel.enums import CompensatorMapOrientation as CompensatorMapOrientation
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as CompensatorShapeFabricationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DeviceTypeCodeSequenceItem
from dicomodel.items import CompensatorDefinitionSequenceItem as CompensatorDefinitionSequenceItem
from dicomodel.items import CompensatorShapeSequenceItem as CompensatorShapeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import UDIItem as UDISequenceItem

__all__ = [
    "CompensatorDefinitionSequenceItem",
    "CompensatorDivergence",
    "CompensatorMapOrientation",
    "CompensatorShapeFabricationCodeSequenceItem",
    "CompensatorShapeSequenceItem",
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "UDISequenceItem",
]
