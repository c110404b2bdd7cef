"""Presence rules of Patient to Equipment Relationship Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PatientToEquipmentRelationshipMacro = (
    "table_10.39-1",
    (
        (
            "ImageToEquipmentMappingMatrix",
            Attribute(0x00289520, "DS", "16", "1", name="Image to Equipment Mapping Matrix"),
            None,
        ),
        (
            "FrameOfReferenceTransformationComment",
            Attribute(0x300600C8, "LO", "1", "3", name="Frame of Reference Transformation Comment"),
            None,
        ),
        (
            "PatientLocationCoordinatesSequence",
            Attribute(0x300600C9, "SQ", "1", "2", name="Patient Location Coordinates Sequence"),
            Lazy(
                "dicomodel.items.patient_location_coordinates_sequence_item",
                "PatientLocationCoordinatesSequenceItem",
            ),
        ),
        (
            "PatientSupportPositionSequence",
            Attribute(0x300600CB, "SQ", "1", "2", name="Patient Support Position Sequence"),
            Lazy("dicomodel.items.patient_support_position_item", "PatientSupportPositionItem"),
        ),
    ),
)
