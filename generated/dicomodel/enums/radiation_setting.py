"""Enumerated Values and Defined Terms of Radiation Setting.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RadiationSetting",
    "RadiationSettingValue",
]


class RadiationSetting(StrEnum):
    """Enumerated Values of Radiation Setting (0018,1155) in X-Ray Acquisition Module Attributes (C.8-27)."""

    SC = "SC"
    """low dose exposure generally corresponding to fluoroscopic settings (e.g., preparation for diagnostic quality image acquisition)"""
    GR = "GR"
    """high dose for diagnostic quality image acquisition (also called digital spot or cine)"""


if TYPE_CHECKING:
    RadiationSettingValue: TypeAlias = RadiationSetting | Literal["SC", "GR"]
else:
    RadiationSettingValue = RadiationSetting
"""A value of RadiationSetting: the enum or the string of one of its members."""
