"""Item class LuminanceResponseSequenceItemLuminanceResult.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "LuminanceResponseSequenceItemLuminanceResult",
]


class LuminanceResponseSequenceItemLuminanceResult(DicomModel):
    """An item of Luminance Response Sequence (0028,701C), as first defined in Luminance Result Macro Attributes (C.32.3.4-1)."""

    dicom_name: ClassVar[str] = "Luminance Response Sequence"
    dicom_table: ClassVar[str] = "table_C.32.3.4-1"

    DDLValue: Annotated[vr.US | None, Attribute(0x00287017, "US", "1", None, name="DDL Value")] = (
        None
    )
    """DDL Value (0028,7017): no Type, VR US, VM 1. The integer Digital Driving Level (DDL) at which this luminance value was measured. The DDL Value for the first Item in the Sequence shall be 0. The DDL Value of the last Item in the Sequence shall be the maximum DDL value."""

    LuminanceValue: Annotated[
        vr.FL | None, Attribute(0x0028701F, "FL", "1", None, name="Luminance Value")
    ] = None
    """Luminance Value (0028,701F): no Type, VR FL, VM 1. Luminance in candelas per square meter (cd/m2) at the measurement location. Each measured luminance includes both ambient light and light from the display device."""

    CIExyWhitePoint: Annotated[
        list[vr.FL] | None, Attribute(0x00287018, "FL", "2", None, name="CIExy White Point")
    ] = None
    """CIExy White Point (0028,7018): no Type, VR FL, VM 2. A single measured white point recorded for the display subsystem. The white point is recorded as a CIE xy chromaticity with two dimensionless floating point values where the first is the x value and the second is the y value."""
