"""X-Ray Detector Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.detector_active_shape import (
        DetectorActiveShapeValue as _DetectorActiveShapeValue,
    )
    from dicomodel.enums.detector_conditions_nominal_flag import (
        DetectorConditionsNominalFlagValue as _DetectorConditionsNominalFlagValue,
    )
    from dicomodel.enums.detector_configuration import (
        DetectorConfigurationTerm as _DetectorConfigurationTerm,
    )
    from dicomodel.enums.detector_type import DetectorTypeTerm as _DetectorTypeTerm
else:
    from dicomodel.lazy import Lazy

    _DetectorActiveShapeValue = Lazy(
        "dicomodel.enums.detector_active_shape", "DetectorActiveShapeValue"
    )
    _DetectorConditionsNominalFlagValue = Lazy(
        "dicomodel.enums.detector_conditions_nominal_flag", "DetectorConditionsNominalFlagValue"
    )
    _DetectorConfigurationTerm = Lazy(
        "dicomodel.enums.detector_configuration", "DetectorConfigurationTerm"
    )
    _DetectorTypeTerm = Lazy("dicomodel.enums.detector_type", "DetectorTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.detector_active_shape import DetectorActiveShape as DetectorActiveShape
    from dicomodel.enums.detector_conditions_nominal_flag import (
        DetectorConditionsNominalFlag as DetectorConditionsNominalFlag,
    )
    from dicomodel.enums.detector_configuration import (
        DetectorConfigurationTerm as DetectorConfigurationTerm,
    )
    from dicomodel.enums.detector_type import DetectorTypeTerm as DetectorTypeTerm

__all__ = [
    "DetectorActiveShape",
    "DetectorConditionsNominalFlag",
    "DetectorConfigurationTerm",
    "DetectorTypeTerm",
    "XRayDetectorModule",
]


class XRayDetectorModule(DicomModel):
    """X-Ray Detector Module Attributes (PS3.3 Table C.8.19.5-1)."""

    dicom_name: ClassVar[str] = "X-Ray Detector"
    dicom_table: ClassVar[str] = "table_C.8.19.5-1"

    DetectorType: Annotated[
        _DetectorTypeTerm | vr.CS | None,
        Attribute(0x00187004, "CS", "1", "2", name="Detector Type"),
    ]
    """Detector Type (0018,7004): Type 2, VR CS, VM 1. The type of detector used to acquire this image. Defined Terms: DIRECT X-Ray photoconductor SCINTILLATOR Phosphor used STORAGE Storage phosphor FILM Scanned film/screen"""

    DetectorConfiguration: Annotated[
        _DetectorConfigurationTerm | vr.CS | None,
        Attribute(0x00187005, "CS", "1", "3", name="Detector Configuration"),
    ] = None
    """Detector Configuration (0018,7005): Type 3, VR CS, VM 1. The physical configuration of the detector. Defined Terms: AREA single or tiled detector SLOT scanned slot, slit or spot"""

    DetectorDescription: Annotated[
        vr.LT | None, Attribute(0x00187006, "LT", "1", "3", name="Detector Description")
    ] = None
    """Detector Description (0018,7006): Type 3, VR LT, VM 1. Free text description of detector."""

    DetectorMode: Annotated[
        vr.LT | None, Attribute(0x00187008, "LT", "1", "3", name="Detector Mode")
    ] = None
    """Detector Mode (0018,7008): Type 3, VR LT, VM 1. Text description of operating mode of detector (implementation specific)."""

    DetectorID: Annotated[
        vr.SH | None, Attribute(0x0018700A, "SH", "1", "3", name="Detector ID")
    ] = None
    """Detector ID (0018,700A): Type 3, VR SH, VM 1. The ID or serial number of the detector used to acquire this image."""

    DateOfLastDetectorCalibration: Annotated[
        vr.DA | None,
        Attribute(0x0018700C, "DA", "1", "3", name="Date of Last Detector Calibration"),
    ] = None
    """Date of Last Detector Calibration (0018,700C): Type 3, VR DA, VM 1. The date on which the detector used to acquire this image as identified in Detector ID (0018,700A) was last calibrated."""

    TimeOfLastDetectorCalibration: Annotated[
        vr.TM | None,
        Attribute(0x0018700E, "TM", "1", "3", name="Time of Last Detector Calibration"),
    ] = None
    """Time of Last Detector Calibration (0018,700E): Type 3, VR TM, VM 1. The time at which the detector used to acquire this image as identified in Detector ID (0018,700A) was last calibrated."""

    ExposuresOnDetectorSinceLastCalibration: Annotated[
        vr.IS | None,
        Attribute(0x00187010, "IS", "1", "3", name="Exposures on Detector Since Last Calibration"),
    ] = None
    """Exposures on Detector Since Last Calibration (0018,7010): Type 3, VR IS, VM 1. Total number of X-Ray exposures that have been made on the detector used to acquire this image as identified in Detector ID (0018,700A) since it was calibrated."""

    ExposuresOnDetectorSinceManufactured: Annotated[
        vr.IS | None,
        Attribute(0x00187011, "IS", "1", "3", name="Exposures on Detector Since Manufactured"),
    ] = None
    """Exposures on Detector Since Manufactured (0018,7011): Type 3, VR IS, VM 1. Total number of X-Ray exposures that have been made on the detector used to acquire this image as identified in Detector ID (0018,700A) since it was manufactured."""

    DetectorTimeSinceLastExposure: Annotated[
        vr.DS | None,
        Attribute(0x00187012, "DS", "1", "3", name="Detector Time Since Last Exposure"),
    ] = None
    """Detector Time Since Last Exposure (0018,7012): Type 3, VR DS, VM 1. Time in Seconds since an exposure was last made on this detector prior to the acquisition of this image."""

    DetectorBinning: Annotated[
        list[vr.DS] | None, Attribute(0x0018701A, "DS", "2", "3", name="Detector Binning")
    ] = None
    """Detector Binning (0018,701A): Type 3, VR DS, VM 2. Number of active detectors used to generate a single pixel. Specified as number of row detectors per pixel then column."""

    DetectorManufacturerName: Annotated[
        vr.LO | None, Attribute(0x0018702A, "LO", "1", "3", name="Detector Manufacturer Name")
    ] = None
    """Detector Manufacturer Name (0018,702A): Type 3, VR LO, VM 1. Name of the manufacturer of the detector component of the acquisition system."""

    DetectorManufacturerModelName: Annotated[
        vr.LO | None,
        Attribute(0x0018702B, "LO", "1", "3", name="Detector Manufacturer's Model Name"),
    ] = None
    """Detector Manufacturer's Model Name (0018,702B): Type 3, VR LO, VM 1. Model name of the detector component of the acquisition system."""

    DetectorConditionsNominalFlag: Annotated[
        _DetectorConditionsNominalFlagValue | None,
        Attribute(
            0x00187000,
            "CS",
            "1",
            "3",
            name="Detector Conditions Nominal Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Detector Conditions Nominal Flag (0018,7000): Type 3, VR CS, VM 1. Whether or not the detector is operating within normal tolerances during this image acquisition. Enumerated Values: YES NO This flag is intended to indicate whether or not there may have been some compromise of the diagnostic quality of the..."""

    DetectorTemperature: Annotated[
        vr.DS | None, Attribute(0x00187001, "DS", "1", "3", name="Detector Temperature")
    ] = None
    """Detector Temperature (0018,7001): Type 3, VR DS, VM 1. Detector temperature during exposure in degrees Celsius."""

    Sensitivity: Annotated[
        vr.DS | None, Attribute(0x00186000, "DS", "1", "3", name="Sensitivity")
    ] = None
    """Sensitivity (0018,6000): Type 3, VR DS, VM 1. Detector sensitivity in manufacturer specific units. This value is intended to provide a single location where manufacturer specific information can be found for annotation on a display or film, that has meaning to a knowledgeable observer...."""

    DetectorElementPhysicalSize: Annotated[
        list[vr.DS] | None,
        Attribute(0x00187020, "DS", "2", "3", name="Detector Element Physical Size"),
    ] = None
    """Detector Element Physical Size (0018,7020): Type 3, VR DS, VM 2. Physical dimensions of each detector element that comprises the detector matrix, in mm. Expressed as row dimension followed by column."""

    DetectorElementSpacing: Annotated[
        list[vr.DS] | None, Attribute(0x00187022, "DS", "2", "3", name="Detector Element Spacing")
    ] = None
    """Detector Element Spacing (0018,7022): Type 3, VR DS, VM 2. Physical distance between the center of each detector element, specified by a numeric pair - row spacing value(delimiter) column spacing value in mm. See Section 10.7.1.3 for further explanation of the value order."""

    DetectorActiveShape: Annotated[
        _DetectorActiveShapeValue | None,
        Attribute(
            0x00187024,
            "CS",
            "1",
            "3",
            name="Detector Active Shape",
            enumerated=((0, ("RECTANGLE", "ROUND", "HEXAGONAL")),),
        ),
    ] = None
    """Detector Active Shape (0018,7024): Type 3, VR CS, VM 1. Shape of the active area. Enumerated Values: RECTANGLE ROUND HEXAGONAL This may be different from the Field of View Shape (0018,1147), and should not be assumed to describe the stored image."""

    DetectorActiveDimensions: Annotated[
        list[vr.DS] | None,
        Attribute(0x00187026, "DS", "1-2", "3", name="Detector Active Dimension(s)"),
    ] = None
    """Detector Active Dimension(s) (0018,7026): Type 3, VR DS, VM 1-2. Dimensions in mm of the active area. If Detector Active Shape (0018,7024) is: RECTANGLE: row dimension followed by column. ROUND: diameter. HEXAGONAL: diameter of a circumscribed circle."""

    DetectorActiveOrigin: Annotated[
        list[vr.DS] | None, Attribute(0x00187028, "DS", "2", "3", name="Detector Active Origin")
    ] = None
    """Detector Active Origin (0018,7028): Type 3, VR DS, VM 2. Offset of the TLHC of a rectangle circumscribing the active detector area from the TLHC of a rectangle circumscribing the physical detector area, measured in physical detector pixels as a row offset followed by a column offset."""

    ExposureIndex: Annotated[
        vr.DS | None, Attribute(0x00181411, "DS", "1", "3", name="Exposure Index")
    ] = None
    """Exposure Index (0018,1411): Type 3, VR DS, VM 1. Measure of the detector response to radiation in the relevant image region of an image acquired with a digital X-Ray imaging system as defined in IEC 62494-1."""

    TargetExposureIndex: Annotated[
        vr.DS | None, Attribute(0x00181412, "DS", "1", "3", name="Target Exposure Index")
    ] = None
    """Target Exposure Index (0018,1412): Type 3, VR DS, VM 1. The target value used to calculate Deviation Index (0018,1413) as defined in IEC 62494-1."""

    DeviationIndex: Annotated[
        vr.DS | None, Attribute(0x00181413, "DS", "1", "3", name="Deviation Index")
    ] = None
    """Deviation Index (0018,1413): Type 3, VR DS, VM 1. A scaled representation of the difference of the Exposure Index compared to the Target Exposure Index as defined in IEC 62494-1 and the report of AAPM TG 116."""

    PhysicalDetectorSize: Annotated[
        list[vr.FL], Attribute(0x00189429, "FL", "2", "1", name="Physical Detector Size")
    ]
    """Physical Detector Size (0018,9429): Type 1, VR FL, VM 2. Dimensions of the physical detector measured in mm as a row size followed by a column size."""

    PositionOfIsocenterProjection: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x00189430,
            "FL",
            "2",
            "1C",
            name="Position of Isocenter Projection",
            when=("present", 0x00189462),
        ),
    ] = None
    """Position of Isocenter Projection (0018,9430): Type 1C, VR FL, VM 2. Required if Isocenter Reference System Sequence (0018,9462) is present. Position of the Isocenter projection on the detector plane measured in fractional physical detector elements as a distance along the column direction followed by a distance along the row direction from the center of the TLHC detector elemen..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DetectorActiveShape": ("dicomodel.enums.detector_active_shape", "DetectorActiveShape"),
    "DetectorConditionsNominalFlag": (
        "dicomodel.enums.detector_conditions_nominal_flag",
        "DetectorConditionsNominalFlag",
    ),
    "DetectorConfigurationTerm": (
        "dicomodel.enums.detector_configuration",
        "DetectorConfigurationTerm",
    ),
    "DetectorTypeTerm": ("dicomodel.enums.detector_type", "DetectorTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
