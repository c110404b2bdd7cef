"""Enumerated Values and Defined Terms of Retain Instances.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RetainInstances",
    "RetainInstancesValue",
]


class RetainInstances(StrEnum):
    """Enumerated Values of Retain Instances (0008,0415) in Inventory Creation Module Attributes (C.38.3-1)."""

    Y = "Y"
    """SOP Instances are to be retained"""
    N = "N"
    """SOP Instances may be deleted"""


if TYPE_CHECKING:
    RetainInstancesValue: TypeAlias = RetainInstances | Literal["Y", "N"]
else:
    RetainInstancesValue = RetainInstances
"""A value of RetainInstances: the enum or the string of one of its members."""
