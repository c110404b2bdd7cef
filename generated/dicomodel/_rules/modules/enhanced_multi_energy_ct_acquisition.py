"""Presence rules of Enhanced Multi-energy CT Acquisition Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
EnhancedMultiEnergyCTAcquisitionModule = (
    "table_C.8.15.4-1",
    (
        (
            "MultienergyCTXRaySourceSequence",
            Attribute(0x00189365, "SQ", "1", "1", name="Multi-energy CT X-Ray Source Sequence"),
            Lazy(
                "dicomodel.items.multienergy_ctx_ray_source_sequence_item",
                "MultienergyCTXRaySourceSequenceItem",
            ),
        ),
        (
            "MultienergyCTXRayDetectorSequence",
            Attribute(0x0018936F, "SQ", "1", "1", name="Multi-energy CT X-Ray Detector Sequence"),
            Lazy(
                "dicomodel.items.multienergy_ctx_ray_detector_sequence_item",
                "MultienergyCTXRayDetectorSequenceItem",
            ),
        ),
        (
            "MultienergyCTPathSequence",
            Attribute(0x00189379, "SQ", "1", "1", name="Multi-energy CT Path Sequence"),
            Lazy(
                "dicomodel.items.multienergy_ct_path_sequence_item", "MultienergyCTPathSequenceItem"
            ),
        ),
    ),
)
