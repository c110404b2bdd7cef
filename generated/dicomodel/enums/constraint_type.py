"""Enumerated Values and Defined Terms of Constraint Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ConstraintType",
    "ConstraintTypeValue",
]


class ConstraintType(StrEnum):
    """Enumerated Values of Constraint Type (0082,0032) in Attribute Value Constraint Macro Attributes (10.25-1)."""

    RANGE_INCL = "RANGE_INCL"
    RANGE_EXCL = "RANGE_EXCL"
    GREATER_OR_EQUAL = "GREATER_OR_EQUAL"
    LESS_OR_EQUAL = "LESS_OR_EQUAL"
    GREATER_THAN = "GREATER_THAN"
    LESS_THAN = "LESS_THAN"
    EQUAL = "EQUAL"
    MEMBER_OF = "MEMBER_OF"
    NOT_MEMBER_OF = "NOT_MEMBER_OF"
    MEMBER_OF_CID = "MEMBER_OF_CID"
    UNCONSTRAINED = "UNCONSTRAINED"


if TYPE_CHECKING:
    ConstraintTypeValue: TypeAlias = (
        ConstraintType
        | Literal[
            "RANGE_INCL",
            "RANGE_EXCL",
            "GREATER_OR_EQUAL",
            "LESS_OR_EQUAL",
            "GREATER_THAN",
            "LESS_THAN",
            "EQUAL",
            "MEMBER_OF",
            "NOT_MEMBER_OF",
            "MEMBER_OF_CID",
            "UNCONSTRAINED",
        ]
    )
else:
    ConstraintTypeValue = ConstraintType
"""A value of ConstraintType: the enum or the string of one of its members."""
