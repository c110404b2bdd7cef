"""Enumerated Values and Defined Terms of Tissue Location.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "TissueLocation",
    "TissueLocationValue",
]


class TissueLocation(StrEnum):
    """Enumerated Values of Tissue Location (0048,0115) in Confocal Microscopy Image Module Attributes (C.8.35.1-1)."""

    INVIVO = "INVIVO"
    EXVIVO = "EXVIVO"


if TYPE_CHECKING:
    TissueLocationValue: TypeAlias = TissueLocation | Literal["INVIVO", "EXVIVO"]
else:
    TissueLocationValue = TissueLocation
"""A value of TissueLocation: the enum or the string of one of its members."""
