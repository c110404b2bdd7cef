"""Presence rules of Display QA Result Context Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
DisplayQAResultContextMacro = (
    "table_C.32.3.1-1",
    (
        (
            "PerformedProcedureStepStartDateTime",
            Attribute(0x00404050, "DT", "1", None, name="Performed Procedure Step Start DateTime"),
            None,
        ),
        (
            "PerformedProcedureStepEndDateTime",
            Attribute(0x00404051, "DT", "1", None, name="Performed Procedure Step End DateTime"),
            None,
        ),
        (
            "ActualHumanPerformersSequence",
            Attribute(0x00404035, "SQ", "1", None, name="Actual Human Performer Sequence"),
            Lazy(
                "dicomodel.items.actual_human_performers_sequence_item",
                "ActualHumanPerformersSequenceItem",
            ),
        ),
        (
            "MeasurementEquipmentSequence",
            Attribute(0x00287012, "SQ", "1", None, name="Measurement Equipment Sequence"),
            Lazy(
                "dicomodel.items.measurement_equipment_sequence_item",
                "MeasurementEquipmentSequenceItem",
            ),
        ),
    ),
)
