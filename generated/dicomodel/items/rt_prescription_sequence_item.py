"""Item class RTPrescriptionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.radiotherapy_treatment_type import (
        RadiotherapyTreatmentTypeValue as _RadiotherapyTreatmentTypeValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.content_item import ContentItem as _ContentItem
    from dicomodel.items.fraction_based_relationship_sequence_item import (
        FractionBasedRelationshipSequenceItem as _FractionBasedRelationshipSequenceItem,
    )
    from dicomodel.items.fraction_pattern_sequence_item import (
        FractionPatternSequenceItem as _FractionPatternSequenceItem,
    )
    from dicomodel.items.patient_orientation_and_equipment_relationship_item import (
        PatientOrientationAndEquipmentRelationshipItem as _PatientOrientationAndEquipmentRelationshipItem,
    )
    from dicomodel.items.referenced_dosimetric_objectives_sequence_item import (
        ReferencedDosimetricObjectivesSequenceItem as _ReferencedDosimetricObjectivesSequenceItem,
    )
    from dicomodel.items.referenced_rt_treatment_phase_sequence_item import (
        ReferencedRTTreatmentPhaseSequenceItem as _ReferencedRTTreatmentPhaseSequenceItem,
    )
    from dicomodel.items.related_information_entities_item import (
        RelatedInformationEntitiesItem as _RelatedInformationEntitiesItem,
    )
    from dicomodel.items.rt_anatomic_prescription_sequence_item import (
        RTAnatomicPrescriptionSequenceItem as _RTAnatomicPrescriptionSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ContentItem = Lazy("dicomodel.items.content_item", "ContentItem")
    _FractionBasedRelationshipSequenceItem = Lazy(
        "dicomodel.items.fraction_based_relationship_sequence_item",
        "FractionBasedRelationshipSequenceItem",
    )
    _FractionPatternSequenceItem = Lazy(
        "dicomodel.items.fraction_pattern_sequence_item", "FractionPatternSequenceItem"
    )
    _PatientOrientationAndEquipmentRelationshipItem = Lazy(
        "dicomodel.items.patient_orientation_and_equipment_relationship_item",
        "PatientOrientationAndEquipmentRelationshipItem",
    )
    _RTAnatomicPrescriptionSequenceItem = Lazy(
        "dicomodel.items.rt_anatomic_prescription_sequence_item",
        "RTAnatomicPrescriptionSequenceItem",
    )
    _RadiotherapyTreatmentTypeValue = Lazy(
        "dicomodel.enums.radiotherapy_treatment_type", "RadiotherapyTreatmentTypeValue"
    )
    _ReferencedDosimetricObjectivesSequenceItem = Lazy(
        "dicomodel.items.referenced_dosimetric_objectives_sequence_item",
        "ReferencedDosimetricObjectivesSequenceItem",
    )
    _ReferencedRTTreatmentPhaseSequenceItem = Lazy(
        "dicomodel.items.referenced_rt_treatment_phase_sequence_item",
        "ReferencedRTTreatmentPhaseSequenceItem",
    )
    _RelatedInformationEntitiesItem = Lazy(
        "dicomodel.items.related_information_entities_item", "RelatedInformationEntitiesItem"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
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
    from dicomodel.enums.fraction_based_relationship_interval_anchor import (
        FractionBasedRelationshipIntervalAnchor as FractionBasedRelationshipIntervalAnchor,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
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


class RTPrescriptionSequenceItem(DicomModel):
    """An item of RT Prescription Sequence (3010,006B), as first defined in RT Enhanced Prescription Module Attributes (C.36.6-1)."""

    dicom_name: ClassVar[str] = "RT Prescription Sequence"
    dicom_table: ClassVar[str] = "table_C.36.6-1"

    RTPrescriptionLabel: Annotated[
        vr.LO, Attribute(0x30100054, "LO", "1", "1", name="RT Prescription Label")
    ]
    """RT Prescription Label (3010,0054): Type 1, VR LO, VM 1. User-defined label for this prescription. See Section 10.31.1.1."""

    RTPrescriptionIndex: Annotated[
        vr.US, Attribute(0x3010003C, "US", "1", "1", name="RT Prescription Index")
    ]
    """RT Prescription Index (3010,003C): Type 1, VR US, VM 1. Index of the prescription in the Sequence. The value shall start at 1 and increase monotonically by 1."""

    ReferencedRTPhysicianIntentIndex: Annotated[
        vr.US | None,
        Attribute(
            0x3010005E,
            "US",
            "1",
            "1C",
            name="Referenced RT Physician Intent Index",
            when=("not", ("present", 0x30100042)),
        ),
    ] = None
    """Referenced RT Physician Intent Index (3010,005E): Type 1C, VR US, VM 1. Required if Referenced Parent RT Prescription Index (3010,0042) is absent. The value of the RT Physician Intent Index (3010,0058) in the RT Physician Intent Sequence (3010,0057) corresponding to the intent for which this prescription is created."""

    ReferencedParentRTPrescriptionIndex: Annotated[
        vr.US | None,
        Attribute(
            0x30100042,
            "US",
            "1",
            "1C",
            name="Referenced Parent RT Prescription Index",
            when=("not", ("present", 0x3010005E)),
        ),
    ] = None
    """Referenced Parent RT Prescription Index (3010,0042): Type 1C, VR US, VM 1. Required if the Referenced RT Physician Intent Index (3010,005E) is absent. The value of the RT Prescription Index (3010,003C) corresponding to a prescription that is the parent prescription to this one. This Attribute shall reference a Prescription that contains Referenced RT Physician Intent Index (3010,005E)."""

    ReferencedDosimetricObjectivesSequence: Annotated[
        list[_ReferencedDosimetricObjectivesSequenceItem] | None,
        Attribute(0x30100071, "SQ", "1", "2", name="Referenced Dosimetric Objectives Sequence"),
    ]
    """Referenced Dosimetric Objectives Sequence (3010,0071): Type 2, VR SQ, VM 1. References to Dosimetric Objectives in the Dosimetric Objective Sequence (3010,006C) applicable to this prescription. See Section C.36.6.1.6. Zero or more Items shall be included in this Sequence."""

    RTAnatomicPrescriptionSequence: Annotated[
        list[_RTAnatomicPrescriptionSequenceItem],
        Attribute(0x30100060, "SQ", "1", "1", name="RT Anatomic Prescription Sequence"),
    ]
    """RT Anatomic Prescription Sequence (3010,0060): Type 1, VR SQ, VM 1. Prescriptions for an anatomic region. One or more Items shall be included in this Sequence."""

    ReferencedRTTreatmentPhaseSequence: Annotated[
        list[_ReferencedRTTreatmentPhaseSequenceItem] | None,
        Attribute(
            0x30100049,
            "SQ",
            "1",
            "1C",
            name="Referenced RT Treatment Phase Sequence",
            when=(
                "unknown",
                "condition not read: no verb after 'RT Treatment Phase Intent Presence Flag (3010,0045) of this RT' (in 'Required if RT Treatment Phase Intent Presence Flag (3010,0045) of this RT Physician Intent SOP Instance equals YES')",
            ),
        ),
    ] = None
    """Referenced RT Treatment Phase Sequence (3010,0049): Type 1C, VR SQ, VM 1. Required if RT Treatment Phase Intent Presence Flag (3010,0045) of this RT Physician Intent SOP Instance equals YES. Referenced treatment phase(s) to which this prescription applies. Required if RT Treatment Phase Intent Presence Flag (3010,0045) of this RT Physician Intent SOP Instance equals YES. One or more Items shall be included in this Sequence."""

    FractionBasedRelationshipSequence: Annotated[
        list[_FractionBasedRelationshipSequenceItem] | None,
        Attribute(0x30100082, "SQ", "1", "2", name="Fraction-Based Relationship Sequence"),
    ]
    """Fraction-Based Relationship Sequence (3010,0082): Type 2, VR SQ, VM 1. The relationship of this prescription to another prescription, expressed in fractions. Zero or one Item shall be included in this Sequence. See Section C.36.6.1.4."""

    PriorTreatmentDoseDescription: Annotated[
        vr.UT | None, Attribute(0x30100061, "UT", "1", "2", name="Prior Treatment Dose Description")
    ]
    """Prior Treatment Dose Description (3010,0061): Type 2, VR UT, VM 1. Description of radiotherapy treatment previously delivered to the patient for the purpose of evaluation of prior dose."""

    PriorTreatmentReferenceSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x30100062, "SQ", "1", "2", name="Prior Treatment Reference Sequence"),
    ]
    """Prior Treatment Reference Sequence (3010,0062): Type 2, VR SQ, VM 1. References to SOP Instances representing prior treatments, e.g. for the purpose of extracting information about prior dose. Zero or more Items shall be included in this Sequence."""

    PlanningInputInformationSequence: Annotated[
        list[_RelatedInformationEntitiesItem] | None,
        Attribute(0x30100076, "SQ", "1", "2", name="Planning Input Information Sequence"),
    ]
    """Planning Input Information Sequence (3010,0076): Type 2, VR SQ, VM 1. References to SOP Instances to be used during planning for the delivery of this prescription. When there are multiple Purposes of References, one Item will be included for each purpose. Zero or more Items shall be included in this Sequence."""

    PrescriptionNotes: Annotated[
        vr.UT | None, Attribute(0x3010007B, "UT", "1", "3", name="Prescription Notes")
    ] = None
    """Prescription Notes (3010,007B): Type 3, VR UT, VM 1. Notes on this prescription, such as special provisions for this patient's treatment or other patient conditions."""

    NumberOfFractions: Annotated[
        vr.US | None, Attribute(0x3010007D, "US", "1", "3", name="Number of Fractions")
    ] = None
    """Number of Fractions (3010,007D): Type 3, VR US, VM 1. Number of Fractions in this prescription."""

    IntendedDeliveryDuration: Annotated[
        vr.US | None, Attribute(0x3010007E, "US", "1", "3", name="Intended Delivery Duration")
    ] = None
    """Intended Delivery Duration (3010,007E): Type 3, VR US, VM 1. Number of days across which the fractions in this prescription will be delivered."""

    FractionationNotes: Annotated[
        vr.UT | None, Attribute(0x3010007F, "UT", "1", "3", name="Fractionation Notes")
    ] = None
    """Fractionation Notes (3010,007F): Type 3, VR UT, VM 1. Notes describing the fractionation approach."""

    DeliveryTimeStructureCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x30100088, "SQ", "1", "3", name="Delivery Time Structure Code Sequence"),
    ] = None
    """Delivery Time Structure Code Sequence (3010,0088): Type 3, VR SQ, VM 1. The time structure, i.e. fractionation type, to be used for the delivery of treatment. Zero or one Items shall be included in this Sequence."""

    FractionPatternSequence: Annotated[
        list[_FractionPatternSequenceItem] | None,
        Attribute(
            0x30100079,
            "SQ",
            "1",
            "1C",
            name="Fraction Pattern Sequence",
            when=("unknown", "names no attribute: a fraction pattern has been defined"),
        ),
    ] = None
    """Fraction Pattern Sequence (3010,0079): Type 1C, VR SQ, VM 1. Required if a fraction pattern has been defined. The pattern of delivery of fractions within and across days of the week in a machine-readable form. Required if a fraction pattern has been defined. Only a single Item shall be included in this Sequence."""

    TreatmentTechniqueNotes: Annotated[
        vr.UT | None, Attribute(0x3010007A, "UT", "1", "3", name="Treatment Technique Notes")
    ] = None
    """Treatment Technique Notes (3010,007A): Type 3, VR UT, VM 1. Notes on the treatment technique to be used."""

    RadiotherapyTreatmentType: Annotated[
        _RadiotherapyTreatmentTypeValue | None,
        Attribute(
            0x30100046,
            "CS",
            "1",
            "3",
            name="Radiotherapy Treatment Type",
            enumerated=((0, ("TELETHERAPY", "BRACHYTHERAPY")),),
        ),
    ] = None
    """Radiotherapy Treatment Type (3010,0046): Type 3, VR CS, VM 1. Type of radiotherapy. Enumerated Values: TELETHERAPY Treatment in which the source of the radiation is at a distance from the body."""

    TeletherapyRadiationType: Annotated[
        list[vr.CS] | None,
        Attribute(0x30100047, "CS", "1-n", "3", name="Teletherapy Radiation Type"),
    ] = None
    """Teletherapy Radiation Type (3010,0047): Type 3, VR CS, VM 1-n. Type of Radiation used to deliver Teletherapy. Defined Terms: PHOTON NEUTRON ELECTRON ION May be present only if Radiotherapy Treatment Type (3010,9980) has a value of TELETHERAPY."""

    BrachytherapySourceType: Annotated[
        list[vr.CS] | None,
        Attribute(0x30100048, "CS", "1-n", "3", name="Brachytherapy Source Type"),
    ] = None
    """Brachytherapy Source Type (3010,0048): Type 3, VR CS, VM 1-n. Type of Source used to deliver Brachytherapy. Defined Terms: ISOTOPIC ELECTRONIC May be present only if Radiotherapy Treatment Type (3010,9980) has a value of BRACHYTHERAPY."""

    RTTreatmentTechniqueCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x30100080, "SQ", "1", "3", name="RT Treatment Technique Code Sequence"),
    ] = None
    """RT Treatment Technique Code Sequence (3010,0080): Type 3, VR SQ, VM 1. Treatment technique to be used. One or more Items are permitted in this Sequence."""

    PatientTreatmentOrientationSequence: Annotated[
        list[_PatientOrientationAndEquipmentRelationshipItem] | None,
        Attribute(0x30100032, "SQ", "1", "2", name="Patient Treatment Orientation Sequence"),
    ]
    """Patient Treatment Orientation Sequence (3010,0032): Type 2, VR SQ, VM 1. Orientation of the Patient for the treatment. Zero or one Item shall be included in this Sequence."""

    PrescriptionNotesSequence: Annotated[
        list[_ContentItem] | None,
        Attribute(0x30100081, "SQ", "1", "3", name="Prescription Notes Sequence"),
    ] = None
    """Prescription Notes Sequence (3010,0081): Type 3, VR SQ, VM 1. Annotations on aspects of the prescription, like preparation and execution of the treatment. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
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
    "RTTreatmentTechniqueCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
