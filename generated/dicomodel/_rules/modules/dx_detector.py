"""Presence rules of DX Detector Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
DXDetectorModule = (
    "table_C.8-71",
    (
        ("DetectorType", Attribute(0x00187004, "CS", "1", "2", name="Detector Type"), None),
        (
            "DetectorConfiguration",
            Attribute(0x00187005, "CS", "1", "3", name="Detector Configuration"),
            None,
        ),
        (
            "DetectorDescription",
            Attribute(0x00187006, "LT", "1", "3", name="Detector Description"),
            None,
        ),
        ("DetectorMode", Attribute(0x00187008, "LT", "1", "3", name="Detector Mode"), None),
        ("DetectorID", Attribute(0x0018700A, "SH", "1", "3", name="Detector ID"), None),
        (
            "DateOfLastDetectorCalibration",
            Attribute(0x0018700C, "DA", "1", "3", name="Date of Last Detector Calibration"),
            None,
        ),
        (
            "TimeOfLastDetectorCalibration",
            Attribute(0x0018700E, "TM", "1", "3", name="Time of Last Detector Calibration"),
            None,
        ),
        (
            "ExposuresOnDetectorSinceLastCalibration",
            Attribute(
                0x00187010, "IS", "1", "3", name="Exposures on Detector Since Last Calibration"
            ),
            None,
        ),
        (
            "ExposuresOnDetectorSinceManufactured",
            Attribute(0x00187011, "IS", "1", "3", name="Exposures on Detector Since Manufactured"),
            None,
        ),
        (
            "DetectorTimeSinceLastExposure",
            Attribute(0x00187012, "DS", "1", "3", name="Detector Time Since Last Exposure"),
            None,
        ),
        ("DetectorBinning", Attribute(0x0018701A, "DS", "2", "3", name="Detector Binning"), None),
        (
            "DetectorManufacturerName",
            Attribute(0x0018702A, "LO", "1", "3", name="Detector Manufacturer Name"),
            None,
        ),
        (
            "DetectorManufacturerModelName",
            Attribute(0x0018702B, "LO", "1", "3", name="Detector Manufacturer's Model Name"),
            None,
        ),
        (
            "DetectorConditionsNominalFlag",
            Attribute(
                0x00187000,
                "CS",
                "1",
                "3",
                name="Detector Conditions Nominal Flag",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "DetectorTemperature",
            Attribute(0x00187001, "DS", "1", "3", name="Detector Temperature"),
            None,
        ),
        ("Sensitivity", Attribute(0x00186000, "DS", "1", "3", name="Sensitivity"), None),
        (
            "DetectorElementPhysicalSize",
            Attribute(0x00187020, "DS", "2", "3", name="Detector Element Physical Size"),
            None,
        ),
        (
            "DetectorElementSpacing",
            Attribute(0x00187022, "DS", "2", "3", name="Detector Element Spacing"),
            None,
        ),
        (
            "DetectorActiveShape",
            Attribute(
                0x00187024,
                "CS",
                "1",
                "3",
                name="Detector Active Shape",
                enumerated=((0, ("RECTANGLE", "ROUND", "HEXAGONAL")),),
            ),
            None,
        ),
        (
            "DetectorActiveDimensions",
            Attribute(0x00187026, "DS", "1-2", "3", name="Detector Active Dimension(s)"),
            None,
        ),
        (
            "DetectorActiveOrigin",
            Attribute(0x00187028, "DS", "2", "3", name="Detector Active Origin"),
            None,
        ),
        ("ExposureIndex", Attribute(0x00181411, "DS", "1", "3", name="Exposure Index"), None),
        (
            "TargetExposureIndex",
            Attribute(0x00181412, "DS", "1", "3", name="Target Exposure Index"),
            None,
        ),
        ("DeviationIndex", Attribute(0x00181413, "DS", "1", "3", name="Deviation Index"), None),
        (
            "DetectorActiveTime",
            Attribute(0x00187014, "DS", "1", "3", name="Detector Active Time"),
            None,
        ),
        (
            "DetectorActivationOffsetFromExposure",
            Attribute(0x00187016, "DS", "1", "3", name="Detector Activation Offset From Exposure"),
            None,
        ),
        (
            "FieldOfViewShape",
            Attribute(
                0x00181147,
                "CS",
                "1",
                "3",
                name="Field of View Shape",
                enumerated=((0, ("RECTANGLE", "ROUND", "HEXAGONAL")),),
            ),
            None,
        ),
        (
            "FieldOfViewDimensions",
            Attribute(0x00181149, "IS", "1-2", "3", name="Field of View Dimension(s)"),
            None,
        ),
        (
            "FieldOfViewOrigin",
            Attribute(
                0x00187030,
                "DS",
                "2",
                "1C",
                name="Field of View Origin",
                when=("or", ("present", 0x00187032), ("present", 0x00187034)),
            ),
            None,
        ),
        (
            "FieldOfViewRotation",
            Attribute(
                0x00187032,
                "DS",
                "1",
                "1C",
                name="Field of View Rotation",
                enumerated=((0, ("270", "180", "90", "0")),),
                when=("present", 0x00187034),
            ),
            None,
        ),
        (
            "FieldOfViewHorizontalFlip",
            Attribute(
                0x00187034,
                "CS",
                "1",
                "1C",
                name="Field of View Horizontal Flip",
                enumerated=((0, ("YES", "NO")),),
                when=("present", 0x00187032),
            ),
            None,
        ),
        (
            "ImagerPixelSpacing",
            Attribute(0x00181164, "DS", "2", "1", name="Imager Pixel Spacing"),
            None,
        ),
        (
            "PixelSpacing",
            Attribute(
                0x00280030,
                "DS",
                "2",
                "1C",
                name="Pixel Spacing",
                when=("unknown", "names no attribute: the image has been calibrated"),
                otherwise="may",
            ),
            None,
        ),
        (
            "PixelSpacingCalibrationType",
            Attribute(
                0x00280A02,
                "CS",
                "1",
                "3",
                name="Pixel Spacing Calibration Type",
                enumerated=((0, ("GEOMETRY", "FIDUCIAL")),),
            ),
            None,
        ),
        (
            "PixelSpacingCalibrationDescription",
            Attribute(
                0x00280A04,
                "LO",
                "1",
                "1C",
                name="Pixel Spacing Calibration Description",
                when=("present", 0x00280A02),
            ),
            None,
        ),
        ("CassetteID", Attribute(0x00181007, "LO", "1", "3", name="Cassette ID"), None),
        ("PlateID", Attribute(0x00181004, "LO", "1", "3", name="Plate ID"), None),
    ),
)
