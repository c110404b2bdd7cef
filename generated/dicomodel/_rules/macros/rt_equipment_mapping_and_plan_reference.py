"""Presence rules of RT Equipment Mapping and Plan Reference Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTEquipmentMappingAndPlanReferenceMacro = (
    "table_C.36.2.4.12-1",
    (
        (
            "EquipmentFrameOfReferenceUID",
            Attribute(
                0x300A0675,
                "UI",
                "1",
                "1C",
                name="Equipment Frame of Reference UID",
                when=("or", ("present", 0x300A07A1), ("present", 0x300A07A0)),
            ),
            None,
        ),
        (
            "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequence",
            Attribute(
                0x300A07A1,
                "SQ",
                "1",
                "3",
                name="Imaging Equipment to Treatment Delivery Device Relationship Sequence",
            ),
            Lazy(
                "dicomodel.items.imaging_equipment_to_treatment_delivery_device_relationship_sequence_item",
                "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem",
            ),
        ),
        (
            "IsocenterPosition",
            Attribute(0x300A012C, "DS", "3", "3", name="Isocenter Position"),
            None,
        ),
        (
            "PatientToEquipmentRelationshipSequence",
            Attribute(
                0x300A07A0, "SQ", "1", "3", name="Patient to Equipment Relationship Sequence"
            ),
            Lazy(
                "dicomodel.items.patient_to_equipment_relationship_sequence_item",
                "PatientToEquipmentRelationshipSequenceItem",
            ),
        ),
        (
            "PatientTreatmentPreparationSequence",
            Attribute(0x300A079F, "SQ", "1", "3", name="Patient Treatment Preparation Sequence"),
            Lazy(
                "dicomodel.items.rt_patient_treatment_preparation_item",
                "RTPatientTreatmentPreparationItem",
            ),
        ),
        (
            "ReferencedRTPlanSequence",
            Attribute(0x300C0002, "SQ", "1", "3", name="Referenced RT Plan Sequence"),
            Lazy(
                "dicomodel.items.referenced_rt_plan_sequence_item_rt_equipment_mapping_and_plan_reference",
                "ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference",
            ),
        ),
    ),
)
