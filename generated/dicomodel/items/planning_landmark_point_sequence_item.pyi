"""Item class PlanningLandmarkPointSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as PlanningLandmarkIdentificationCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import PlanningLandmarkPointSequenceItem as PlanningLandmarkPointSequenceItem
from dicomodel.items import TwoDPointCoordinatesSequenceItem as TwoDPointCoordinatesSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PlanningLandmarkIdentificationCodeSequenceItem",
    "PlanningLandmarkPointSequenceItem",
    "TwoDPointCoordinatesSequenceItem",
]
