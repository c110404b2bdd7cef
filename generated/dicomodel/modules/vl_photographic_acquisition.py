"""VL Photographic Acquisition Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.interoperability_index import (
        InteroperabilityIndexTerm as _InteroperabilityIndexTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _InteroperabilityIndexTerm = Lazy(
        "dicomodel.enums.interoperability_index", "InteroperabilityIndexTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.interoperability_index import (
        InteroperabilityIndexTerm as InteroperabilityIndexTerm,
    )

__all__ = [
    "InteroperabilityIndexTerm",
    "VLPhotographicAcquisitionModule",
]


class VLPhotographicAcquisitionModule(DicomModel):
    """VL Photographic Acquisition Module Attributes (PS3.3 Table C.8.12.11-1)."""

    dicom_name: ClassVar[str] = "VL Photographic Acquisition"
    dicom_table: ClassVar[str] = "table_C.8.12.11-1"

    WhitePoint: Annotated[
        vr.DS | None, Attribute(0x00160001, "DS", "1", "3", name="White Point")
    ] = None
    """White Point (0016,0001): Type 3, VR DS, VM 1. The chromaticity of the white point of the image. This is the chromaticity when each of the primaries has its reference white value. The value is described using the 1931 CIE xy chromaticity diagram."""

    PrimaryChromaticities: Annotated[
        list[vr.DS] | None, Attribute(0x00160002, "DS", "3", "3", name="Primary Chromaticities")
    ] = None
    """Primary Chromaticities (0016,0002): Type 3, VR DS, VM 3. The chromaticity of the three primary colors of the image. This is the chromaticity for each of the primaries when it has its reference white value and the other primaries have their reference black values."""

    BatteryLevel: Annotated[
        vr.UT | None, Attribute(0x00160003, "UT", "1", "3", name="Battery Level")
    ] = None
    """Battery Level (0016,0003): Type 3, VR UT, VM 1. A description of the camera’s battery level at the time of image capture, encoded as a decimal, ratio, or text string."""

    ExposureTimeInSeconds: Annotated[
        vr.DS | None, Attribute(0x00160004, "DS", "1", "3", name="Exposure Time in Seconds")
    ] = None
    """Exposure Time in Seconds (0016,0004): Type 3, VR DS, VM 1. Exposure time in seconds."""

    FNumber: Annotated[vr.DS | None, Attribute(0x00160005, "DS", "1", "3", name="F-Number")] = None
    """F-Number (0016,0005): Type 3, VR DS, VM 1. The f-number. The nomenclature for representing the f-number varies in the literature. The capitalized hyphenated form is used here to be consistent with the pattern used for other DICOM Attribute names."""

    OECFRows: Annotated[vr.IS | None, Attribute(0x00160006, "IS", "1", "3", name="OECF Rows")] = (
        None
    )
    """OECF Rows (0016,0006): Type 3, VR IS, VM 1. The number of rows in the Opto-Electronic Conversion Function (OECF), as specified in [ISO 14524]."""

    OECFColumns: Annotated[
        vr.IS | None, Attribute(0x00160007, "IS", "1", "3", name="OECF Columns")
    ] = None
    """OECF Columns (0016,0007): Type 3, VR IS, VM 1. The number of columns in the Opto-Electronic Conversion Function (OECF), as specified in [ISO 14524]."""

    OECFColumnNames: Annotated[
        list[vr.UC] | None, Attribute(0x00160008, "UC", "1-n", "3", name="OECF Column Names")
    ] = None
    """OECF Column Names (0016,0008): Type 3, VR UC, VM 1-n. The names of the columns in the Opto-Electronic Conversion Function (OECF), as specified in [ISO 14524]."""

    OECFValues: Annotated[
        list[vr.DS] | None, Attribute(0x00160009, "DS", "1-n", "3", name="OECF Values")
    ] = None
    """OECF Values (0016,0009): Type 3, VR DS, VM 1-n. The values of the Opto-Electronic Conversion Function (OECF), as specified in [ISO 14524], encoded as successive column values of the first row, then as successive column values of each successive row."""

    SpatialFrequencyResponseRows: Annotated[
        vr.IS | None, Attribute(0x0016000A, "IS", "1", "3", name="Spatial Frequency Response Rows")
    ] = None
    """Spatial Frequency Response Rows (0016,000A): Type 3, VR IS, VM 1. The number of rows in the Spatial Frequency Response (SRF) table as specified in [ISO 12233]."""

    SpatialFrequencyResponseColumns: Annotated[
        vr.IS | None,
        Attribute(0x0016000B, "IS", "1", "3", name="Spatial Frequency Response Columns"),
    ] = None
    """Spatial Frequency Response Columns (0016,000B): Type 3, VR IS, VM 1. The number of columns in the Spatial Frequency Response (SRF) table as specified in [ISO 12233]."""

    SpatialFrequencyResponseColumnNames: Annotated[
        list[vr.UC] | None,
        Attribute(0x0016000C, "UC", "1-n", "3", name="Spatial Frequency Response Column Names"),
    ] = None
    """Spatial Frequency Response Column Names (0016,000C): Type 3, VR UC, VM 1-n. The names of the columns in the Spatial Frequency Response (SRF) table as specified in [ISO 12233]."""

    SpatialFrequencyResponseValues: Annotated[
        list[vr.DS] | None,
        Attribute(0x0016000D, "DS", "1-n", "3", name="Spatial Frequency Response Values"),
    ] = None
    """Spatial Frequency Response Values (0016,000D): Type 3, VR DS, VM 1-n. The values of the Spatial Frequency Response (SRF) table as specified in [ISO 12233], encoded as successive column values of the first row, then as successive column values of each successive row."""

    ColorFilterArrayPatternRows: Annotated[
        vr.IS | None, Attribute(0x0016000E, "IS", "1", "3", name="Color Filter Array Pattern Rows")
    ] = None
    """Color Filter Array Pattern Rows (0016,000E): Type 3, VR IS, VM 1. The number of rows in the color filter array (CFA) geometric pattern."""

    ColorFilterArrayPatternColumns: Annotated[
        vr.IS | None,
        Attribute(0x0016000F, "IS", "1", "3", name="Color Filter Array Pattern Columns"),
    ] = None
    """Color Filter Array Pattern Columns (0016,000F): Type 3, VR IS, VM 1. The number of columns in the color filter array (CFA) geometric pattern."""

    ColorFilterArrayPatternValues: Annotated[
        list[vr.DS] | None,
        Attribute(0x00160010, "DS", "1-n", "3", name="Color Filter Array Pattern Values"),
    ] = None
    """Color Filter Array Pattern Values (0016,0010): Type 3, VR DS, VM 1-n. The values of the color filter array (CFA) geometric pattern of the image sensor when a one-chip color area sensor is used, encoded as successive column values of the first row, then as successive column values of each successive row."""

    ExposureProgram: Annotated[
        vr.US | None, Attribute(0x00160016, "US", "1", "3", name="Exposure Program")
    ] = None
    """Exposure Program (0016,0016): Type 3, VR US, VM 1. The class of the program used by the camera to set exposure. Defined Terms: 0 Not defined 1 Manual 2 Normal program 3 Aperture priority 4 Shutter priority 5 Creative program (biased toward depth of field) 6 Action program (biased toward fas..."""

    SpectralSensitivity: Annotated[
        vr.UT | None, Attribute(0x00160017, "UT", "1", "3", name="Spectral Sensitivity")
    ] = None
    """Spectral Sensitivity (0016,0017): Type 3, VR UT, VM 1. The spectral sensitivity of each channel of the camera used. The value is an ASCII string compatible with the standard developed by the ASTM Technical Committee."""

    PhotographicSensitivity: Annotated[
        vr.IS | None, Attribute(0x00160018, "IS", "1", "3", name="Photographic Sensitivity")
    ] = None
    """Photographic Sensitivity (0016,0018): Type 3, VR IS, VM 1. The sensitivity of the camera or input device, as specified by the [ISO 12232] parameter selected by Sensitivity Type (0016,001A)."""

    SensitivityType: Annotated[
        vr.US | None, Attribute(0x0016001A, "US", "1", "3", name="Sensitivity Type")
    ] = None
    """Sensitivity Type (0016,001A): Type 3, VR US, VM 1. Which of the parameters of [ISO 12232] is used in Photographic Sensitivity (0016,0018). Defined Terms: 0 Unknown 1 Standard output sensitivity (SOS) 2 Recommended exposure index (REI) 3 ISO speed 4 Standard output sensitivity (SOS) and reco..."""

    StandardOutputSensitivity: Annotated[
        vr.IS | None, Attribute(0x0016001B, "IS", "1", "3", name="Standard Output Sensitivity")
    ] = None
    """Standard Output Sensitivity (0016,001B): Type 3, VR IS, VM 1. The standard output sensitivity value of a camera or input device defined in [ISO 12232]."""

    RecommendedExposureIndex: Annotated[
        vr.IS | None, Attribute(0x0016001C, "IS", "1", "3", name="Recommended Exposure Index")
    ] = None
    """Recommended Exposure Index (0016,001C): Type 3, VR IS, VM 1. The recommended exposure index value of a camera or input device defined in [ISO 12232]."""

    ISOSpeed: Annotated[vr.IS | None, Attribute(0x0016001D, "IS", "1", "3", name="ISO Speed")] = (
        None
    )
    """ISO Speed (0016,001D): Type 3, VR IS, VM 1. The ISO speed value of a camera or input device that is defined in [ISO 12232]."""

    ISOSpeedLatitudeyyy: Annotated[
        vr.IS | None, Attribute(0x0016001E, "IS", "1", "3", name="ISO Speed Latitude yyy")
    ] = None
    """ISO Speed Latitude yyy (0016,001E): Type 3, VR IS, VM 1. The ISO speed latitude yyy value of a camera or input device that is defined in [ISO 12232]."""

    ISOSpeedLatitudezzz: Annotated[
        vr.IS | None, Attribute(0x0016001F, "IS", "1", "3", name="ISO Speed Latitude zzz")
    ] = None
    """ISO Speed Latitude zzz (0016,001F): Type 3, VR IS, VM 1. The ISO speed latitude zzz value of a camera or input device that is defined in [ISO 12232]."""

    EXIFVersion: Annotated[
        vr.UT | None, Attribute(0x00160020, "UT", "1", "3", name="EXIF Version")
    ] = None
    """EXIF Version (0016,0020): Type 3, VR UT, VM 1. The version of the EXIF standard."""

    ShutterSpeedValue: Annotated[
        vr.DS | None, Attribute(0x00160021, "DS", "1", "3", name="Shutter Speed Value")
    ] = None
    """Shutter Speed Value (0016,0021): Type 3, VR DS, VM 1. The shutter speed. The unit is the APEX value."""

    ApertureValue: Annotated[
        vr.DS | None, Attribute(0x00160022, "DS", "1", "3", name="Aperture Value")
    ] = None
    """Aperture Value (0016,0022): Type 3, VR DS, VM 1. The lens aperture. The unit is the APEX value."""

    BrightnessValue: Annotated[
        vr.DS | None, Attribute(0x00160023, "DS", "1", "3", name="Brightness Value")
    ] = None
    """Brightness Value (0016,0023): Type 3, VR DS, VM 1. The value of brightness. The unit is the APEX value."""

    ExposureBiasValue: Annotated[
        vr.DS | None, Attribute(0x00160024, "DS", "1", "3", name="Exposure Bias Value")
    ] = None
    """Exposure Bias Value (0016,0024): Type 3, VR DS, VM 1. The exposure bias. The unit is the APEX value."""

    MaxApertureValue: Annotated[
        vr.DS | None, Attribute(0x00160025, "DS", "1", "3", name="Max Aperture Value")
    ] = None
    """Max Aperture Value (0016,0025): Type 3, VR DS, VM 1. The smallest F number of the lens. The unit is the APEX value."""

    SubjectDistance: Annotated[
        vr.DS | None, Attribute(0x00160026, "DS", "1", "3", name="Subject Distance")
    ] = None
    """Subject Distance (0016,0026): Type 3, VR DS, VM 1. The distance to the subject in meters."""

    MeteringMode: Annotated[
        vr.US | None, Attribute(0x00160027, "US", "1", "3", name="Metering Mode")
    ] = None
    """Metering Mode (0016,0027): Type 3, VR US, VM 1. The metering mode. Defined Terms: 0 unknown 1 Average 2 CenterWeightedAverage 3 Spot 4 MultiSpot 5 Pattern 6 Partial 255 other"""

    LightSource: Annotated[
        vr.US | None, Attribute(0x00160028, "US", "1", "3", name="Light Source")
    ] = None
    """Light Source (0016,0028): Type 3, VR US, VM 1. The kind of light source. Defined Terms: 0 unknown 1 Daylight 2 Fluorescent 3 Tungsten (incandescent light) 4 Flash 9 Fine weather 10 Cloudy weather 11 Shade 12 Daylight fluorescent (D 5700 - 7100K) 13 Day white fluorescent (N 4600 - 5500K)..."""

    FlashFiringStatus: Annotated[
        vr.US | None, Attribute(0x00160011, "US", "1", "3", name="Flash Firing Status")
    ] = None
    """Flash Firing Status (0016,0011): Type 3, VR US, VM 1. The status of firing of the flash (strobe light). Defined Terms: 0 Flash did not fire 1 Flash fired"""

    FlashReturnStatus: Annotated[
        vr.US | None, Attribute(0x00160012, "US", "1", "3", name="Flash Return Status")
    ] = None
    """Flash Return Status (0016,0012): Type 3, VR US, VM 1. The detection of returned light from firing of the flash (strobe light). Defined Terms: 0 No strobe return detection function 1 Reserved 2 Strobe return light not detected 3 Strobe return light detected"""

    FlashMode: Annotated[vr.US | None, Attribute(0x00160013, "US", "1", "3", name="Flash Mode")] = (
        None
    )
    """Flash Mode (0016,0013): Type 3, VR US, VM 1. The camera's flash (strobe light) mode. Defined Terms: 0 Unknown 1 Compulsory flash firing 2 Compulsory flash suppression 3 Auto mode"""

    FlashFunctionPresent: Annotated[
        vr.US | None, Attribute(0x00160014, "US", "1", "3", name="Flash Function Present")
    ] = None
    """Flash Function Present (0016,0014): Type 3, VR US, VM 1. Whether or not the camera has a flash function flash (strobe light). Defined Terms: 0 Flash function present 1 No flash function"""

    FlashRedEyeMode: Annotated[
        vr.US | None, Attribute(0x00160015, "US", "1", "3", name="Flash Red Eye Mode")
    ] = None
    """Flash Red Eye Mode (0016,0015): Type 3, VR US, VM 1. Whether or not the camera supports red-eye reduction. Defined Terms: 0 No red-eye reduction mode or unknown 1 Red-eye reduction supported"""

    FocalLength: Annotated[
        vr.DS | None, Attribute(0x00160029, "DS", "1", "3", name="Focal Length")
    ] = None
    """Focal Length (0016,0029): Type 3, VR DS, VM 1. The actual focal length of the lens, in mm."""

    SubjectArea: Annotated[
        list[vr.IS] | None, Attribute(0x0016002A, "IS", "2-4", "3", name="Subject Area")
    ] = None
    """Subject Area (0016,002A): Type 3, VR IS, VM 2-4. The location and area of the main subject in the overall scene. If two values are present, they are the X and Y image-relative coordinates of a location."""

    MakerNote: Annotated[vr.OB | None, Attribute(0x0016002B, "OB", "1", "3", name="Maker Note")] = (
        None
    )
    """Maker Note (0016,002B): Type 3, VR OB, VM 1. Any desired information. The contents are up to the manufacturer."""

    Temperature: Annotated[
        vr.DS | None, Attribute(0x00160030, "DS", "1", "3", name="Temperature")
    ] = None
    """Temperature (0016,0030): Type 3, VR DS, VM 1. The ambient temperature at the time of acquisition, in °C."""

    Humidity: Annotated[vr.DS | None, Attribute(0x00160031, "DS", "1", "3", name="Humidity")] = None
    """Humidity (0016,0031): Type 3, VR DS, VM 1. The ambient humidity at the time of acquisition, in %."""

    Pressure: Annotated[vr.DS | None, Attribute(0x00160032, "DS", "1", "3", name="Pressure")] = None
    """Pressure (0016,0032): Type 3, VR DS, VM 1. The ambient pressure at the time of acquisition, in hPa."""

    WaterDepth: Annotated[
        vr.DS | None, Attribute(0x00160033, "DS", "1", "3", name="Water Depth")
    ] = None
    """Water Depth (0016,0033): Type 3, VR DS, VM 1. The water depth at the time of acquisition, in m. When the value is negative, the absolute value of it indicates the height (elevation) above the water level."""

    Acceleration: Annotated[
        vr.DS | None, Attribute(0x00160034, "DS", "1", "3", name="Acceleration")
    ] = None
    """Acceleration (0016,0034): Type 3, VR DS, VM 1. The acceleration as a scalar, regardless of direction, at the time of acquisition, in mGal (10-5 m/s2)."""

    CameraElevationAngle: Annotated[
        vr.DS | None, Attribute(0x00160035, "DS", "1", "3", name="Camera Elevation Angle")
    ] = None
    """Camera Elevation Angle (0016,0035): Type 3, VR DS, VM 1. The elevation/depression (angle of the orientation of the camera, imaging optical axis) in degrees from -180 to less than 180, at the time of acquisition."""

    FlashEnergy: Annotated[
        list[vr.DS] | None, Attribute(0x00160036, "DS", "1-2", "3", name="Flash Energy")
    ] = None
    """Flash Energy (0016,0036): Type 3, VR DS, VM 1-2. The amount of flash (strobe) energy at the time the image is captured, in Beam Candle Power Seconds (BCPS). A single value if the exact flash energy is known, otherwise two values, the minimum value and the maximum value."""

    SubjectLocation: Annotated[
        list[vr.IS] | None, Attribute(0x00160037, "IS", "2", "3", name="Subject Location")
    ] = None
    """Subject Location (0016,0037): Type 3, VR IS, VM 2. The location of the main subject in the scene. The value of this tag represents the pixel at the center of the main subject relative to the upper left corner."""

    PhotographicExposureIndex: Annotated[
        vr.DS | None, Attribute(0x00160038, "DS", "1", "3", name="Photographic Exposure Index")
    ] = None
    """Photographic Exposure Index (0016,0038): Type 3, VR DS, VM 1. The exposure index selected on the camera or input device at the time the image is captured."""

    SensingMethod: Annotated[
        vr.US | None, Attribute(0x00160039, "US", "1", "3", name="Sensing Method")
    ] = None
    """Sensing Method (0016,0039): Type 3, VR US, VM 1. The image sensor type on the camera or input device. Defined Terms: 1 Not defined 2 One-chip color area sensor 3 Two-chip color area sensor 4 Three-chip color area sensor 5 Color sequential area sensor 7 Trilinear sensor 8 Color sequential..."""

    FileSource: Annotated[
        vr.US | None, Attribute(0x0016003A, "US", "1", "3", name="File Source")
    ] = None
    """File Source (0016,003A): Type 3, VR US, VM 1. The image source. Defined Terms: 0 others 1 scanner of transparent type 2 scanner of reflex type 3 digital still camera (DSC)"""

    SceneType: Annotated[vr.US | None, Attribute(0x0016003B, "US", "1", "3", name="Scene Type")] = (
        None
    )
    """Scene Type (0016,003B): Type 3, VR US, VM 1. The type of scene. Defined Terms: 1 A directly photographed image"""

    CustomRendered: Annotated[
        vr.US | None, Attribute(0x00160041, "US", "1", "3", name="Custom Rendered")
    ] = None
    """Custom Rendered (0016,0041): Type 3, VR US, VM 1. Special processing that was used on image data. Defined Terms: 0 Normal process 1 Custom process"""

    ExposureMode: Annotated[
        vr.US | None, Attribute(0x00160042, "US", "1", "3", name="Exposure Mode")
    ] = None
    """Exposure Mode (0016,0042): Type 3, VR US, VM 1. The exposure mode set when the image was shot. Defined Terms: 0 Auto exposure 1 Manual exposure 2 Auto bracket"""

    WhiteBalance: Annotated[
        vr.US | None, Attribute(0x00160043, "US", "1", "3", name="White Balance")
    ] = None
    """White Balance (0016,0043): Type 3, VR US, VM 1. The white balance mode set when the image was shot. Defined Terms: 0 Auto white balance 1 Manual white balance"""

    DigitalZoomRatio: Annotated[
        vr.DS | None, Attribute(0x00160044, "DS", "1", "3", name="Digital Zoom Ratio")
    ] = None
    """Digital Zoom Ratio (0016,0044): Type 3, VR DS, VM 1. The digital zoom ratio when the image was shot."""

    FocalLengthIn35mmFilm: Annotated[
        vr.IS | None, Attribute(0x00160045, "IS", "1", "3", name="Focal Length In 35mm Film")
    ] = None
    """Focal Length In 35mm Film (0016,0045): Type 3, VR IS, VM 1. The equivalent focal length assuming a 35mm film camera, in mm."""

    SceneCaptureType: Annotated[
        vr.US | None, Attribute(0x00160046, "US", "1", "3", name="Scene Capture Type")
    ] = None
    """Scene Capture Type (0016,0046): Type 3, VR US, VM 1. The type of scene that was shot. Defined Terms: 0 Standard 1 Landscape 2 Portrait 3 Night scene"""

    GainControl: Annotated[
        vr.US | None, Attribute(0x00160047, "US", "1", "3", name="Gain Control")
    ] = None
    """Gain Control (0016,0047): Type 3, VR US, VM 1. The degree of overall image gain adjustment. Defined Terms: 0 None 1 Low gain up 2 High gain up 3 Low gain down 4 High gain down"""

    Contrast: Annotated[vr.US | None, Attribute(0x00160048, "US", "1", "3", name="Contrast")] = None
    """Contrast (0016,0048): Type 3, VR US, VM 1. The direction of contrast processing applied by the camera. Defined Terms: 0 Normal 1 Soft 2 Hard"""

    Saturation: Annotated[
        vr.US | None, Attribute(0x00160049, "US", "1", "3", name="Saturation")
    ] = None
    """Saturation (0016,0049): Type 3, VR US, VM 1. The direction of saturation processing applied by the camera. Defined Terms: 0 Normal 1 Low saturation 2 High saturation"""

    Sharpness: Annotated[vr.US | None, Attribute(0x0016004A, "US", "1", "3", name="Sharpness")] = (
        None
    )
    """Sharpness (0016,004A): Type 3, VR US, VM 1. The direction of sharpness processing applied by the camera. Defined Terms: 0 Normal 1 Soft 2 Hard"""

    DeviceSettingDescription: Annotated[
        vr.OB | None, Attribute(0x0016004B, "OB", "1", "3", name="Device Setting Description")
    ] = None
    """Device Setting Description (0016,004B): Type 3, VR OB, VM 1. Information on the picture-taking conditions of a particular camera model, encoded as defined in [EXIF 2.31]."""

    SubjectDistanceRange: Annotated[
        vr.US | None, Attribute(0x0016004C, "US", "1", "3", name="Subject Distance Range")
    ] = None
    """Subject Distance Range (0016,004C): Type 3, VR US, VM 1. The distance to the subject. Defined Terms: 0 unknown 1 Macro 2 Close view 3 Distant view"""

    SelfTimerMode: Annotated[
        vr.IS | None, Attribute(0x00160019, "IS", "1", "3", name="Self Timer Mode")
    ] = None
    """Self Timer Mode (0016,0019): Type 3, VR IS, VM 1. The number of seconds the image capture was delayed from when the capture was initiated by the camera operator. If the value is zero, the self-timer is off."""

    InteroperabilityIndex: Annotated[
        _InteroperabilityIndexTerm | vr.CS | None,
        Attribute(0x00160061, "CS", "1", "3", name="Interoperability Index"),
    ] = None
    """Interoperability Index (0016,0061): Type 3, VR CS, VM 1. Identification of the interoperability rule to which the image conforms. Defined Terms: R98 Indicates a file conforming to R98 file specification of Recommended Exif Interoperability Rules (Exif R 98) or to DCF basic file stipulated by Desi..."""

    InteroperabilityVersion: Annotated[
        vr.OB | None, Attribute(0x00160062, "OB", "1", "3", name="Interoperability Version")
    ] = None
    """Interoperability Version (0016,0062): Type 3, VR OB, VM 1. The version interoperability rule to which the image conforms."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "InteroperabilityIndexTerm": (
        "dicomodel.enums.interoperability_index",
        "InteroperabilityIndexTerm",
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
