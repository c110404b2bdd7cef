"""Presence rules of Container Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ContainerMacro = (
    "table_C.18.8-1",
    (
        (
            "ContinuityOfContent",
            Attribute(
                0x0040A050,
                "CS",
                "1",
                "1",
                name="Continuity of Content",
                enumerated=((0, ("SEPARATE", "CONTINUOUS")),),
            ),
            None,
        ),
        (
            "ContentTemplateSequence",
            Attribute(
                0x0040A504,
                "SQ",
                "1",
                "1C",
                name="Content Template Sequence",
                when=("unknown", "depends on what is known to the creator"),
            ),
            Lazy(
                "dicomodel.items.content_template_sequence_item_container",
                "ContentTemplateSequenceItemContainer",
            ),
        ),
    ),
)
