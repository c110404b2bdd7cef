"""Presence rules of Patient Positioning Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PatientPositioningModule = (
    "table_C.34.8-1",
    (
        (
            "ProtocolDefinedPatientPosition",
            Attribute(0x00189947, "CS", "1", "1", name="Protocol Defined Patient Position"),
            None,
        ),
        (
            "PatientPositioningInstructionSequence",
            Attribute(0x0018991B, "SQ", "1", "3", name="Patient Positioning Instruction Sequence"),
            Lazy(
                "dicomodel.items.patient_positioning_instruction_sequence_item",
                "PatientPositioningInstructionSequenceItem",
            ),
        ),
        (
            "PositioningMethodCodeSequence",
            Attribute(0x0018991C, "SQ", "1", "3", name="Positioning Method Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "PositioningLandmarkSequence",
            Attribute(0x0018991D, "SQ", "1", "3", name="Positioning Landmark Sequence"),
            Lazy("dicomodel.items.reference_location_item", "ReferenceLocationItem"),
        ),
        (
            "TargetFrameOfReferenceUID",
            Attribute(0x0018991E, "UI", "1", "3", name="Target Frame of Reference UID"),
            None,
        ),
        (
            "TargetPositionReferenceIndicator",
            Attribute(0x0020103F, "LO", "1", "3", name="Target Position Reference Indicator"),
            None,
        ),
        (
            "AnatomicRegionSequence",
            Attribute(0x00082218, "SQ", "1", "2", name="Anatomic Region Sequence"),
            Lazy("dicomodel.items.anatomic_region_sequence_item", "AnatomicRegionSequenceItem"),
        ),
        (
            "PrimaryAnatomicStructureSequence",
            Attribute(0x00082228, "SQ", "1", "2", name="Primary Anatomic Structure Sequence"),
            Lazy(
                "dicomodel.items.primary_anatomic_structure_sequence_item",
                "PrimaryAnatomicStructureSequenceItem",
            ),
        ),
    ),
)
