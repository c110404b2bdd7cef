"""Enumerated Values and Defined Terms of Component Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ComponentType",
    "ComponentTypeValue",
]


class ComponentType(StrEnum):
    """Enumerated Values of Component Type (0070,1802) in MPR Volumetric Presentation State Display Module Attributes (C.11.27-1)."""

    ONE_TO_RGBA = "ONE_TO_RGBA"
    TWO_TO_RGBA = "TWO_TO_RGBA"


if TYPE_CHECKING:
    ComponentTypeValue: TypeAlias = ComponentType | Literal["ONE_TO_RGBA", "TWO_TO_RGBA"]
else:
    ComponentTypeValue = ComponentType
"""A value of ComponentType: the enum or the string of one of its members."""
