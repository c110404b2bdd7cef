"""Presence rules of Multi-energy CT X-Ray Detector Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MultiEnergyCTXRayDetectorMacro = (
    "table_C.8.2.2-3",
    (
        (
            "MultienergyCTXRayDetectorSequence",
            Attribute(0x0018936F, "SQ", "1", "1", name="Multi-energy CT X-Ray Detector Sequence"),
            Lazy(
                "dicomodel.items.multienergy_ctx_ray_detector_sequence_item",
                "MultienergyCTXRayDetectorSequenceItem",
            ),
        ),
    ),
)
