"""Item class RTPrescriptionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ConceptualVolumeBlockingConstraint as ConceptualVolumeBlockingConstraint
from dicomodel.enums import ConceptualVolumeCombinationFlag as ConceptualVolumeCombinationFlag
from dicomodel.enums import (
    ConceptualVolumeSegmentationDefinedFlag as ConceptualVolumeSegmentationDefinedFlag,
)
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import (
    FractionBasedRelationshipIntervalAnchor as FractionBasedRelationshipIntervalAnchor,
)
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import RadiotherapyTreatmentType as RadiotherapyTreatmentType
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import (
    AlgorithmIdentificationItem as ConceptualVolumeDerivationAlgorithmSequenceItem,
)
from dicomodel.items import CodeSequenceItem as AlgorithmFamilyCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AlgorithmNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptualVolumeCategoryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptualVolumeTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptualVolumeTypeModifierCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DeliveryTimeStructureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientEquipmentRelationshipCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientOrientationModifierCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RTTreatmentTechniqueCodeSequenceItem
from dicomodel.items import CodeSequenceItem as TherapeuticRoleCategoryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as TherapeuticRoleTypeCodeSequenceItem
from dicomodel.items import (
    ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeConstituentSegmentationReferenceSequenceItem,
)
from dicomodel.items import (
    ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeSegmentationReferenceSequenceItem,
)
from dicomodel.items import (
    ConceptualVolumeConstituentSequenceItem as ConceptualVolumeConstituentSequenceItem,
)
from dicomodel.items import (
    ConceptualVolumeSegmentationReferenceAndCombinationItem as ConceptualVolumeSequenceItem,
)
from dicomodel.items import ContentItem as PrescriptionNotesSequenceItem
from dicomodel.items import (
    DerivationConceptualVolumeSequenceItem as DerivationConceptualVolumeSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    EquivalentConceptualVolumesSequenceItem as EquivalentConceptualVolumesSequenceItem,
)
from dicomodel.items import (
    FractionBasedRelationshipSequenceItem as FractionBasedRelationshipSequenceItem,
)
from dicomodel.items import FractionPatternSequenceItem as FractionPatternSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem
from dicomodel.items import (
    PatientOrientationAndEquipmentRelationshipItem as PatientTreatmentOrientationSequenceItem,
)
from dicomodel.items import PatientOrientationCodeSequenceItem as PatientOrientationCodeSequenceItem
from dicomodel.items import (
    ReferencedDosimetricObjectivesSequenceItem as ReferencedDosimetricObjectivesSequenceItem,
)
from dicomodel.items import (
    ReferencedRTTreatmentPhaseSequenceItem as ReferencedRTTreatmentPhaseSequenceItem,
)
from dicomodel.items import (
    ReferencedSeriesSequenceItemRelatedInformationEntities as ReferencedSeriesSequenceItem,
)
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem
from dicomodel.items import ReferencedStudySequenceItem as ReferencedStudySequenceItem
from dicomodel.items import RelatedInformationEntitiesItem as PlanningInputInformationSequenceItem
from dicomodel.items import RTAnatomicPrescriptionSequenceItem as RTAnatomicPrescriptionSequenceItem
from dicomodel.items import RTPrescriptionSequenceItem as RTPrescriptionSequenceItem
from dicomodel.items import (
    SOPInstanceReferenceItem as EquivalentConceptualVolumeInstanceReferenceSequenceItem,
)
from dicomodel.items import SOPInstanceReferenceItem as OriginatingSOPInstanceReferenceSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as PriorTreatmentReferenceSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedDirectSegmentInstanceSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedInstanceSequenceItem
from dicomodel.items import SourceConceptualVolumeSequenceItem as SourceConceptualVolumeSequenceItem
from dicomodel.items import WeekdayFractionPatternSequenceItem as WeekdayFractionPatternSequenceItem

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ConceptualVolumeBlockingConstraint",
    "ConceptualVolumeCategoryCodeSequenceItem",
    "ConceptualVolumeCombinationFlag",
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ConceptualVolumeConstituentSequenceItem",
    "ConceptualVolumeDerivationAlgorithmSequenceItem",
    "ConceptualVolumeSegmentationDefinedFlag",
    "ConceptualVolumeSegmentationReferenceSequenceItem",
    "ConceptualVolumeSequenceItem",
    "ConceptualVolumeTypeCodeSequenceItem",
    "ConceptualVolumeTypeModifierCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DeliveryTimeStructureCodeSequenceItem",
    "DerivationConceptualVolumeSequenceItem",
    "EquivalentCodeSequenceItem",
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem",
    "EquivalentConceptualVolumesSequenceItem",
    "FractionBasedRelationshipIntervalAnchor",
    "FractionBasedRelationshipSequenceItem",
    "FractionPatternSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OriginatingSOPInstanceReferenceSequenceItem",
    "PatientEquipmentRelationshipCodeSequenceItem",
    "PatientOrientationCodeSequenceItem",
    "PatientOrientationModifierCodeSequenceItem",
    "PatientTreatmentOrientationSequenceItem",
    "PlanningInputInformationSequenceItem",
    "PrescriptionNotesSequenceItem",
    "PriorTreatmentReferenceSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "RTAnatomicPrescriptionSequenceItem",
    "RTPrescriptionSequenceItem",
    "RTTreatmentTechniqueCodeSequenceItem",
    "RadiotherapyTreatmentType",
    "ReferencedDirectSegmentInstanceSequenceItem",
    "ReferencedDosimetricObjectivesSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedRTTreatmentPhaseSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedStudySequenceItem",
    "SourceConceptualVolumeSequenceItem",
    "TherapeuticRoleCategoryCodeSequenceItem",
    "TherapeuticRoleTypeCodeSequenceItem",
    "ValueType",
    "WeekdayFractionPatternSequenceItem",
]
