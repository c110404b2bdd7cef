"""Presence rules of NM Reconstruction Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
NMReconstructionModule = (
    "table_C.8-15",
    (
        (
            "SpacingBetweenSlices",
            Attribute(0x00180088, "DS", "1", "2", name="Spacing Between Slices"),
            None,
        ),
        (
            "ReconstructionDiameter",
            Attribute(0x00181100, "DS", "1", "3", name="Reconstruction Diameter"),
            None,
        ),
        (
            "ConvolutionKernel",
            Attribute(0x00181210, "SH", "1-n", "3", name="Convolution Kernel"),
            None,
        ),
        ("SliceThickness", Attribute(0x00180050, "DS", "1", "2", name="Slice Thickness"), None),
        ("SliceLocation", Attribute(0x00201041, "DS", "1", "3", name="Slice Location"), None),
        (
            "SliceProgressionDirection",
            Attribute(
                0x00540500,
                "CS",
                "1",
                "3",
                name="Slice Progression Direction",
                enumerated=((0, ("APEX_TO_BASE", "BASE_TO_APEX")),),
            ),
            None,
        ),
    ),
)
