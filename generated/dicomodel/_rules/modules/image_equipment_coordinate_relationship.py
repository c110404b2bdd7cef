"""Presence rules of Image - Equipment Coordinate Relationship Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ImageEquipmentCoordinateRelationshipModule = (
    "table_C.7.6.21-1",
    (
        (
            "ImageToEquipmentMappingMatrix",
            Attribute(0x00289520, "DS", "16", "1", name="Image to Equipment Mapping Matrix"),
            None,
        ),
        (
            "EquipmentCoordinateSystemIdentification",
            Attribute(
                0x00289537, "CS", "1", "1", name="Equipment Coordinate System Identification"
            ),
            None,
        ),
    ),
)
