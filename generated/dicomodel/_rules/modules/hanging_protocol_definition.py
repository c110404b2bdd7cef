"""Presence rules of Hanging Protocol Definition Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
HangingProtocolDefinitionModule = (
    "table_C.23.1-1",
    (
        (
            "HangingProtocolName",
            Attribute(0x00720002, "SH", "1", "1", name="Hanging Protocol Name"),
            None,
        ),
        (
            "HangingProtocolDescription",
            Attribute(0x00720004, "LO", "1", "1", name="Hanging Protocol Description"),
            None,
        ),
        (
            "HangingProtocolLevel",
            Attribute(
                0x00720006,
                "CS",
                "1",
                "1",
                name="Hanging Protocol Level",
                enumerated=((0, ("MANUFACTURER", "SITE", "USER_GROUP", "SINGLE_USER")),),
            ),
            None,
        ),
        (
            "HangingProtocolCreator",
            Attribute(0x00720008, "LO", "1", "1", name="Hanging Protocol Creator"),
            None,
        ),
        (
            "HangingProtocolCreationDateTime",
            Attribute(0x0072000A, "DT", "1", "1", name="Hanging Protocol Creation DateTime"),
            None,
        ),
        (
            "HangingProtocolDefinitionSequence",
            Attribute(0x0072000C, "SQ", "1", "1", name="Hanging Protocol Definition Sequence"),
            Lazy(
                "dicomodel.items.hanging_protocol_definition_sequence_item",
                "HangingProtocolDefinitionSequenceItem",
            ),
        ),
        (
            "NumberOfPriorsReferenced",
            Attribute(0x00720014, "US", "1", "1", name="Number of Priors Referenced"),
            None,
        ),
        (
            "ImageSetsSequence",
            Attribute(0x00720020, "SQ", "1", "1", name="Image Sets Sequence"),
            Lazy("dicomodel.items.image_sets_sequence_item", "ImageSetsSequenceItem"),
        ),
        (
            "HangingProtocolUserIdentificationCodeSequence",
            Attribute(
                0x0072000E,
                "SQ",
                "1",
                "2",
                name="Hanging Protocol User Identification Code Sequence",
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "HangingProtocolUserGroupName",
            Attribute(0x00720010, "LO", "1", "3", name="Hanging Protocol User Group Name"),
            None,
        ),
        (
            "SourceHangingProtocolSequence",
            Attribute(0x00720012, "SQ", "1", "3", name="Source Hanging Protocol Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
    ),
)
