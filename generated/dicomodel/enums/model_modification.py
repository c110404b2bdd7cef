"""Enumerated Values and Defined Terms of Model Modification.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ModelModification",
    "ModelModificationValue",
]


class ModelModification(StrEnum):
    """Enumerated Values of Model Modification (0068,7001) in Manufacturing 3D Model Module Attributes (C.35.1-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ModelModificationValue: TypeAlias = ModelModification | Literal["YES", "NO"]
else:
    ModelModificationValue = ModelModification
"""A value of ModelModification: the enum or the string of one of its members."""
