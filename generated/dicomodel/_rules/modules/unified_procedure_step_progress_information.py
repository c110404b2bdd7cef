"""Presence rules of Unified Procedure Step Progress Information Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
UnifiedProcedureStepProgressInformationModule = (
    "table_C.30.1-1",
    (
        (
            "ProcedureStepState",
            Attribute(
                0x00741000,
                "CS",
                "1",
                None,
                name="Procedure Step State",
                enumerated=((0, ("SCHEDULED", "IN PROGRESS", "CANCELED", "COMPLETED")),),
            ),
            None,
        ),
        (
            "ProcedureStepProgressInformationSequence",
            Attribute(0x00741002, "SQ", "1", None, name="Progress Information Sequence"),
            Lazy(
                "dicomodel.items.procedure_step_progress_information_sequence_item",
                "ProcedureStepProgressInformationSequenceItem",
            ),
        ),
    ),
)
