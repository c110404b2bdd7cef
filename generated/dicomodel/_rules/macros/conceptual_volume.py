"""Presence rules of Conceptual Volume Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ConceptualVolumeMacro = (
    "table_10.33-1",
    (
        (
            "ConceptualVolumeUID",
            Attribute(0x30100006, "UI", "1", "1", name="Conceptual Volume UID"),
            None,
        ),
        (
            "OriginatingSOPInstanceReferenceSequence",
            Attribute(
                0x30100007,
                "SQ",
                "1",
                "1C",
                name="Originating SOP Instance Reference Sequence",
                when=("unknown", "depends on where the UID was issued"),
            ),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "EquivalentConceptualVolumesSequence",
            Attribute(0x3010000A, "SQ", "1", "3", name="Equivalent Conceptual Volumes Sequence"),
            Lazy(
                "dicomodel.items.equivalent_conceptual_volumes_sequence_item",
                "EquivalentConceptualVolumesSequenceItem",
            ),
        ),
        (
            "DerivationConceptualVolumeSequence",
            Attribute(0x30100014, "SQ", "1", "3", name="Derivation Conceptual Volume Sequence"),
            Lazy(
                "dicomodel.items.derivation_conceptual_volume_sequence_item",
                "DerivationConceptualVolumeSequenceItem",
            ),
        ),
    ),
)
