"""Enumerated Values and Defined Terms of Constraint Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


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
