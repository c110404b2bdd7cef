"""Presence rules of RT Treatment Summary Record Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTTreatmentSummaryRecordModule = (
    "table_C.8-59",
    (
        (
            "CurrentTreatmentStatus",
            Attribute(
                0x30080200,
                "CS",
                "1",
                "1",
                name="Current Treatment Status",
                enumerated=(
                    (
                        0,
                        (
                            "NOT_STARTED",
                            "ON_TREATMENT",
                            "ON_BREAK",
                            "SUSPENDED",
                            "STOPPED",
                            "COMPLETED",
                        ),
                    ),
                ),
            ),
            None,
        ),
        (
            "TreatmentStatusComment",
            Attribute(0x30080202, "ST", "1", "3", name="Treatment Status Comment"),
            None,
        ),
        (
            "FirstTreatmentDate",
            Attribute(0x30080054, "DA", "1", "2", name="First Treatment Date"),
            None,
        ),
        (
            "MostRecentTreatmentDate",
            Attribute(0x30080056, "DA", "1", "2", name="Most Recent Treatment Date"),
            None,
        ),
        (
            "FractionGroupSummarySequence",
            Attribute(0x30080220, "SQ", "1", "3", name="Fraction Group Summary Sequence"),
            Lazy(
                "dicomodel.items.fraction_group_summary_sequence_item",
                "FractionGroupSummarySequenceItem",
            ),
        ),
        (
            "TreatmentSummaryMeasuredDoseReferenceSequence",
            Attribute(
                0x300800E0,
                "SQ",
                "1",
                "3",
                name="Treatment Summary Measured Dose Reference Sequence",
            ),
            Lazy(
                "dicomodel.items.treatment_summary_measured_dose_reference_sequence_item",
                "TreatmentSummaryMeasuredDoseReferenceSequenceItem",
            ),
        ),
        (
            "TreatmentSummaryCalculatedDoseReferenceSequence",
            Attribute(
                0x30080050,
                "SQ",
                "1",
                "3",
                name="Treatment Summary Calculated Dose Reference Sequence",
            ),
            Lazy(
                "dicomodel.items.treatment_summary_measured_dose_reference_sequence_item",
                "TreatmentSummaryMeasuredDoseReferenceSequenceItem",
            ),
        ),
    ),
)
