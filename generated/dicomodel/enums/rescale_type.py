"""Enumerated Values and Defined Terms of Rescale Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RescaleType",
    "RescaleTypeTerm",
    "RescaleTypeTermSCMultiFrameImage",
    "RescaleTypeValue",
]


class RescaleType(StrEnum):
    """Enumerated Values of Rescale Type (0028,1054) in Pixel Value Transformation Macro Attributes (C.7.6.16-10)."""

    US = "US"
    """Unspecified if Modality (0008,0060) equals MR or PT."""


if TYPE_CHECKING:
    RescaleTypeValue: TypeAlias = RescaleType | Literal["US"]
else:
    RescaleTypeValue = RescaleType
"""A value of RescaleType: the enum or the string of one of its members."""


class RescaleTypeTerm(StrEnum):
    """Defined Terms of Rescale Type (0028,1054) in CT Pixel Value Transformation Macro Attributes (C.8-126)."""

    OD = "OD"
    """The number in the LUT represents thousands of optical density. That is, a value of 2140 represents an optical density of 2.140."""
    HU = "HU"
    """Hounsfield Units (CT)"""
    US = "US"
    """Unspecified"""
    MGML = "MGML"
    """mg/ml"""
    Z_EFF = "Z_EFF"
    """Effective Atomic Number (i.e., Effective-Z)"""
    ED = "ED"
    """Electron density in 1023 electrons/ml"""
    EDW = "EDW"
    """Electron density normalized to water in units of N/Nw where N is number of electrons per unit volume, and Nw is number of electrons in the same unit of water at standard temperature and pressure."""
    HU_MOD = "HU_MOD"
    """Modified Hounsfield Unit"""
    PCT = "PCT"
    """Percentage (%)"""


class RescaleTypeTermSCMultiFrameImage(StrEnum):
    """Defined Terms of Rescale Type (0028,1054) in SC Multi-frame Image Module Attributes (C.8-25b)."""

    US = "US"
    """Unspecified"""
