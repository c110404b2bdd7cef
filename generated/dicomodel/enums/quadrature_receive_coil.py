"""Enumerated Values and Defined Terms of Quadrature Receive Coil.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "QuadratureReceiveCoil",
    "QuadratureReceiveCoilValue",
]


class QuadratureReceiveCoil(StrEnum):
    """Enumerated Values of Quadrature Receive Coil (0018,9044) in MR Receive Coil Macro Attributes (C.8-94)."""

    YES = "YES"
    """quadrature or circularly polarized"""
    NO = "NO"
    """linear"""


if TYPE_CHECKING:
    QuadratureReceiveCoilValue: TypeAlias = QuadratureReceiveCoil | Literal["YES", "NO"]
else:
    QuadratureReceiveCoilValue = QuadratureReceiveCoil
"""A value of QuadratureReceiveCoil: the enum or the string of one of its members."""
