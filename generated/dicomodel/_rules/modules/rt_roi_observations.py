"""Presence rules of RT ROI Observations Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTROIObservationsModule = (
    "table_C.8-44",
    (
        (
            "RTROIObservationsSequence",
            Attribute(0x30060080, "SQ", "1", "1", name="RT ROI Observations Sequence"),
            Lazy(
                "dicomodel.items.rtroi_observations_sequence_item", "RTROIObservationsSequenceItem"
            ),
        ),
    ),
)
