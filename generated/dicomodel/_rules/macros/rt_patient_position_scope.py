"""Presence rules of RT Patient Position Scope Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTPatientPositionScopeMacro = (
    "table_C.36.2.3.1-1",
    (
        (
            "ReferencedRTRadiationSequence",
            Attribute(
                0x300A0630,
                "SQ",
                "1",
                "1C",
                name="Referenced RT Radiation Sequence",
                when=("not", ("present", 0x300A0702)),
            ),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "ReferencedRTRadiationSetSequence",
            Attribute(
                0x300A0702,
                "SQ",
                "1",
                "1C",
                name="Referenced RT Radiation Set Sequence",
                when=("not", ("present", 0x300A0630)),
            ),
            Lazy(
                "dicomodel.items.referenced_rt_radiation_set_sequence_item",
                "ReferencedRTRadiationSetSequenceItem",
            ),
        ),
    ),
)
