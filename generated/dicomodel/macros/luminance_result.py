"""Luminance Result Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import ambient_light_value_source as _ambient_light_value_source
from dicomodel.items.luminance_response_sequence_item_luminance_result import (
    LuminanceResponseSequenceItemLuminanceResult,
)
from dicomodel.model import Attribute, DicomModel


class LuminanceResultMacro(DicomModel):
    """Luminance Result Macro Attributes (PS3.3 Table C.32.3.4-1)."""

    dicom_name: ClassVar[str] = "Luminance Result"
    dicom_table: ClassVar[str] = "table_C.32.3.4-1"

    NumberOfLuminancePoints: Annotated[
        vr.US | None, Attribute(0x0028701B, "US", "1", "3", name="Number of Luminance Points")
    ] = None
    """Number of Luminance Points (0028,701B): Type -, VR US, VM 1. The number of luminance measurements recorded."""

    LuminanceResponseSequence: Annotated[
        list[LuminanceResponseSequenceItemLuminanceResult] | None,
        Attribute(0x0028701C, "SQ", "1", "3", name="Luminance Response Sequence"),
    ] = None
    """Luminance Response Sequence (0028,701C): Type -, VR SQ, VM 1. Measured Luminance Response Values The number of Items shall match the value of Number of Luminance Points (0028,701B)."""

    ReflectedAmbientLight: Annotated[
        vr.US | None, Attribute(0x20100160, "US", "1", "3", name="Reflected Ambient Light")
    ] = None
    """Reflected Ambient Light (2010,0160): Type -, VR US, VM 1. Reflected ambient light in candelas per square meter (cd/m2) when the measurements were taken."""

    AmbientLightValueSource: Annotated[
        _ambient_light_value_source.AmbientLightValueSource | None,
        Attribute(
            0x00287025,
            "CS",
            "1",
            "3",
            name="Ambient Light Value Source",
            enumerated=((0, ("DEFAULT", "MEASURED", "PROVIDED")),),
        ),
    ] = None
    """Ambient Light Value Source (0028,7025): Type -, VR CS, VM 1. Source of the ambient light value. Enumerated Values: DEFAULT a configured default value was used. MEASURED the value was measured at the time of the other measurements. PROVIDED the value was provided by an external source."""
