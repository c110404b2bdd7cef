"""Presence rules of Substance Administration Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SubstanceAdministrationModule = (
    "table_C.26-3",
    (
        (
            "AdministrationRouteCodeSequence",
            Attribute(0x00540302, "SQ", "1", None, name="Administration Route Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
    ),
)
