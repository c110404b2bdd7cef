"""Enumerated Values and Defined Terms of ASL Context.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ASLContext",
    "ASLContextValue",
]


class ASLContext(StrEnum):
    """Enumerated Values of ASL Context (0018,9257) in MR Arterial Spin Labeling Macro Attributes (C.8-100b)."""

    LABEL = "LABEL"
    CONTROL = "CONTROL"
    M_ZERO_SCAN = "M_ZERO_SCAN"


if TYPE_CHECKING:
    ASLContextValue: TypeAlias = ASLContext | Literal["LABEL", "CONTROL", "M_ZERO_SCAN"]
else:
    ASLContextValue = ASLContext
"""A value of ASLContext: the enum or the string of one of its members."""
