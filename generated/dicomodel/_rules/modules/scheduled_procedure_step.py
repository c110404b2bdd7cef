"""Presence rules of Scheduled Procedure Step Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ScheduledProcedureStepModule = (
    "table_C.4-10",
    (
        (
            "ScheduledProcedureStepSequence",
            Attribute(0x00400100, "SQ", "1", None, name="Scheduled Procedure Step Sequence"),
            Lazy(
                "dicomodel.items.scheduled_procedure_step_sequence_item",
                "ScheduledProcedureStepSequenceItem",
            ),
        ),
        (
            "ScheduledSpecimenSequence",
            Attribute(0x00400500, "SQ", "1", None, name="Scheduled Specimen Sequence"),
            Lazy("dicomodel.items.specimen_item", "SpecimenItem"),
        ),
        ("BarcodeValue", Attribute(0x22000005, "LT", "1", None, name="Barcode Value"), None),
    ),
)
