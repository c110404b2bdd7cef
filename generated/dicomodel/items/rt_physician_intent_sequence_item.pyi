"""Item class RTPhysicianIntentSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import RTTreatmentIntentTypeTerm as RTTreatmentIntentTypeTerm
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RTDiagnosisCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RTProtocolCodeSequenceItem
from dicomodel.items import CodeSequenceItem as TreatmentSiteModifierCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem
from dicomodel.items import (
    ReferencedSeriesSequenceItemRelatedInformationEntities as ReferencedSeriesSequenceItem,
)
from dicomodel.items import ReferencedStudySequenceItem as ReferencedStudySequenceItem
from dicomodel.items import (
    RelatedInformationEntitiesItem as RTPhysicianIntentInputInstanceSequenceItem,
)
from dicomodel.items import (
    RTPhysicianIntentPredecessorSequenceItem as RTPhysicianIntentPredecessorSequenceItem,
)
from dicomodel.items import RTPhysicianIntentSequenceItem as RTPhysicianIntentSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedInstanceSequenceItem
from dicomodel.items import TreatmentSiteCodeSequenceItem as TreatmentSiteCodeSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PurposeOfReferenceCodeSequenceItem",
    "RTDiagnosisCodeSequenceItem",
    "RTPhysicianIntentInputInstanceSequenceItem",
    "RTPhysicianIntentPredecessorSequenceItem",
    "RTPhysicianIntentSequenceItem",
    "RTProtocolCodeSequenceItem",
    "RTTreatmentIntentTypeTerm",
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedStudySequenceItem",
    "TreatmentSiteCodeSequenceItem",
    "TreatmentSiteModifierCodeSequenceItem",
]
