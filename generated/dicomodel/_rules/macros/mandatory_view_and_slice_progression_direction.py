"""Presence rules of Mandatory View and Slice Progression Direction Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MandatoryViewAndSliceProgressionDirectionMacro = (
    "table_10-24",
    (
        (
            "ViewCodeSequence",
            Attribute(0x00540220, "SQ", "1", "1", name="View Code Sequence"),
            Lazy("dicomodel.items.view_code_sequence_item", "ViewCodeSequenceItem"),
        ),
        (
            "SliceProgressionDirection",
            Attribute(
                0x00540500,
                "CS",
                "1",
                "1C",
                name="Slice Progression Direction",
                enumerated=(
                    (
                        0,
                        (
                            "APEX_TO_BASE",
                            "BASE_TO_APEX",
                            "ANT_TO_INF",
                            "INF_TO_ANT",
                            "SEPTUM_TO_WALL",
                            "WALL_TO_SEPTUM",
                        ),
                    ),
                ),
                when=(
                    "code",
                    0x00540220,
                    (("103340004", "SCT"), ("131185001", "SCT"), ("131186000", "SCT")),
                ),
                otherwise="may",
            ),
            None,
        ),
    ),
)
