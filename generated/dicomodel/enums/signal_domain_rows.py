"""Enumerated Values and Defined Terms of Signal Domain Rows.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "SignalDomainRows",
    "SignalDomainRowsValue",
]


class SignalDomainRows(StrEnum):
    """Enumerated Values of Signal Domain Rows (0028,9235) in MR Spectroscopy Data Module Attributes (C.8-106)."""

    FREQUENCY = "FREQUENCY"
    TIME = "TIME"


if TYPE_CHECKING:
    SignalDomainRowsValue: TypeAlias = SignalDomainRows | Literal["FREQUENCY", "TIME"]
else:
    SignalDomainRowsValue = SignalDomainRows
"""A value of SignalDomainRows: the enum or the string of one of its members."""
