"""Enumerated Values and Defined Terms of Implant Assembly Template Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ImplantAssemblyTemplateType",
    "ImplantAssemblyTemplateTypeValue",
]


class ImplantAssemblyTemplateType(StrEnum):
    """Enumerated Values of Implant Assembly Template Type (0076,000A) in Implant Assembly Template Module Attributes (C.29.2-1)."""

    ORIGINAL = "ORIGINAL"
    DERIVED = "DERIVED"


if TYPE_CHECKING:
    ImplantAssemblyTemplateTypeValue: TypeAlias = (
        ImplantAssemblyTemplateType | Literal["ORIGINAL", "DERIVED"]
    )
else:
    ImplantAssemblyTemplateTypeValue = ImplantAssemblyTemplateType
"""A value of ImplantAssemblyTemplateType: the enum or the string of one of its members."""
