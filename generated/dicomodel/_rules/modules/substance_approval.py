"""Presence rules of Substance Approval Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SubstanceApprovalModule = (
    "table_C.26-2",
    (
        (
            "SubstanceAdministrationApproval",
            Attribute(
                0x00440002,
                "CS",
                "1",
                None,
                name="Substance Administration Approval",
                enumerated=((0, ("APPROVED", "WARNING", "CONTRA_INDICATED")),),
            ),
            None,
        ),
        (
            "ApprovalStatusFurtherDescription",
            Attribute(0x00440003, "LT", "1", None, name="Approval Status Further Description"),
            None,
        ),
        (
            "ApprovalStatusDateTime",
            Attribute(0x00440004, "DT", "1", None, name="Approval Status DateTime"),
            None,
        ),
    ),
)
