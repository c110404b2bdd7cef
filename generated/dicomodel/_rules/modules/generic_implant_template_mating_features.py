"""Presence rules of Generic Implant Template Mating Features Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
GenericImplantTemplateMatingFeaturesModule = (
    "table_C.29.1.4-1",
    (
        (
            "MatingFeatureSetsSequence",
            Attribute(0x006863B0, "SQ", "1", "3", name="Mating Feature Sets Sequence"),
            Lazy(
                "dicomodel.items.mating_feature_sets_sequence_item", "MatingFeatureSetsSequenceItem"
            ),
        ),
    ),
)
