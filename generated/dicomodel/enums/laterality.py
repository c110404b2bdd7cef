"""Enumerated Values and Defined Terms of Laterality.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "Laterality",
    "LateralityHangingProtocolDefinition",
    "LateralityHangingProtocolDefinitionValue",
    "LateralityValue",
]


class Laterality(StrEnum):
    """Enumerated Values of Laterality (0020,0060) in General Series Module Attributes (C.7-5a)."""

    R = "R"
    """right"""
    L = "L"
    """left"""


if TYPE_CHECKING:
    LateralityValue: TypeAlias = Laterality | Literal["R", "L"]
else:
    LateralityValue = Laterality
"""A value of Laterality: the enum or the string of one of its members."""


class LateralityHangingProtocolDefinition(StrEnum):
    """Enumerated Values of Laterality (0020,0060) in Hanging Protocol Definition Module Attributes (C.23.1-1)."""

    R = "R"
    """Right"""
    L = "L"
    """Left"""
    B = "B"
    """Both"""
    U = "U"
    """Unpaired"""


if TYPE_CHECKING:
    LateralityHangingProtocolDefinitionValue: TypeAlias = (
        LateralityHangingProtocolDefinition | Literal["R", "L", "B", "U"]
    )
else:
    LateralityHangingProtocolDefinitionValue = LateralityHangingProtocolDefinition
"""A value of LateralityHangingProtocolDefinition: the enum or the string of one of its members."""
