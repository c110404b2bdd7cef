"""Enumerated Values and Defined Terms of Refractive Procedure Occurred.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RefractiveProcedureOccurred",
    "RefractiveProcedureOccurredValue",
]


class RefractiveProcedureOccurred(StrEnum):
    """Enumerated Values of Refractive Procedure Occurred (0022,1039) in Intraocular Lens Calculations Macro Attributes (C.8.25.16-2)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    RefractiveProcedureOccurredValue: TypeAlias = RefractiveProcedureOccurred | Literal["YES", "NO"]
else:
    RefractiveProcedureOccurredValue = RefractiveProcedureOccurred
"""A value of RefractiveProcedureOccurred: the enum or the string of one of its members."""
