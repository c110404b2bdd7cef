"""Presence rules of CT Acquisition Details Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CTAcquisitionDetailsMacro = (
    "table_C.8-119",
    (
        (
            "CTAcquisitionDetailsSequence",
            Attribute(0x00189304, "SQ", "1", "1", name="CT Acquisition Details Sequence"),
            Lazy(
                "dicomodel.items.ct_acquisition_details_sequence_item",
                "CTAcquisitionDetailsSequenceItem",
            ),
        ),
    ),
)
