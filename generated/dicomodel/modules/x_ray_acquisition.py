"""X-Ray Acquisition Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.field_of_view_shape import (
        FieldOfViewShapeTermXRayAcquisition as _FieldOfViewShapeTermXRayAcquisition,
    )
    from dicomodel.enums.pixel_spacing_calibration_type import (
        PixelSpacingCalibrationTypeValue as _PixelSpacingCalibrationTypeValue,
    )
    from dicomodel.enums.radiation_mode import RadiationModeTerm as _RadiationModeTerm
    from dicomodel.enums.radiation_setting import RadiationSettingValue as _RadiationSettingValue
else:
    from dicomodel.lazy import Lazy

    _FieldOfViewShapeTermXRayAcquisition = Lazy(
        "dicomodel.enums.field_of_view_shape", "FieldOfViewShapeTermXRayAcquisition"
    )
    _PixelSpacingCalibrationTypeValue = Lazy(
        "dicomodel.enums.pixel_spacing_calibration_type", "PixelSpacingCalibrationTypeValue"
    )
    _RadiationModeTerm = Lazy("dicomodel.enums.radiation_mode", "RadiationModeTerm")
    _RadiationSettingValue = Lazy("dicomodel.enums.radiation_setting", "RadiationSettingValue")

if TYPE_CHECKING:
    from dicomodel.enums.field_of_view_shape import (
        FieldOfViewShapeTermXRayAcquisition as FieldOfViewShapeTerm,
    )
    from dicomodel.enums.pixel_spacing_calibration_type import (
        PixelSpacingCalibrationType as PixelSpacingCalibrationType,
    )
    from dicomodel.enums.radiation_mode import RadiationModeTerm as RadiationModeTerm
    from dicomodel.enums.radiation_setting import RadiationSetting as RadiationSetting

__all__ = [
    "FieldOfViewShapeTerm",
    "PixelSpacingCalibrationType",
    "RadiationModeTerm",
    "RadiationSetting",
    "XRayAcquisitionModule",
]


class XRayAcquisitionModule(DicomModel):
    """X-Ray Acquisition Module Attributes (PS3.3 Table C.8-27)."""

    dicom_name: ClassVar[str] = "X-Ray Acquisition"
    dicom_table: ClassVar[str] = "table_C.8-27"

    KVP: Annotated[vr.DS | None, Attribute(0x00180060, "DS", "1", "2", name="KVP")]
    """KVP (0018,0060): Type 2, VR DS, VM 1. Peak kilo voltage output of the X-Ray generator used."""

    RadiationSetting: Annotated[
        _RadiationSettingValue,
        Attribute(
            0x00181155, "CS", "1", "1", name="Radiation Setting", enumerated=((0, ("SC", "GR")),)
        ),
    ]
    """Radiation Setting (0018,1155): Type 1, VR CS, VM 1. Identify the general level of X-Ray dose exposure. Enumerated Values: SC low dose exposure generally corresponding to fluoroscopic settings (e.g., preparation for diagnostic quality image acquisition) GR high dose for diagnostic quality ima..."""

    XRayTubeCurrent: Annotated[
        vr.IS | None,
        Attribute(
            0x00181151,
            "IS",
            "1",
            "2C",
            name="X-Ray Tube Current",
            when=("not", ("present", 0x00181152)),
            otherwise="may",
        ),
    ] = None
    """X-Ray Tube Current (0018,1151): Type 2C, VR IS, VM 1. Required if Exposure (0018,1152) is not present. May be present otherwise. X-Ray Tube Current in mA. Required if Exposure (0018,1152) is not present. May be present otherwise."""

    XRayTubeCurrentInuA: Annotated[
        vr.DS | None, Attribute(0x00188151, "DS", "1", "3", name="X-Ray Tube Current in µA")
    ] = None
    """X-Ray Tube Current in µA (0018,8151): Type 3, VR DS, VM 1. X-Ray Tube Current in µA."""

    ExposureTime: Annotated[
        vr.IS | None,
        Attribute(
            0x00181150,
            "IS",
            "1",
            "2C",
            name="Exposure Time",
            when=("not", ("present", 0x00181152)),
            otherwise="may",
        ),
    ] = None
    """Exposure Time (0018,1150): Type 2C, VR IS, VM 1. Required if Exposure (0018,1152) is not present. May be present otherwise. Duration of X-Ray exposure in msec. See Section C.8.7.2.1.1. Required if Exposure (0018,1152) is not present. May be present otherwise."""

    ExposureTimeInuS: Annotated[
        vr.DS | None, Attribute(0x00188150, "DS", "1", "3", name="Exposure Time in µS")
    ] = None
    """Exposure Time in µS (0018,8150): Type 3, VR DS, VM 1. Duration of X-Ray exposure in µsec."""

    Exposure: Annotated[
        vr.IS | None,
        Attribute(
            0x00181152,
            "IS",
            "1",
            "2C",
            name="Exposure",
            when=("or", ("not", ("present", 0x00181150)), ("not", ("present", 0x00181151))),
            otherwise="may",
        ),
    ] = None
    """Exposure (0018,1152): Type 2C, VR IS, VM 1. Required if either Exposure Time (0018,1150) or X-Ray Tube Current (0018,1151) are not present. May be present otherwise. The exposure expressed in mAs, for example calculated from Exposure Time and X-Ray Tube Current. Required if either Exposure Time (0018,1150) or X-Ray Tube Current (0018,1151) are not present. May be present otherwise."""

    ExposureInuAs: Annotated[
        vr.IS | None, Attribute(0x00181153, "IS", "1", "3", name="Exposure in µAs")
    ] = None
    """Exposure in µAs (0018,1153): Type 3, VR IS, VM 1. The exposure expressed in µAs, for example calculated from Exposure Time and X-Ray Tube Current."""

    Grid: Annotated[list[vr.CS] | None, Attribute(0x00181166, "CS", "1-n", "3", name="Grid")] = None
    """Grid (0018,1166): Type 3, VR CS, VM 1-n. Identify the grid. Only a single value shall be present. Defined Terms: IN A Grid is positioned; NONE No Grid is used."""

    AveragePulseWidth: Annotated[
        vr.DS | None, Attribute(0x00181154, "DS", "1", "3", name="Average Pulse Width")
    ] = None
    """Average Pulse Width (0018,1154): Type 3, VR DS, VM 1. Average width of X-Ray pulse in msec."""

    RadiationMode: Annotated[
        _RadiationModeTerm | vr.CS | None,
        Attribute(0x0018115A, "CS", "1", "3", name="Radiation Mode"),
    ] = None
    """Radiation Mode (0018,115A): Type 3, VR CS, VM 1. Specifies X-Ray radiation mode. Defined Terms: CONTINUOUS PULSED"""

    TypeOfFilters: Annotated[
        list[vr.LO] | None, Attribute(0x00181161, "LO", "1-n", "3", name="Type of Filters")
    ] = None
    """Type of Filters (0018,1161): Type 3, VR LO, VM 1-n. Type of filter(s) inserted into the X-Ray beam (e.g., wedges)."""

    IntensifierSize: Annotated[
        vr.DS | None, Attribute(0x00181162, "DS", "1", "3", name="Intensifier Size")
    ] = None
    """Intensifier Size (0018,1162): Type 3, VR DS, VM 1. Diameter of X-Ray intensifier in mm."""

    FieldOfViewShape: Annotated[
        _FieldOfViewShapeTermXRayAcquisition | vr.CS | None,
        Attribute(0x00181147, "CS", "1", "3", name="Field of View Shape"),
    ] = None
    """Field of View Shape (0018,1147): Type 3, VR CS, VM 1. Shape of the Image Intensifier Field of View. See Section C.8.7.2.1.2. Defined Terms: ROUND RECTANGLE"""

    FieldOfViewDimensions: Annotated[
        list[vr.IS] | None,
        Attribute(0x00181149, "IS", "1-2", "3", name="Field of View Dimension(s)"),
    ] = None
    """Field of View Dimension(s) (0018,1149): Type 3, VR IS, VM 1-2. Dimensions of the Image Intensifier Field of View in mm. If Rectangle, row dimension followed by column; if Round, diameter."""

    ImagerPixelSpacing: Annotated[
        list[vr.DS] | None, Attribute(0x00181164, "DS", "2", "3", name="Imager Pixel Spacing")
    ] = None
    """Imager Pixel Spacing (0018,1164): Type 3, VR DS, VM 2. Physical distance measured at the front plane of the Image Receptor housing between the center of each pixel specified by a numeric pair - row spacing value(delimiter) column spacing value in mm."""

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

    FocalSpots: Annotated[
        list[vr.DS] | None, Attribute(0x00181190, "DS", "1-n", "3", name="Focal Spot(s)")
    ] = None
    """Focal Spot(s) (0018,1190): Type 3, VR DS, VM 1-n. Nominal focal spot size in mm used to acquire this image."""

    ImageAndFluoroscopyAreaDoseProduct: Annotated[
        vr.DS | None,
        Attribute(0x0018115E, "DS", "1", "3", name="Image and Fluoroscopy Area Dose Product"),
    ] = None
    """Image and Fluoroscopy Area Dose Product (0018,115E): Type 3, VR DS, VM 1. X-Ray dose, measured in dGy*cm*cm, to which the patient was exposed for the acquisition of this image plus any non-digitally recorded fluoroscopy that may have been performed to prepare for the acquisition of this image."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FieldOfViewShapeTerm": (
        "dicomodel.enums.field_of_view_shape",
        "FieldOfViewShapeTermXRayAcquisition",
    ),
    "PixelSpacingCalibrationType": (
        "dicomodel.enums.pixel_spacing_calibration_type",
        "PixelSpacingCalibrationType",
    ),
    "RadiationModeTerm": ("dicomodel.enums.radiation_mode", "RadiationModeTerm"),
    "RadiationSetting": ("dicomodel.enums.radiation_setting", "RadiationSetting"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
