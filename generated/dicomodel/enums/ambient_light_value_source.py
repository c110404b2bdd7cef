"""Enumerated Values and Defined Terms of Ambient Light Value Source.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "AmbientLightValueSource",
    "AmbientLightValueSourceValue",
]


class AmbientLightValueSource(StrEnum):
    """Enumerated Values of Ambient Light Value Source (0028,7025) in Luminance Uniformity Result Macro Attributes (C.32.3.3-1)."""

    DEFAULT = "DEFAULT"
    """a configured default value was used."""
    MEASURED = "MEASURED"
    """the value was measured at the time of the other measurements."""
    PROVIDED = "PROVIDED"
    """the value was provided by an external source."""


if TYPE_CHECKING:
    AmbientLightValueSourceValue: TypeAlias = (
        AmbientLightValueSource | Literal["DEFAULT", "MEASURED", "PROVIDED"]
    )
else:
    AmbientLightValueSourceValue = AmbientLightValueSource
"""A value of AmbientLightValueSource: the enum or the string of one of its members."""
