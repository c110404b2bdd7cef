"""RT Enhanced Prescription Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.dosimetric_objective_sequence_item import (
        DosimetricObjectiveSequenceItem as _DosimetricObjectiveSequenceItem,
    )
    from dicomodel.items.rt_prescription_sequence_item import (
        RTPrescriptionSequenceItem as _RTPrescriptionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _DosimetricObjectiveSequenceItem = Lazy(
        "dicomodel.items.dosimetric_objective_sequence_item", "DosimetricObjectiveSequenceItem"
    )
    _RTPrescriptionSequenceItem = Lazy(
        "dicomodel.items.rt_prescription_sequence_item", "RTPrescriptionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.absolute_dosimetric_objective_flag import (
        AbsoluteDosimetricObjectiveFlag as AbsoluteDosimetricObjectiveFlag,
    )
    from dicomodel.enums.conceptual_volume_blocking_constraint import (
        ConceptualVolumeBlockingConstraint as ConceptualVolumeBlockingConstraint,
    )
    from dicomodel.enums.conceptual_volume_combination_flag import (
        ConceptualVolumeCombinationFlag as ConceptualVolumeCombinationFlag,
    )
    from dicomodel.enums.conceptual_volume_segmentation_defined_flag import (
        ConceptualVolumeSegmentationDefinedFlag as ConceptualVolumeSegmentationDefinedFlag,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.dosimetric_objective_evaluation_scope import (
        DosimetricObjectiveEvaluationScope as DosimetricObjectiveEvaluationScope,
    )
    from dicomodel.enums.dosimetric_objective_purpose import (
        DosimetricObjectivePurpose as DosimetricObjectivePurpose,
    )
    from dicomodel.enums.fraction_based_relationship_interval_anchor import (
        FractionBasedRelationshipIntervalAnchor as FractionBasedRelationshipIntervalAnchor,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.radiobiological_dose_effect_flag import (
        RadiobiologicalDoseEffectFlag as RadiobiologicalDoseEffectFlag,
    )
    from dicomodel.enums.radiotherapy_treatment_type import (
        RadiotherapyTreatmentType as RadiotherapyTreatmentType,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as ConceptualVolumeDerivationAlgorithmSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ConceptualVolumeCategoryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ConceptualVolumeTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ConceptualVolumeTypeModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DeliveryTimeStructureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DosimetricObjectiveTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as EffectiveDoseCalculationMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientEquipmentRelationshipCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientOrientationModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RTTreatmentTechniqueCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TherapeuticRoleCategoryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TherapeuticRoleTypeCodeSequenceItem,
    )
    from dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item import (
        ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeConstituentSegmentationReferenceSequenceItem,
    )
    from dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item import (
        ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeSegmentationReferenceSequenceItem,
    )
    from dicomodel.items.conceptual_volume_constituent_sequence_item import (
        ConceptualVolumeConstituentSequenceItem as ConceptualVolumeConstituentSequenceItem,
    )
    from dicomodel.items.conceptual_volume_segmentation_reference_and_combination_item import (
        ConceptualVolumeSegmentationReferenceAndCombinationItem as ConceptualVolumeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as PrescriptionNotesSequenceItem
    from dicomodel.items.derivation_conceptual_volume_sequence_item import (
        DerivationConceptualVolumeSequenceItem as DerivationConceptualVolumeSequenceItem,
    )
    from dicomodel.items.dosimetric_objective_parameter_sequence_item import (
        DosimetricObjectiveParameterSequenceItem as DosimetricObjectiveParameterSequenceItem,
    )
    from dicomodel.items.dosimetric_objective_sequence_item import (
        DosimetricObjectiveSequenceItem as DosimetricObjectiveSequenceItem,
    )
    from dicomodel.items.effective_dose_calculation_method_category_code_sequence_item import (
        EffectiveDoseCalculationMethodCategoryCodeSequenceItem as EffectiveDoseCalculationMethodCategoryCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.equivalent_conceptual_volumes_sequence_item import (
        EquivalentConceptualVolumesSequenceItem as EquivalentConceptualVolumesSequenceItem,
    )
    from dicomodel.items.fraction_based_relationship_sequence_item import (
        FractionBasedRelationshipSequenceItem as FractionBasedRelationshipSequenceItem,
    )
    from dicomodel.items.fraction_pattern_sequence_item import (
        FractionPatternSequenceItem as FractionPatternSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.patient_orientation_and_equipment_relationship_item import (
        PatientOrientationAndEquipmentRelationshipItem as PatientTreatmentOrientationSequenceItem,
    )
    from dicomodel.items.patient_orientation_code_sequence_item import (
        PatientOrientationCodeSequenceItem as PatientOrientationCodeSequenceItem,
    )
    from dicomodel.items.radiobiological_dose_effect_description_item import (
        RadiobiologicalDoseEffectDescriptionItem as RadiobiologicalDoseEffectSequenceItem,
    )
    from dicomodel.items.referenced_dosimetric_objectives_sequence_item import (
        ReferencedDosimetricObjectivesSequenceItem as ReferencedDosimetricObjectivesSequenceItem,
    )
    from dicomodel.items.referenced_rt_treatment_phase_sequence_item import (
        ReferencedRTTreatmentPhaseSequenceItem as ReferencedRTTreatmentPhaseSequenceItem,
    )
    from dicomodel.items.referenced_series_sequence_item_related_information_entities import (
        ReferencedSeriesSequenceItemRelatedInformationEntities as ReferencedSeriesSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.referenced_study_sequence_item import (
        ReferencedStudySequenceItem as ReferencedStudySequenceItem,
    )
    from dicomodel.items.related_information_entities_item import (
        RelatedInformationEntitiesItem as PlanningInputInformationSequenceItem,
    )
    from dicomodel.items.rt_anatomic_prescription_sequence_item import (
        RTAnatomicPrescriptionSequenceItem as RTAnatomicPrescriptionSequenceItem,
    )
    from dicomodel.items.rt_prescription_sequence_item import (
        RTPrescriptionSequenceItem as RTPrescriptionSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as EquivalentConceptualVolumeInstanceReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as OriginatingSOPInstanceReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as PriorTreatmentReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedDirectSegmentInstanceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedInstanceSequenceItem,
    )
    from dicomodel.items.source_conceptual_volume_sequence_item import (
        SourceConceptualVolumeSequenceItem as SourceConceptualVolumeSequenceItem,
    )
    from dicomodel.items.weekday_fraction_pattern_sequence_item import (
        WeekdayFractionPatternSequenceItem as WeekdayFractionPatternSequenceItem,
    )

__all__ = [
    "AbsoluteDosimetricObjectiveFlag",
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
    "DosimetricObjectiveEvaluationScope",
    "DosimetricObjectiveParameterSequenceItem",
    "DosimetricObjectivePurpose",
    "DosimetricObjectiveSequenceItem",
    "DosimetricObjectiveTypeCodeSequenceItem",
    "EffectiveDoseCalculationMethodCategoryCodeSequenceItem",
    "EffectiveDoseCalculationMethodCodeSequenceItem",
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
    "RTEnhancedPrescriptionModule",
    "RTPrescriptionSequenceItem",
    "RTTreatmentTechniqueCodeSequenceItem",
    "RadiobiologicalDoseEffectFlag",
    "RadiobiologicalDoseEffectSequenceItem",
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


class RTEnhancedPrescriptionModule(DicomModel):
    """RT Enhanced Prescription Module Attributes (PS3.3 Table C.36.6-1)."""

    dicom_name: ClassVar[str] = "RT Enhanced Prescription"
    dicom_table: ClassVar[str] = "table_C.36.6-1"

    RTPrescriptionSequence: Annotated[
        list[_RTPrescriptionSequenceItem],
        Attribute(0x3010006B, "SQ", "1", "1", name="RT Prescription Sequence"),
    ]
    """RT Prescription Sequence (3010,006B): Type 1, VR SQ, VM 1. Prescriptions to deliver therapeutic radiation. One or more Items shall be included in this Sequence."""

    DosimetricObjectiveSequence: Annotated[
        list[_DosimetricObjectiveSequenceItem] | None,
        Attribute(
            0x3010006C,
            "SQ",
            "1",
            "1C",
            name="Dosimetric Objective Sequence",
            when=("unknown", "depends on the objective referenced"),
        ),
    ] = None
    """Dosimetric Objective Sequence (3010,006C): Type 1C, VR SQ, VM 1. Required if any Item in the Referenced Dosimetric Objectives Sequence (3010,0071) references a Dosimetric Objective. Dosimetric Objectives defined for one or more prescription within module. Each Dosimetric Objective referenced in the Referenced Dosimetric Objectives Sequence (3010,0071) shall have a corresponding Item in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AbsoluteDosimetricObjectiveFlag": (
        "dicomodel.enums.absolute_dosimetric_objective_flag",
        "AbsoluteDosimetricObjectiveFlag",
    ),
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptualVolumeBlockingConstraint": (
        "dicomodel.enums.conceptual_volume_blocking_constraint",
        "ConceptualVolumeBlockingConstraint",
    ),
    "ConceptualVolumeCategoryCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ConceptualVolumeCombinationFlag": (
        "dicomodel.enums.conceptual_volume_combination_flag",
        "ConceptualVolumeCombinationFlag",
    ),
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item",
        "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    ),
    "ConceptualVolumeConstituentSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_sequence_item",
        "ConceptualVolumeConstituentSequenceItem",
    ),
    "ConceptualVolumeDerivationAlgorithmSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "ConceptualVolumeSegmentationDefinedFlag": (
        "dicomodel.enums.conceptual_volume_segmentation_defined_flag",
        "ConceptualVolumeSegmentationDefinedFlag",
    ),
    "ConceptualVolumeSegmentationReferenceSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item",
        "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    ),
    "ConceptualVolumeSequenceItem": (
        "dicomodel.items.conceptual_volume_segmentation_reference_and_combination_item",
        "ConceptualVolumeSegmentationReferenceAndCombinationItem",
    ),
    "ConceptualVolumeTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ConceptualVolumeTypeModifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DeliveryTimeStructureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "DerivationConceptualVolumeSequenceItem": (
        "dicomodel.items.derivation_conceptual_volume_sequence_item",
        "DerivationConceptualVolumeSequenceItem",
    ),
    "DosimetricObjectiveEvaluationScope": (
        "dicomodel.enums.dosimetric_objective_evaluation_scope",
        "DosimetricObjectiveEvaluationScope",
    ),
    "DosimetricObjectiveParameterSequenceItem": (
        "dicomodel.items.dosimetric_objective_parameter_sequence_item",
        "DosimetricObjectiveParameterSequenceItem",
    ),
    "DosimetricObjectivePurpose": (
        "dicomodel.enums.dosimetric_objective_purpose",
        "DosimetricObjectivePurpose",
    ),
    "DosimetricObjectiveSequenceItem": (
        "dicomodel.items.dosimetric_objective_sequence_item",
        "DosimetricObjectiveSequenceItem",
    ),
    "DosimetricObjectiveTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "EffectiveDoseCalculationMethodCategoryCodeSequenceItem": (
        "dicomodel.items.effective_dose_calculation_method_category_code_sequence_item",
        "EffectiveDoseCalculationMethodCategoryCodeSequenceItem",
    ),
    "EffectiveDoseCalculationMethodCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "EquivalentConceptualVolumesSequenceItem": (
        "dicomodel.items.equivalent_conceptual_volumes_sequence_item",
        "EquivalentConceptualVolumesSequenceItem",
    ),
    "FractionBasedRelationshipIntervalAnchor": (
        "dicomodel.enums.fraction_based_relationship_interval_anchor",
        "FractionBasedRelationshipIntervalAnchor",
    ),
    "FractionBasedRelationshipSequenceItem": (
        "dicomodel.items.fraction_based_relationship_sequence_item",
        "FractionBasedRelationshipSequenceItem",
    ),
    "FractionPatternSequenceItem": (
        "dicomodel.items.fraction_pattern_sequence_item",
        "FractionPatternSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "OriginatingSOPInstanceReferenceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "PatientEquipmentRelationshipCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientOrientationCodeSequenceItem": (
        "dicomodel.items.patient_orientation_code_sequence_item",
        "PatientOrientationCodeSequenceItem",
    ),
    "PatientOrientationModifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientTreatmentOrientationSequenceItem": (
        "dicomodel.items.patient_orientation_and_equipment_relationship_item",
        "PatientOrientationAndEquipmentRelationshipItem",
    ),
    "PlanningInputInformationSequenceItem": (
        "dicomodel.items.related_information_entities_item",
        "RelatedInformationEntitiesItem",
    ),
    "PrescriptionNotesSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "PriorTreatmentReferenceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RTAnatomicPrescriptionSequenceItem": (
        "dicomodel.items.rt_anatomic_prescription_sequence_item",
        "RTAnatomicPrescriptionSequenceItem",
    ),
    "RTPrescriptionSequenceItem": (
        "dicomodel.items.rt_prescription_sequence_item",
        "RTPrescriptionSequenceItem",
    ),
    "RTTreatmentTechniqueCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RadiobiologicalDoseEffectFlag": (
        "dicomodel.enums.radiobiological_dose_effect_flag",
        "RadiobiologicalDoseEffectFlag",
    ),
    "RadiobiologicalDoseEffectSequenceItem": (
        "dicomodel.items.radiobiological_dose_effect_description_item",
        "RadiobiologicalDoseEffectDescriptionItem",
    ),
    "RadiotherapyTreatmentType": (
        "dicomodel.enums.radiotherapy_treatment_type",
        "RadiotherapyTreatmentType",
    ),
    "ReferencedDirectSegmentInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedDosimetricObjectivesSequenceItem": (
        "dicomodel.items.referenced_dosimetric_objectives_sequence_item",
        "ReferencedDosimetricObjectivesSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedRTTreatmentPhaseSequenceItem": (
        "dicomodel.items.referenced_rt_treatment_phase_sequence_item",
        "ReferencedRTTreatmentPhaseSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.referenced_series_sequence_item_related_information_entities",
        "ReferencedSeriesSequenceItemRelatedInformationEntities",
    ),
    "ReferencedStudySequenceItem": (
        "dicomodel.items.referenced_study_sequence_item",
        "ReferencedStudySequenceItem",
    ),
    "SourceConceptualVolumeSequenceItem": (
        "dicomodel.items.source_conceptual_volume_sequence_item",
        "SourceConceptualVolumeSequenceItem",
    ),
    "TherapeuticRoleCategoryCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "TherapeuticRoleTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
    "WeekdayFractionPatternSequenceItem": (
        "dicomodel.items.weekday_fraction_pattern_sequence_item",
        "WeekdayFractionPatternSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
