"""Enumerated Values and Defined Terms of Contact Method.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ContactMethod",
    "ContactMethodValue",
]


class ContactMethod(StrEnum):
    """Enumerated Values of Contact Method (0016,1003) in Dermoscopic Image Module Attributes (C.8.12.13-1)."""

    CONTACT = "CONTACT"
    NON_CONTACT = "NON_CONTACT"


if TYPE_CHECKING:
    ContactMethodValue: TypeAlias = ContactMethod | Literal["CONTACT", "NON_CONTACT"]
else:
    ContactMethodValue = ContactMethod
"""A value of ContactMethod: the enum or the string of one of its members."""
