"""Presence rules of Patient Physiological State Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PatientPhysiologicalStateMacro = (
    "table_C.7.6.16.2-21",
    (
        (
            "PatientPhysiologicalStateSequence",
            Attribute(0x00189771, "SQ", "1", "1", name="Patient Physiological State Sequence"),
            Lazy(
                "dicomodel.items.patient_physiological_state_sequence_item",
                "PatientPhysiologicalStateSequenceItem",
            ),
        ),
    ),
)
