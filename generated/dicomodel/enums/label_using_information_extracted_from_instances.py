"""Enumerated Values and Defined Terms of Label Using Information Extracted From Instances.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "LabelUsingInformationExtractedFromInstances",
    "LabelUsingInformationExtractedFromInstancesValue",
]


class LabelUsingInformationExtractedFromInstances(StrEnum):
    """Enumerated Values of Label Using Information Extracted From Instances (2200,0001) in Media Creation Management Module Attributes (C.22.1-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    LabelUsingInformationExtractedFromInstancesValue: TypeAlias = (
        LabelUsingInformationExtractedFromInstances | Literal["YES", "NO"]
    )
else:
    LabelUsingInformationExtractedFromInstancesValue = LabelUsingInformationExtractedFromInstances
"""A value of LabelUsingInformationExtractedFromInstances: the enum or the string of one of its members."""
