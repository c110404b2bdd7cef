"""Luminance Uniformity Result Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import ambient_light_value_source as _ambient_light_value_source
from dicomodel.enums import white_point_flag as _white_point_flag
from dicomodel.items.luminance_response_sequence_item import LuminanceResponseSequenceItem
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class LuminanceUniformityResultMacro(DicomModel):
    """Luminance Uniformity Result Macro Attributes (PS3.3 Table C.32.3.3-1)."""

    dicom_name: ClassVar[str] = "Luminance Uniformity Result"
    dicom_table: ClassVar[str] = "table_C.32.3.3-1"

    NumberOfLuminancePoints: Annotated[
        vr.US | None, Attribute(0x0028701B, "US", "1", "3", name="Number of Luminance Points")
    ] = None
    """Number of Luminance Points (0028,701B): Type -, VR US, VM 1. The number of luminance measurements recorded. The number depends on the test pattern specified in the Measurement Pattern Code Sequence (0028,702D)."""

    MeasurementPatternCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x0028702D, "SQ", "1", "3", name="Measurement Pattern Code Sequence"),
    ] = None
    """Measurement Pattern Code Sequence (0028,702D): Type -, VR SQ, VM 1. Definition of the locations on the display device at which luminance measurements were taken. One measurement is recorded for each location."""

    DDLValue: Annotated[vr.US | None, Attribute(0x00287017, "US", "1", "3", name="DDL Value")] = (
        None
    )
    """DDL Value (0028,7017): Type -, VR US, VM 1. The integer Digital Driving Level (DDL) at which the luminance values were measured. Luminance Uniformity measurement uses the same DDL value for all measurements."""

    WhitePointFlag: Annotated[
        _white_point_flag.WhitePointFlag | None,
        Attribute(
            0x00287021, "CS", "1", "3", name="White Point Flag", enumerated=((0, ("YES", "NO")),)
        ),
    ] = None
    """White Point Flag (0028,7021): Type -, VR CS, VM 1. Whether white point values were also recorded at each location. Enumerated Values: YES NO"""

    LuminanceResponseSequence: Annotated[
        list[LuminanceResponseSequenceItem] | None,
        Attribute(0x0028701C, "SQ", "1", "3", name="Luminance Response Sequence"),
    ] = None
    """Luminance Response Sequence (0028,701C): Type -, VR SQ, VM 1. Recorded Luminance Response Values The number of Items shall match the value of Number of Luminance Points (0028, 701B). The Items shall be stored in major row order (from left to right then from top to bottom)."""

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
