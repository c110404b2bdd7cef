"""Enumerated Values and Defined Terms of Model Mirroring.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ModelMirroring",
    "ModelMirroringValue",
]


class ModelMirroring(StrEnum):
    """Enumerated Values of Model Mirroring (0068,7002) in Manufacturing 3D Model Module Attributes (C.35.1-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ModelMirroringValue: TypeAlias = ModelMirroring | Literal["YES", "NO"]
else:
    ModelMirroringValue = ModelMirroring
"""A value of ModelMirroring: the enum or the string of one of its members."""
