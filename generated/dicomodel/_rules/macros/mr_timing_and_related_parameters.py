"""Presence rules of MR Timing and Related Parameters Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MRTimingAndRelatedParametersMacro = (
    "table_C.8-89",
    (
        (
            "MRTimingAndRelatedParametersSequence",
            Attribute(0x00189112, "SQ", "1", "1", name="MR Timing and Related Parameters Sequence"),
            Lazy(
                "dicomodel.items.mr_timing_and_related_parameters_sequence_item",
                "MRTimingAndRelatedParametersSequenceItem",
            ),
        ),
    ),
)
