"""Presence rules of MR Spatial Saturation Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MRSpatialSaturationMacro = (
    "table_C.8-98",
    (
        (
            "MRSpatialSaturationSequence",
            Attribute(0x00189107, "SQ", "1", "2", name="MR Spatial Saturation Sequence"),
            Lazy(
                "dicomodel.items.mr_spatial_saturation_sequence_item",
                "MRSpatialSaturationSequenceItem",
            ),
        ),
    ),
)
