"""Presence rules of RT Treatment Phase Intent Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTTreatmentPhaseIntentModule = (
    "table_C.36.7-1",
    (
        (
            "IntendedRTTreatmentPhaseSequence",
            Attribute(0x3010004B, "SQ", "1", "1", name="Intended RT Treatment Phase Sequence"),
            Lazy("dicomodel.items.rt_treatment_phase_item", "RTTreatmentPhaseItem"),
        ),
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
