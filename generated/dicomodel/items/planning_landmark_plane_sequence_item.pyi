"""Item class PlanningLandmarkPlaneSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as PlanningLandmarkIdentificationCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import PlanningLandmarkPlaneSequenceItem as PlanningLandmarkPlaneSequenceItem
from dicomodel.items import TwoDPlaneCoordinatesSequenceItem as TwoDPlaneCoordinatesSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PlanningLandmarkIdentificationCodeSequenceItem",
    "PlanningLandmarkPlaneSequenceItem",
    "TwoDPlaneCoordinatesSequenceItem",
]
