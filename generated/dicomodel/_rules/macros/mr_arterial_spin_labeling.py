"""Presence rules of MR Arterial Spin Labeling Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MRArterialSpinLabelingMacro = (
    "table_C.8-100b",
    (
        (
            "MRArterialSpinLabelingSequence",
            Attribute(0x00189251, "SQ", "1", "1", name="MR Arterial Spin Labeling Sequence"),
            Lazy(
                "dicomodel.items.mr_arterial_spin_labeling_sequence_item",
                "MRArterialSpinLabelingSequenceItem",
            ),
        ),
    ),
)
