"""Enumerated Values and Defined Terms of Signal Domain Columns.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "SignalDomainColumns",
    "SignalDomainColumnsValue",
]


class SignalDomainColumns(StrEnum):
    """Enumerated Values of Signal Domain Columns (0028,9003) in MR Spectroscopy Data Module Attributes (C.8-106)."""

    FREQUENCY = "FREQUENCY"
    TIME = "TIME"


if TYPE_CHECKING:
    SignalDomainColumnsValue: TypeAlias = SignalDomainColumns | Literal["FREQUENCY", "TIME"]
else:
    SignalDomainColumnsValue = SignalDomainColumns
"""A value of SignalDomainColumns: the enum or the string of one of its members."""
