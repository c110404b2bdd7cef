"""Basic Pixel Spacing Calibration Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.pixel_spacing_calibration_type import (
        PixelSpacingCalibrationTypeValue as _PixelSpacingCalibrationTypeValue,
    )
else:
    from dicomodel.lazy import Lazy

    _PixelSpacingCalibrationTypeValue = Lazy(
        "dicomodel.enums.pixel_spacing_calibration_type", "PixelSpacingCalibrationTypeValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.pixel_spacing_calibration_type import (
        PixelSpacingCalibrationType as PixelSpacingCalibrationType,
    )

__all__ = [
    "BasicPixelSpacingCalibrationMacro",
    "PixelSpacingCalibrationType",
]


class BasicPixelSpacingCalibrationMacro(DicomModel):
    """Basic Pixel Spacing Calibration Macro Attributes (PS3.3 Table 10-10)."""

    dicom_name: ClassVar[str] = "Basic Pixel Spacing Calibration"
    dicom_table: ClassVar[str] = "table_10-10"

    PixelSpacing: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00280030,
            "DS",
            "2",
            "1C",
            name="Pixel Spacing",
            when=("unknown", "names no attribute: the image has been calibrated"),
            otherwise="may",
        ),
    ] = None
    """Pixel Spacing (0028,0030): Type 1C, VR DS, VM 2. Required if the image has been calibrated. May be present otherwise. Physical distance in the Patient between the center of each pixel, specified by a numeric pair - adjacent row spacing (delimiter) adjacent column spacing in mm. See Section 10.7.1.1 and Section 10.7.1.3."""

    PixelSpacingCalibrationType: Annotated[
        _PixelSpacingCalibrationTypeValue | None,
        Attribute(
            0x00280A02,
            "CS",
            "1",
            "3",
            name="Pixel Spacing Calibration Type",
            enumerated=((0, ("GEOMETRY", "FIDUCIAL")),),
        ),
    ] = None
    """Pixel Spacing Calibration Type (0028,0A02): Type 3, VR CS, VM 1. The type of correction for the effect of geometric magnification or calibration against an object of known size, if any. See Section 10.7.1.2."""

    PixelSpacingCalibrationDescription: Annotated[
        vr.LO | None,
        Attribute(
            0x00280A04,
            "LO",
            "1",
            "1C",
            name="Pixel Spacing Calibration Description",
            when=("present", 0x00280A02),
        ),
    ] = None
    """Pixel Spacing Calibration Description (0028,0A04): Type 1C, VR LO, VM 1. Required if Pixel Spacing Calibration Type (0028,0A02) is present. A free text description of the type of correction or calibration performed. In the case of correction, the text might include description of the assumptions made about the body part and geometry and depth within the Patient."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PixelSpacingCalibrationType": (
        "dicomodel.enums.pixel_spacing_calibration_type",
        "PixelSpacingCalibrationType",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
