"""Presence rules of RT Patient Position Scope With Legacy Support Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTPatientPositionScopeWithLegacySupportMacro = (
    "table_C.36.2.3.3-1",
    (
        (
            "ReferencedRTRadiationSequence",
            Attribute(
                0x300A0630,
                "SQ",
                "1",
                "1C",
                name="Referenced RT Radiation Sequence",
                when=("and", ("not", ("present", 0x300A0702)), ("not", ("present", 0x300C0002))),
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
                when=("and", ("not", ("present", 0x300A0630)), ("not", ("present", 0x300C0002))),
            ),
            Lazy(
                "dicomodel.items.referenced_rt_radiation_set_sequence_item",
                "ReferencedRTRadiationSetSequenceItem",
            ),
        ),
        (
            "ReferencedRTPlanSequence",
            Attribute(
                0x300C0002,
                "SQ",
                "1",
                "1C",
                name="Referenced RT Plan Sequence",
                when=("and", ("not", ("present", 0x300A0630)), ("not", ("present", 0x300A0702))),
            ),
            Lazy(
                "dicomodel.items.referenced_rt_plan_sequence_item", "ReferencedRTPlanSequenceItem"
            ),
        ),
    ),
)
