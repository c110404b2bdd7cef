"""Presence rules of Interlock Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
InterlockMacro = (
    "table_C.36.2.2.18-1",
    (
        (
            "InterlockDateTime",
            Attribute(0x300A0741, "DT", "1", "1", name="Interlock DateTime"),
            None,
        ),
        (
            "InterlockDescription",
            Attribute(0x300A0742, "ST", "1", "1", name="Interlock Description"),
            None,
        ),
        (
            "InterlockOriginDescription",
            Attribute(
                0x300A0783,
                "ST",
                "1",
                "1C",
                name="Interlock Origin Description",
                when=("not", ("present", 0x300A0743)),
            ),
            None,
        ),
        (
            "InterlockOriginatingDeviceSequence",
            Attribute(
                0x300A0743,
                "SQ",
                "1",
                "1C",
                name="Interlock Originating Device Sequence",
                when=("not", ("present", 0x300A0783)),
            ),
            Lazy("dicomodel.items.device_identification_item", "DeviceIdentificationItem"),
        ),
        (
            "InterlockCodeSequence",
            Attribute(0x300A0744, "SQ", "1", "1", name="Interlock Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "InterlockResolutionCodeSequence",
            Attribute(0x300A0745, "SQ", "1", "1", name="Interlock Resolution Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "InterlockResolutionUserSequence",
            Attribute(0x300A0746, "SQ", "1", "2", name="Interlock Resolution User Sequence"),
            Lazy("dicomodel.items.person_identification_item", "PersonIdentificationItem"),
        ),
    ),
)
