"""Item class FiducialSetSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ShapeTypeTerm as ShapeTypeTerm
from dicomodel.items import CodeSequenceItem as FiducialIdentifierCodeSequenceItem
from dicomodel.items import CodeSequenceItem as FiducialsPropertyCategoryCodeSequenceItem
from dicomodel.items import DefinitionSourceSequenceItem as DefinitionSourceSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import FiducialSequenceItem as FiducialSequenceItem
from dicomodel.items import FiducialSetSequenceItem as FiducialSetSequenceItem
from dicomodel.items import GraphicCoordinatesDataSequenceItem as GraphicCoordinatesDataSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "DefinitionSourceSequenceItem",
    "EquivalentCodeSequenceItem",
    "FiducialIdentifierCodeSequenceItem",
    "FiducialSequenceItem",
    "FiducialSetSequenceItem",
    "FiducialsPropertyCategoryCodeSequenceItem",
    "GraphicCoordinatesDataSequenceItem",
    "MappingResourceTerm",
    "ReferencedImageSequenceItem",
    "ShapeTypeTerm",
]
