"""Enumerated Values and Defined Terms of Fluence Data Source.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FluenceDataSource",
    "FluenceDataSourceValue",
]


class FluenceDataSource(StrEnum):
    """Enumerated Values of Fluence Data Source (3002,0041) in RT Image Module Attributes (C.8-38)."""

    CALCULATED = "CALCULATED"
    """Calculated by a workstation"""
    MEASURED = "MEASURED"
    """Measured by exposure to a film or detector."""


if TYPE_CHECKING:
    FluenceDataSourceValue: TypeAlias = FluenceDataSource | Literal["CALCULATED", "MEASURED"]
else:
    FluenceDataSourceValue = FluenceDataSource
"""A value of FluenceDataSource: the enum or the string of one of its members."""
