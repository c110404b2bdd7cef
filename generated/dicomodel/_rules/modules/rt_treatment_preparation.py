"""Presence rules of RT Treatment Preparation Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTTreatmentPreparationModule = (
    "table_C.36.25-1",
    (
        ("EntityLongLabel", Attribute(0x30100038, "LO", "1", "1", name="Entity Long Label"), None),
        (
            "EntityDescription",
            Attribute(0x30100037, "ST", "1", "3", name="Entity Description"),
            None,
        ),
        (
            "RTPatientPositionScopeSequence",
            Attribute(0x300A0784, "SQ", "1", "1", name="RT Patient Position Scope Sequence"),
            Lazy(
                "dicomodel.items.rt_patient_position_scope_with_legacy_support_item",
                "RTPatientPositionScopeWithLegacySupportItem",
            ),
        ),
        (
            "RTTreatmentPreparationPatientPositionSequence",
            Attribute(
                0x300A078A,
                "SQ",
                "1",
                "1",
                name="RT Treatment Preparation Patient Position Sequence",
            ),
            Lazy("dicomodel.items.rt_patient_position_item", "RTPatientPositionItem"),
        ),
        (
            "PatientTreatmentPreparationMethodCodeSequence",
            Attribute(
                0x300A078D,
                "SQ",
                "1",
                "1",
                name="Patient Treatment Preparation Method Code Sequence",
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "PatientTreatmentPreparationMethodDescription",
            Attribute(
                0x300A0792, "LT", "1", "3", name="Patient Treatment Preparation Method Description"
            ),
            None,
        ),
        (
            "ReferencedPatientSetupPhotoSequence",
            Attribute(0x300A078C, "SQ", "1", "3", name="Referenced Patient Setup Photo Sequence"),
            Lazy(
                "dicomodel.items.referenced_patient_setup_photo_sequence_item",
                "ReferencedPatientSetupPhotoSequenceItem",
            ),
        ),
        (
            "PatientTreatmentPreparationProcedureSequence",
            Attribute(
                0x300A0790, "SQ", "1", "2", name="Patient Treatment Preparation Procedure Sequence"
            ),
            Lazy(
                "dicomodel.items.patient_treatment_preparation_procedure_sequence_item",
                "PatientTreatmentPreparationProcedureSequenceItem",
            ),
        ),
    ),
)
