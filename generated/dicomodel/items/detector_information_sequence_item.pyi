"""Item class DetectorInformationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CollimatorTypeTerm as CollimatorTypeTerm
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import FieldOfViewShapeTerm as FieldOfViewShapeTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as ViewModifierCodeSequenceItem
from dicomodel.items import DetectorInformationSequenceItem as DetectorInformationSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import ViewCodeSequenceItem as ViewCodeSequenceItem

__all__ = [
    "CollimatorTypeTerm",
    "ContextGroupExtensionFlag",
    "DetectorInformationSequenceItem",
    "EquivalentCodeSequenceItem",
    "FieldOfViewShapeTerm",
    "MappingResourceTerm",
    "ViewCodeSequenceItem",
    "ViewModifierCodeSequenceItem",
]
