"""Item class PlanningLandmarkLineSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as PlanningLandmarkIdentificationCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import PlanningLandmarkLineSequenceItem as PlanningLandmarkLineSequenceItem
from dicomodel.items import TwoDLineCoordinatesSequenceItem as TwoDLineCoordinatesSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PlanningLandmarkIdentificationCodeSequenceItem",
    "PlanningLandmarkLineSequenceItem",
    "TwoDLineCoordinatesSequenceItem",
]
