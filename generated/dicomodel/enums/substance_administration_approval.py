"""Enumerated Values and Defined Terms of Substance Administration Approval.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "SubstanceAdministrationApproval",
    "SubstanceAdministrationApprovalValue",
]


class SubstanceAdministrationApproval(StrEnum):
    """Enumerated Values of Substance Administration Approval (0044,0002) in Substance Approval Module Attributes (C.26-2)."""

    APPROVED = "APPROVED"
    """Use of the substance for the patient is approved, with related notes (e.g., appropriate dose for age/weight) in Approval Status Further Description (0044,0003)"""
    WARNING = "WARNING"
    """The substance may be used for the patient subject to warnings described in Approval Status Further Description (0044,0003)"""
    CONTRA_INDICATED = "CONTRA_INDICATED"
    """The substance should not be used for the patient for the reasons described in Approval Status Further Description (0044,0003)"""


if TYPE_CHECKING:
    SubstanceAdministrationApprovalValue: TypeAlias = (
        SubstanceAdministrationApproval | Literal["APPROVED", "WARNING", "CONTRA_INDICATED"]
    )
else:
    SubstanceAdministrationApprovalValue = SubstanceAdministrationApproval
"""A value of SubstanceAdministrationApproval: the enum or the string of one of its members."""
