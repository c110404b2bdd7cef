"""Presence rules of PET Frame Acquisition Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PETFrameAcquisitionMacro = (
    "table_C.8.22-11",
    (
        (
            "PETFrameAcquisitionSequence",
            Attribute(0x00189732, "SQ", "1", "1", name="PET Frame Acquisition Sequence"),
            Lazy(
                "dicomodel.items.pet_frame_acquisition_sequence_item",
                "PETFrameAcquisitionSequenceItem",
            ),
        ),
    ),
)
