"""Presence rules of Photoacoustic Image Data Type Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PhotoacousticImageDataTypeMacro = (
    "table_C.8.34.5.3-1",
    (
        (
            "ImageDataTypeSequence",
            Attribute(0x00189807, "SQ", "1", "1", name="Image Data Type Sequence"),
            Lazy(
                "dicomodel.items.image_data_type_sequence_item_photoacoustic_image_data_type",
                "ImageDataTypeSequenceItemPhotoacousticImageDataType",
            ),
        ),
    ),
)
