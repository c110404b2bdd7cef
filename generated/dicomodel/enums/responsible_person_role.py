"""Enumerated Values and Defined Terms of Responsible Person Role.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ResponsiblePersonRoleTerm",
]


class ResponsiblePersonRoleTerm(StrEnum):
    """Defined Terms of Responsible Person Role (0010,2298) in Patient Demographic Module Attributes (C.2-3)."""

    OWNER = "OWNER"
    PARENT = "PARENT"
    CHILD = "CHILD"
    SPOUSE = "SPOUSE"
    SIBLING = "SIBLING"
    RELATIVE = "RELATIVE"
    GUARDIAN = "GUARDIAN"
    CUSTODIAN = "CUSTODIAN"
    AGENT = "AGENT"
    INVESTIGATOR = "INVESTIGATOR"
    VETERINARIAN = "VETERINARIAN"
