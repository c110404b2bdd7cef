"""Enumerated Values and Defined Terms of Pre-Selected for Implantation.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PreSelectedForImplantation",
    "PreSelectedForImplantationValue",
]


class PreSelectedForImplantation(StrEnum):
    """Enumerated Values of Pre-Selected for Implantation (0022,1049) in Intraocular Lens Calculations Macro Attributes (C.8.25.16-2)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    PreSelectedForImplantationValue: TypeAlias = PreSelectedForImplantation | Literal["YES", "NO"]
else:
    PreSelectedForImplantationValue = PreSelectedForImplantation
"""A value of PreSelectedForImplantation: the enum or the string of one of its members."""
