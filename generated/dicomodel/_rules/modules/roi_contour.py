"""Presence rules of ROI Contour Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ROIContourModule = (
    "table_C.8-42",
    (
        (
            "ROIContourSequence",
            Attribute(0x30060039, "SQ", "1", "1", name="ROI Contour Sequence"),
            Lazy("dicomodel.items.roi_contour_sequence_item", "ROIContourSequenceItem"),
        ),
    ),
)
