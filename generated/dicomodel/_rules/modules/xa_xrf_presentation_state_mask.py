"""Presence rules of XA/XRF Presentation State Mask Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XAXRFPresentationStateMaskModule = (
    "table_C.11.19-1",
    (
        (
            "MaskSubtractionSequence",
            Attribute(0x00286100, "SQ", "1", "1", name="Mask Subtraction Sequence"),
            Lazy(
                "dicomodel.items.mask_subtraction_sequence_item_xaxrf_presentation_state_mask",
                "MaskSubtractionSequenceItemXAXRFPresentationStateMask",
            ),
        ),
    ),
)
