"""Presence rules of RT Treatment Phase Interval Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTTreatmentPhaseIntervalMacro = (
    "table_C.36.2.1.3-1",
    (
        (
            "RTTreatmentPhaseIntervalSequence",
            Attribute(0x3010004E, "SQ", "1", "2", name="RT Treatment Phase Interval Sequence"),
            Lazy(
                "dicomodel.items.rt_treatment_phase_interval_sequence_item",
                "RTTreatmentPhaseIntervalSequenceItem",
            ),
        ),
    ),
)
