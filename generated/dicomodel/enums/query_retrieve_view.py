"""Enumerated Values and Defined Terms of Query/Retrieve View.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "QueryRetrieveView",
    "QueryRetrieveViewValue",
]


class QueryRetrieveView(StrEnum):
    """Enumerated Values of Query/Retrieve View (0008,0053) in SOP Common Module Attributes (C.12-1)."""

    CLASSIC = "CLASSIC"
    ENHANCED = "ENHANCED"


if TYPE_CHECKING:
    QueryRetrieveViewValue: TypeAlias = QueryRetrieveView | Literal["CLASSIC", "ENHANCED"]
else:
    QueryRetrieveViewValue = QueryRetrieveView
"""A value of QueryRetrieveView: the enum or the string of one of its members."""
