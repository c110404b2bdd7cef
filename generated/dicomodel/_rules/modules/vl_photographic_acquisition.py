"""Presence rules of VL Photographic Acquisition Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
VLPhotographicAcquisitionModule = (
    "table_C.8.12.11-1",
    (
        ("WhitePoint", Attribute(0x00160001, "DS", "1", "3", name="White Point"), None),
        (
            "PrimaryChromaticities",
            Attribute(0x00160002, "DS", "3", "3", name="Primary Chromaticities"),
            None,
        ),
        ("BatteryLevel", Attribute(0x00160003, "UT", "1", "3", name="Battery Level"), None),
        (
            "ExposureTimeInSeconds",
            Attribute(0x00160004, "DS", "1", "3", name="Exposure Time in Seconds"),
            None,
        ),
        ("FNumber", Attribute(0x00160005, "DS", "1", "3", name="F-Number"), None),
        ("OECFRows", Attribute(0x00160006, "IS", "1", "3", name="OECF Rows"), None),
        ("OECFColumns", Attribute(0x00160007, "IS", "1", "3", name="OECF Columns"), None),
        (
            "OECFColumnNames",
            Attribute(0x00160008, "UC", "1-n", "3", name="OECF Column Names"),
            None,
        ),
        ("OECFValues", Attribute(0x00160009, "DS", "1-n", "3", name="OECF Values"), None),
        (
            "SpatialFrequencyResponseRows",
            Attribute(0x0016000A, "IS", "1", "3", name="Spatial Frequency Response Rows"),
            None,
        ),
        (
            "SpatialFrequencyResponseColumns",
            Attribute(0x0016000B, "IS", "1", "3", name="Spatial Frequency Response Columns"),
            None,
        ),
        (
            "SpatialFrequencyResponseColumnNames",
            Attribute(0x0016000C, "UC", "1-n", "3", name="Spatial Frequency Response Column Names"),
            None,
        ),
        (
            "SpatialFrequencyResponseValues",
            Attribute(0x0016000D, "DS", "1-n", "3", name="Spatial Frequency Response Values"),
            None,
        ),
        (
            "ColorFilterArrayPatternRows",
            Attribute(0x0016000E, "IS", "1", "3", name="Color Filter Array Pattern Rows"),
            None,
        ),
        (
            "ColorFilterArrayPatternColumns",
            Attribute(0x0016000F, "IS", "1", "3", name="Color Filter Array Pattern Columns"),
            None,
        ),
        (
            "ColorFilterArrayPatternValues",
            Attribute(0x00160010, "DS", "1-n", "3", name="Color Filter Array Pattern Values"),
            None,
        ),
        ("ExposureProgram", Attribute(0x00160016, "US", "1", "3", name="Exposure Program"), None),
        (
            "SpectralSensitivity",
            Attribute(0x00160017, "UT", "1", "3", name="Spectral Sensitivity"),
            None,
        ),
        (
            "PhotographicSensitivity",
            Attribute(0x00160018, "IS", "1", "3", name="Photographic Sensitivity"),
            None,
        ),
        ("SensitivityType", Attribute(0x0016001A, "US", "1", "3", name="Sensitivity Type"), None),
        (
            "StandardOutputSensitivity",
            Attribute(0x0016001B, "IS", "1", "3", name="Standard Output Sensitivity"),
            None,
        ),
        (
            "RecommendedExposureIndex",
            Attribute(0x0016001C, "IS", "1", "3", name="Recommended Exposure Index"),
            None,
        ),
        ("ISOSpeed", Attribute(0x0016001D, "IS", "1", "3", name="ISO Speed"), None),
        (
            "ISOSpeedLatitudeyyy",
            Attribute(0x0016001E, "IS", "1", "3", name="ISO Speed Latitude yyy"),
            None,
        ),
        (
            "ISOSpeedLatitudezzz",
            Attribute(0x0016001F, "IS", "1", "3", name="ISO Speed Latitude zzz"),
            None,
        ),
        ("EXIFVersion", Attribute(0x00160020, "UT", "1", "3", name="EXIF Version"), None),
        (
            "ShutterSpeedValue",
            Attribute(0x00160021, "DS", "1", "3", name="Shutter Speed Value"),
            None,
        ),
        ("ApertureValue", Attribute(0x00160022, "DS", "1", "3", name="Aperture Value"), None),
        ("BrightnessValue", Attribute(0x00160023, "DS", "1", "3", name="Brightness Value"), None),
        (
            "ExposureBiasValue",
            Attribute(0x00160024, "DS", "1", "3", name="Exposure Bias Value"),
            None,
        ),
        (
            "MaxApertureValue",
            Attribute(0x00160025, "DS", "1", "3", name="Max Aperture Value"),
            None,
        ),
        ("SubjectDistance", Attribute(0x00160026, "DS", "1", "3", name="Subject Distance"), None),
        ("MeteringMode", Attribute(0x00160027, "US", "1", "3", name="Metering Mode"), None),
        ("LightSource", Attribute(0x00160028, "US", "1", "3", name="Light Source"), None),
        (
            "FlashFiringStatus",
            Attribute(0x00160011, "US", "1", "3", name="Flash Firing Status"),
            None,
        ),
        (
            "FlashReturnStatus",
            Attribute(0x00160012, "US", "1", "3", name="Flash Return Status"),
            None,
        ),
        ("FlashMode", Attribute(0x00160013, "US", "1", "3", name="Flash Mode"), None),
        (
            "FlashFunctionPresent",
            Attribute(0x00160014, "US", "1", "3", name="Flash Function Present"),
            None,
        ),
        ("FlashRedEyeMode", Attribute(0x00160015, "US", "1", "3", name="Flash Red Eye Mode"), None),
        ("FocalLength", Attribute(0x00160029, "DS", "1", "3", name="Focal Length"), None),
        ("SubjectArea", Attribute(0x0016002A, "IS", "2-4", "3", name="Subject Area"), None),
        ("MakerNote", Attribute(0x0016002B, "OB", "1", "3", name="Maker Note"), None),
        ("Temperature", Attribute(0x00160030, "DS", "1", "3", name="Temperature"), None),
        ("Humidity", Attribute(0x00160031, "DS", "1", "3", name="Humidity"), None),
        ("Pressure", Attribute(0x00160032, "DS", "1", "3", name="Pressure"), None),
        ("WaterDepth", Attribute(0x00160033, "DS", "1", "3", name="Water Depth"), None),
        ("Acceleration", Attribute(0x00160034, "DS", "1", "3", name="Acceleration"), None),
        (
            "CameraElevationAngle",
            Attribute(0x00160035, "DS", "1", "3", name="Camera Elevation Angle"),
            None,
        ),
        ("FlashEnergy", Attribute(0x00160036, "DS", "1-2", "3", name="Flash Energy"), None),
        ("SubjectLocation", Attribute(0x00160037, "IS", "2", "3", name="Subject Location"), None),
        (
            "PhotographicExposureIndex",
            Attribute(0x00160038, "DS", "1", "3", name="Photographic Exposure Index"),
            None,
        ),
        ("SensingMethod", Attribute(0x00160039, "US", "1", "3", name="Sensing Method"), None),
        ("FileSource", Attribute(0x0016003A, "US", "1", "3", name="File Source"), None),
        ("SceneType", Attribute(0x0016003B, "US", "1", "3", name="Scene Type"), None),
        ("CustomRendered", Attribute(0x00160041, "US", "1", "3", name="Custom Rendered"), None),
        ("ExposureMode", Attribute(0x00160042, "US", "1", "3", name="Exposure Mode"), None),
        ("WhiteBalance", Attribute(0x00160043, "US", "1", "3", name="White Balance"), None),
        (
            "DigitalZoomRatio",
            Attribute(0x00160044, "DS", "1", "3", name="Digital Zoom Ratio"),
            None,
        ),
        (
            "FocalLengthIn35mmFilm",
            Attribute(0x00160045, "IS", "1", "3", name="Focal Length In 35mm Film"),
            None,
        ),
        (
            "SceneCaptureType",
            Attribute(0x00160046, "US", "1", "3", name="Scene Capture Type"),
            None,
        ),
        ("GainControl", Attribute(0x00160047, "US", "1", "3", name="Gain Control"), None),
        ("Contrast", Attribute(0x00160048, "US", "1", "3", name="Contrast"), None),
        ("Saturation", Attribute(0x00160049, "US", "1", "3", name="Saturation"), None),
        ("Sharpness", Attribute(0x0016004A, "US", "1", "3", name="Sharpness"), None),
        (
            "DeviceSettingDescription",
            Attribute(0x0016004B, "OB", "1", "3", name="Device Setting Description"),
            None,
        ),
        (
            "SubjectDistanceRange",
            Attribute(0x0016004C, "US", "1", "3", name="Subject Distance Range"),
            None,
        ),
        ("SelfTimerMode", Attribute(0x00160019, "IS", "1", "3", name="Self Timer Mode"), None),
        (
            "InteroperabilityIndex",
            Attribute(0x00160061, "CS", "1", "3", name="Interoperability Index"),
            None,
        ),
        (
            "InteroperabilityVersion",
            Attribute(0x00160062, "OB", "1", "3", name="Interoperability Version"),
            None,
        ),
    ),
)
