"""Enumerated Values and Defined Terms of Filter-by Operator.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FilterByOperator",
    "FilterByOperatorValue",
]


class FilterByOperator(StrEnum):
    """Enumerated Values of Filter-by Operator (0072,0406) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    RANGE_INCL = "RANGE_INCL"
    """all values lie within the specified range, or are equal to the endpoints; applies only to numeric Selector Attribute (0072,0026) values; two values shall be present in the selector, the first of which is less than or equal to the second"""
    RANGE_EXCL = "RANGE_EXCL"
    """all values lie outside the specified range, and are not equal to the endpoints; applies only to numeric Selector Attribute (0072,0026) values; two values shall be present in the selector, the first of which is less than or equal to the second"""
    GREATER_OR_EQUAL = "GREATER_OR_EQUAL"
    """all values are greater than or equal to the value of the selector; applies only to numeric Selector Attribute (0072,0026)"""
    LESS_OR_EQUAL = "LESS_OR_EQUAL"
    """all values are less than or equal to the value of the selector; applies only to numeric Selector Attribute (0072,0026)"""
    GREATER_THAN = "GREATER_THAN"
    """all values are greater than the value of the selector; applies only to numeric Selector Attribute (0072,0026)"""
    LESS_THAN = "LESS_THAN"
    """all values are less than the value of the selector; applies only to numeric Selector Attribute (0072,0026)"""
    MEMBER_OF = "MEMBER_OF"
    """one of the values in the image is present in the values of the selector; if one value is present in each, this is an \"equal to\" operator"""
    NOT_MEMBER_OF = "NOT_MEMBER_OF"
    """none of the values in the image is present in the values of the selector; if one value is present in each, this is a \"not equal to\" operator"""


if TYPE_CHECKING:
    FilterByOperatorValue: TypeAlias = (
        FilterByOperator
        | Literal[
            "RANGE_INCL",
            "RANGE_EXCL",
            "GREATER_OR_EQUAL",
            "LESS_OR_EQUAL",
            "GREATER_THAN",
            "LESS_THAN",
            "MEMBER_OF",
            "NOT_MEMBER_OF",
        ]
    )
else:
    FilterByOperatorValue = FilterByOperator
"""A value of FilterByOperator: the enum or the string of one of its members."""
