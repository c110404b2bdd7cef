"""Presence rules of Presentation State Blending Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PresentationStateBlendingModule = (
    "table_C.11.14-1",
    (
        (
            "BlendingSequence",
            Attribute(0x00700402, "SQ", "1", "1", name="Blending Sequence"),
            Lazy("dicomodel.items.blending_sequence_item", "BlendingSequenceItem"),
        ),
        ("RelativeOpacity", Attribute(0x00700403, "FL", "1", "1", name="Relative Opacity"), None),
        (
            "ReferencedSpatialRegistrationSequence",
            Attribute(0x00700404, "SQ", "1", "3", name="Referenced Spatial Registration Sequence"),
            Lazy(
                "dicomodel.items.hierarchical_sop_instance_reference_item",
                "HierarchicalSOPInstanceReferenceItem",
            ),
        ),
    ),
)
