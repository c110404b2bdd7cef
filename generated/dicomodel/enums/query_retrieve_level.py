"""Enumerated Values and Defined Terms of Query/Retrieve Level.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "QueryRetrieveLevel",
    "QueryRetrieveLevelValue",
]


class QueryRetrieveLevel(StrEnum):
    """Enumerated Values of Query/Retrieve Level (0008,0052) in Scope of Inventory Macro Attributes (C.38.2-1)."""

    STUDY = "STUDY"
    """Study level"""
    SERIES = "SERIES"
    """Series level"""
    IMAGE = "IMAGE"
    """SOP Instance level"""


if TYPE_CHECKING:
    QueryRetrieveLevelValue: TypeAlias = QueryRetrieveLevel | Literal["STUDY", "SERIES", "IMAGE"]
else:
    QueryRetrieveLevelValue = QueryRetrieveLevel
"""A value of QueryRetrieveLevel: the enum or the string of one of its members."""
