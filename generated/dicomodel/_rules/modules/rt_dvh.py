"""Presence rules of RT DVH Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTDVHModule = (
    "table_C.8-40",
    (
        (
            "ReferencedStructureSetSequence",
            Attribute(0x300C0060, "SQ", "1", "1", name="Referenced Structure Set Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "DVHNormalizationPoint",
            Attribute(0x30040040, "DS", "3", "3", name="DVH Normalization Point"),
            None,
        ),
        (
            "DVHNormalizationDoseValue",
            Attribute(0x30040042, "DS", "1", "3", name="DVH Normalization Dose Value"),
            None,
        ),
        (
            "DVHSequence",
            Attribute(0x30040050, "SQ", "1", "1", name="DVH Sequence"),
            Lazy("dicomodel.items.dvh_sequence_item", "DVHSequenceItem"),
        ),
    ),
)
