"""Presence rules of Image Frame Conversion Source Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ImageFrameConversionSourceMacro = (
    "table_C.7.6.16.2.25.3-1",
    (
        (
            "ConversionSourceAttributesSequence",
            Attribute(0x00209172, "SQ", "1", "1", name="Conversion Source Attributes Sequence"),
            Lazy(
                "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
            ),
        ),
    ),
)
