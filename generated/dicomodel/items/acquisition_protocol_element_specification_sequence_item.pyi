"""Item class AcquisitionProtocolElementSpecificationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ConstraintType as ConstraintType
from dicomodel.enums import ConstraintViolationSignificance as ConstraintViolationSignificance
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ModifiableConstraintFlag as ModifiableConstraintFlag
from dicomodel.items import (
    AcquisitionProtocolElementSpecificationSequenceItem as AcquisitionProtocolElementSpecificationSequenceItem,
)
from dicomodel.items import AttributeValueItem as ConstraintValueSequenceItem
from dicomodel.items import AttributeValueItem as RecommendedDefaultValueSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SelectorCodeSequenceValueItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    ParametersSpecificationSequenceItem as ParametersSpecificationSequenceItem,
)

__all__ = [
    "AcquisitionProtocolElementSpecificationSequenceItem",
    "ConstraintType",
    "ConstraintValueSequenceItem",
    "ConstraintViolationSignificance",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ModifiableConstraintFlag",
    "ParametersSpecificationSequenceItem",
    "RecommendedDefaultValueSequenceItem",
    "SelectorCodeSequenceValueItem",
]
