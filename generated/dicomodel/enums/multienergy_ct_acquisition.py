"""Enumerated Values and Defined Terms of Multi-energy CT Acquisition.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "MultienergyCTAcquisition",
    "MultienergyCTAcquisitionValue",
]


class MultienergyCTAcquisition(StrEnum):
    """Enumerated Values of Multi-energy CT Acquisition (0018,9361) in CT Image Module Attributes (C.8-3)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    MultienergyCTAcquisitionValue: TypeAlias = MultienergyCTAcquisition | Literal["YES", "NO"]
else:
    MultienergyCTAcquisitionValue = MultienergyCTAcquisition
"""A value of MultienergyCTAcquisition: the enum or the string of one of its members."""
