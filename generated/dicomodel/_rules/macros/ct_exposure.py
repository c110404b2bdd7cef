"""Presence rules of CT Exposure Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CTExposureMacro = (
    "table_C.8-124",
    (
        (
            "CTExposureSequence",
            Attribute(0x00189321, "SQ", "1", "1", name="CT Exposure Sequence"),
            Lazy("dicomodel.items.ct_exposure_sequence_item", "CTExposureSequenceItem"),
        ),
    ),
)
