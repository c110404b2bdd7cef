"""Enumerated Values and Defined Terms of Preserve Composite Instances After Media Creation.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PreserveCompositeInstancesAfterMediaCreation",
    "PreserveCompositeInstancesAfterMediaCreationValue",
]


class PreserveCompositeInstancesAfterMediaCreation(StrEnum):
    """Enumerated Values of Preserve Composite Instances After Media Creation (2200,000A) in Media Creation Management Module Attributes (C.22.1-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    PreserveCompositeInstancesAfterMediaCreationValue: TypeAlias = (
        PreserveCompositeInstancesAfterMediaCreation | Literal["YES", "NO"]
    )
else:
    PreserveCompositeInstancesAfterMediaCreationValue = PreserveCompositeInstancesAfterMediaCreation
"""A value of PreserveCompositeInstancesAfterMediaCreation: the enum or the string of one of its members."""
