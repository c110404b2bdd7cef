"""Presence rules of PET Frame Correction Factors Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PETFrameCorrectionFactorsMacro = (
    "table_C.8.22-15",
    (
        (
            "PETFrameCorrectionFactorsSequence",
            Attribute(0x00189736, "SQ", "1", "1", name="PET Frame Correction Factors Sequence"),
            Lazy(
                "dicomodel.items.pet_frame_correction_factors_sequence_item",
                "PETFrameCorrectionFactorsSequenceItem",
            ),
        ),
    ),
)
