"""Presence rules of Volumetric Presentation State Relationship Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
VolumetricPresentationStateRelationshipModule = (
    "table_C.11.23-1",
    (
        (
            "VolumetricPresentationInputSetSequence",
            Attribute(
                0x0070120A, "SQ", "1", "1", name="Volumetric Presentation Input Set Sequence"
            ),
            Lazy(
                "dicomodel.items.volumetric_presentation_input_set_sequence_item",
                "VolumetricPresentationInputSetSequenceItem",
            ),
        ),
        (
            "VolumetricPresentationStateInputSequence",
            Attribute(
                0x00701201, "SQ", "1", "1", name="Volumetric Presentation State Input Sequence"
            ),
            Lazy(
                "dicomodel.items.volumetric_presentation_state_input_sequence_item",
                "VolumetricPresentationStateInputSequenceItem",
            ),
        ),
        (
            "GlobalCrop",
            Attribute(
                0x0070120B, "CS", "1", "1", name="Global Crop", enumerated=((0, ("YES", "NO")),)
            ),
            None,
        ),
        (
            "GlobalCroppingSpecificationIndex",
            Attribute(
                0x0070120C,
                "US",
                "1-n",
                "1C",
                name="Global Cropping Specification Index",
                when=("value", 0x0070120B, 0, "in", ("YES",)),
            ),
            None,
        ),
    ),
)
