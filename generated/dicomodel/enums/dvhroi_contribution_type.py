"""Enumerated Values and Defined Terms of DVH ROI Contribution Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DVHROIContributionType",
    "DVHROIContributionTypeValue",
]


class DVHROIContributionType(StrEnum):
    """Enumerated Values of DVH ROI Contribution Type (3004,0062) in RT DVH Module Attributes (C.8-40)."""

    INCLUDED = "INCLUDED"
    EXCLUDED = "EXCLUDED"


if TYPE_CHECKING:
    DVHROIContributionTypeValue: TypeAlias = (
        DVHROIContributionType | Literal["INCLUDED", "EXCLUDED"]
    )
else:
    DVHROIContributionTypeValue = DVHROIContributionType
"""A value of DVHROIContributionType: the enum or the string of one of its members."""
