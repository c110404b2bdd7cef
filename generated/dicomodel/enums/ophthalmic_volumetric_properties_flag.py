"""Enumerated Values and Defined Terms of Ophthalmic Volumetric Properties Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "OphthalmicVolumetricPropertiesFlag",
    "OphthalmicVolumetricPropertiesFlagValue",
]


class OphthalmicVolumetricPropertiesFlag(StrEnum):
    """Enumerated Values of Ophthalmic Volumetric Properties Flag (0022,1622) in Ophthalmic Tomography Image Module Attributes (C.8.17.7-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    OphthalmicVolumetricPropertiesFlagValue: TypeAlias = (
        OphthalmicVolumetricPropertiesFlag | Literal["YES", "NO"]
    )
else:
    OphthalmicVolumetricPropertiesFlagValue = OphthalmicVolumetricPropertiesFlag
"""A value of OphthalmicVolumetricPropertiesFlag: the enum or the string of one of its members."""
