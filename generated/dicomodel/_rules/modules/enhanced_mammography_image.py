"""Presence rules of Enhanced Mammography Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
EnhancedMammographyImageModule = (
    "table_C.8.31-1",
    (
        ("PositionerMotion", Attribute(0x00181500, "CS", "1", "1", name="Positioner Motion"), None),
        (
            "PositionerType",
            Attribute(
                0x00181508,
                "CS",
                "1",
                "1",
                name="Positioner Type",
                enumerated=((0, ("MAMMOGRAPHIC",)),),
            ),
            None,
        ),
        (
            "ContentQualification",
            Attribute(
                0x00189004,
                "CS",
                "1",
                "1",
                name="Content Qualification",
                enumerated=((0, ("PRODUCT", "RESEARCH", "SERVICE")),),
            ),
            None,
        ),
        (
            "AcquisitionDateTime",
            Attribute(0x0008002A, "DT", "1", "1", name="Acquisition DateTime"),
            None,
        ),
        (
            "AcquisitionDuration",
            Attribute(0x00189073, "FD", "1", "1", name="Acquisition Duration"),
            None,
        ),
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
        ("KVP", Attribute(0x00180060, "DS", "1", "1", name="KVP"), None),
        (
            "XRayTubeCurrentInmA",
            Attribute(
                0x00189330,
                "FD",
                "1",
                "1C",
                name="X-Ray Tube Current in mA",
                when=("not", ("present", 0x00189332)),
                otherwise="may",
            ),
            None,
        ),
        (
            "ExposureTimeInms",
            Attribute(
                0x00189328,
                "FD",
                "1",
                "1C",
                name="Exposure Time in ms",
                when=("not", ("present", 0x00189332)),
                otherwise="may",
            ),
            None,
        ),
        (
            "ExposureInmAs",
            Attribute(
                0x00189332,
                "FD",
                "1",
                "1C",
                name="Exposure in mAs",
                when=("or", ("not", ("present", 0x00189328)), ("not", ("present", 0x00189330))),
                otherwise="may",
            ),
            None,
        ),
        ("FocalSpots", Attribute(0x00181190, "DS", "1-n", "1", name="Focal Spot(s)"), None),
        (
            "AnodeTargetMaterial",
            Attribute(0x00181191, "CS", "1", "1", name="Anode Target Material"),
            None,
        ),
        (
            "BodyPartThickness",
            Attribute(0x001811A0, "DS", "1", "1", name="Body Part Thickness"),
            None,
        ),
        ("CompressionForce", Attribute(0x001811A2, "DS", "1", "1", name="Compression Force"), None),
        (
            "CompressionPressure",
            Attribute(0x001811A3, "DS", "1", "3", name="Compression Pressure"),
            None,
        ),
        (
            "CompressionContactArea",
            Attribute(0x001811A5, "DS", "1", "3", name="Compression Contact Area"),
            None,
        ),
        (
            "PaddleDescription",
            Attribute(0x001811A4, "LO", "1", "1", name="Paddle Description"),
            None,
        ),
        (
            "ExposureControlMode",
            Attribute(0x00187060, "CS", "1", "1", name="Exposure Control Mode"),
            None,
        ),
        (
            "ExposureControlModeDescription",
            Attribute(0x00187062, "LT", "1", "1", name="Exposure Control Mode Description"),
            None,
        ),
        (
            "PatientOrientation",
            Attribute(
                0x00200020,
                "CS",
                "2",
                "1C",
                name="Patient Orientation",
                when=(
                    "unknown",
                    "condition not read: no verb after 'View Code Sequence (0054,0220) has an Item' (in 'Required if View Code Sequence (0054,0220) has an Item value other than one representing a specimen image')",
                ),
                otherwise="may",
            ),
            None,
        ),
        ("ImageComments", Attribute(0x00204000, "LT", "1", "3", name="Image Comments"), None),
        (
            "SamplesPerPixel",
            Attribute(
                0x00280002, "US", "1", "1", name="Samples per Pixel", enumerated=((0, ("1",)),)
            ),
            None,
        ),
        (
            "PhotometricInterpretation",
            Attribute(
                0x00280004,
                "CS",
                "1",
                "1",
                name="Photometric Interpretation",
                enumerated=((0, ("MONOCHROME1", "MONOCHROME2")),),
            ),
            None,
        ),
        (
            "BitsAllocated",
            Attribute(
                0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("8", "16")),)
            ),
            None,
        ),
        (
            "BitsStored",
            Attribute(
                0x00280101,
                "US",
                "1",
                "1",
                name="Bits Stored",
                enumerated=((0, ("8", "9", "10", "11", "12", "13", "14", "15", "16")),),
            ),
            None,
        ),
        ("HighBit", Attribute(0x00280102, "US", "1", "1", name="High Bit"), None),
        (
            "PixelRepresentation",
            Attribute(
                0x00280103,
                "US",
                "1",
                "1",
                name="Pixel Representation",
                enumerated=((0, ("0000H",)),),
            ),
            None,
        ),
        (
            "QualityControlImage",
            Attribute(
                0x00280300,
                "CS",
                "1",
                "3",
                name="Quality Control Image",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "BurnedInAnnotation",
            Attribute(
                0x00280301, "CS", "1", "1", name="Burned in Annotation", enumerated=((0, ("NO",)),)
            ),
            None,
        ),
        (
            "LossyImageCompression",
            Attribute(
                0x00282110,
                "CS",
                "1",
                "1",
                name="Lossy Image Compression",
                enumerated=((0, ("00", "01")),),
            ),
            None,
        ),
        (
            "LossyImageCompressionRatio",
            Attribute(
                0x00282112,
                "DS",
                "1-n",
                "1C",
                name="Lossy Image Compression Ratio",
                when=("value", 0x00282110, 0, "in", ("01",)),
            ),
            None,
        ),
        (
            "LossyImageCompressionMethod",
            Attribute(
                0x00282114,
                "CS",
                "1-n",
                "1C",
                name="Lossy Image Compression Method",
                when=("value", 0x00282110, 0, "in", ("01",)),
            ),
            None,
        ),
        ("OrganDose", Attribute(0x00400316, "DS", "1", "1", name="Organ Dose"), None),
        (
            "EntranceDoseInmGy",
            Attribute(0x00408302, "DS", "1", "1", name="Entrance Dose in mGy"),
            None,
        ),
        (
            "EntranceDoseDerivation",
            Attribute(
                0x00408303,
                "CS",
                "1",
                "3",
                name="Entrance Dose Derivation",
                enumerated=((0, ("IAK", "ESAK", "ESDBS", "ESDNOBS")),),
            ),
            None,
        ),
        (
            "TypeOfDetectorMotion",
            Attribute(0x00540202, "CS", "1", "1", name="Type of Detector Motion"),
            None,
        ),
        (
            "IconImageSequence",
            Attribute(0x00880200, "SQ", "1", "3", name="Icon Image Sequence"),
            Lazy(
                "dicomodel.items.image_pixel_item_image_reference", "ImagePixelItemImageReference"
            ),
        ),
        (
            "PresentationLUTShape",
            Attribute(
                0x20500020,
                "CS",
                "1",
                "1",
                name="Presentation LUT Shape",
                enumerated=((0, ("IDENTITY", "INVERSE")),),
            ),
            None,
        ),
    ),
)
