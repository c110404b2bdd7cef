"""Presence rules of Unified Procedure Step Performed Procedure Information Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
UnifiedProcedureStepPerformedProcedureInformationModule = (
    "table_C.30.3-1",
    (
        (
            "UnifiedProcedureStepPerformedProcedureSequence",
            Attribute(
                0x00741216,
                "SQ",
                "1",
                None,
                name="Unified Procedure Step Performed Procedure Sequence",
            ),
            Lazy(
                "dicomodel.items.unified_procedure_step_performed_procedure_sequence_item",
                "UnifiedProcedureStepPerformedProcedureSequenceItem",
            ),
        ),
    ),
)
