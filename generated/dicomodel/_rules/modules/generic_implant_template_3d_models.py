"""Presence rules of Generic Implant Template 3D Models Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
GenericImplantTemplate3DModelsModule = (
    "table_C.29.1.3-1",
    (
        (
            "ImplantTemplate3DModelSurfaceNumber",
            Attribute(
                0x00686350, "US", "1-n", "1", name="Implant Template 3D Model Surface Number"
            ),
            None,
        ),
        (
            "SurfaceModelDescriptionSequence",
            Attribute(0x00686360, "SQ", "1", "1", name="Surface Model Description Sequence"),
            Lazy(
                "dicomodel.items.surface_model_description_sequence_item",
                "SurfaceModelDescriptionSequenceItem",
            ),
        ),
        (
            "SurfaceModelScalingFactor",
            Attribute(0x00686390, "FD", "1", "1", name="Surface Model Scaling Factor"),
            None,
        ),
    ),
)
