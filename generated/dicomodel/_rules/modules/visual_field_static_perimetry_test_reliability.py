"""Presence rules of Visual Field Static Perimetry Test Reliability Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
VisualFieldStaticPerimetryTestReliabilityModule = (
    "table_C.8.26.3-1",
    (
        (
            "FixationSequence",
            Attribute(0x00240032, "SQ", "1", "1", name="Fixation Sequence"),
            Lazy("dicomodel.items.fixation_sequence_item", "FixationSequenceItem"),
        ),
        (
            "VisualFieldCatchTrialSequence",
            Attribute(0x00240034, "SQ", "1", "1", name="Visual Field Catch Trial Sequence"),
            Lazy(
                "dicomodel.items.visual_field_catch_trial_sequence_item",
                "VisualFieldCatchTrialSequenceItem",
            ),
        ),
        (
            "StimuliRetestingQuantity",
            Attribute(0x00240042, "US", "1", "3", name="Stimuli Retesting Quantity"),
            None,
        ),
        (
            "PatientReliabilityIndicator",
            Attribute(0x00240069, "LO", "1", "3", name="Patient Reliability Indicator"),
            None,
        ),
        (
            "CommentsOnPatientPerformanceOfVisualField",
            Attribute(
                0x00240044, "LT", "1", "3", name="Comments on Patient's Performance of Visual Field"
            ),
            None,
        ),
        (
            "VisualFieldTestReliabilityGlobalIndexSequence",
            Attribute(
                0x00240317,
                "SQ",
                "1",
                "3",
                name="Visual Field Test Reliability Global Index Sequence",
            ),
            Lazy(
                "dicomodel.items.ophthalmic_visual_field_global_index_item",
                "OphthalmicVisualFieldGlobalIndexItem",
            ),
        ),
    ),
)
