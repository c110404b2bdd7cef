"""Presence rules of Approval Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ApprovalModule = (
    "table_C.8-52",
    (
        (
            "ApprovalStatus",
            Attribute(
                0x300E0002,
                "CS",
                "1",
                "1",
                name="Approval Status",
                enumerated=((0, ("APPROVED", "UNAPPROVED", "REJECTED")),),
            ),
            None,
        ),
        (
            "ReviewDate",
            Attribute(
                0x300E0004,
                "DA",
                "1",
                "2C",
                name="Review Date",
                when=("value", 0x300E0002, 0, "in", ("APPROVED", "REJECTED")),
            ),
            None,
        ),
        (
            "ReviewTime",
            Attribute(
                0x300E0005,
                "TM",
                "1",
                "2C",
                name="Review Time",
                when=("value", 0x300E0002, 0, "in", ("APPROVED", "REJECTED")),
            ),
            None,
        ),
        (
            "ReviewerName",
            Attribute(
                0x300E0008,
                "PN",
                "1",
                "2C",
                name="Reviewer Name",
                when=("value", 0x300E0002, 0, "in", ("APPROVED", "REJECTED")),
            ),
            None,
        ),
    ),
)
