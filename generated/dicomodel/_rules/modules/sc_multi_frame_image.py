"""Presence rules of SC Multi-frame Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SCMultiFrameImageModule = (
    "table_C.8-25b",
    (
        (
            "BurnedInAnnotation",
            Attribute(
                0x00280301,
                "CS",
                "1",
                "1",
                name="Burned In Annotation",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "RecognizableVisualFeatures",
            Attribute(
                0x00280302,
                "CS",
                "1",
                "3",
                name="Recognizable Visual Features",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "PresentationLUTShape",
            Attribute(
                0x20500020,
                "CS",
                "1",
                "1C",
                name="Presentation LUT Shape",
                enumerated=((0, ("IDENTITY",)),),
                when=(
                    "and",
                    ("value", 0x00280004, 0, "in", ("MONOCHROME2",)),
                    ("compare", 0x00280101, 1, ">", 1),
                ),
            ),
            None,
        ),
        ("Illumination", Attribute(0x2010015E, "US", "1", "3", name="Illumination"), None),
        (
            "ReflectedAmbientLight",
            Attribute(0x20100160, "US", "1", "3", name="Reflected Ambient Light"),
            None,
        ),
        (
            "RescaleIntercept",
            Attribute(
                0x00281052,
                "DS",
                "1",
                "1C",
                name="Rescale Intercept",
                when=(
                    "and",
                    ("value", 0x00280004, 0, "in", ("MONOCHROME2",)),
                    ("compare", 0x00280101, 1, ">", 1),
                ),
            ),
            None,
        ),
        (
            "RescaleSlope",
            Attribute(
                0x00281053,
                "DS",
                "1",
                "1C",
                name="Rescale Slope",
                when=(
                    "and",
                    ("value", 0x00280004, 0, "in", ("MONOCHROME2",)),
                    ("compare", 0x00280101, 1, ">", 1),
                ),
            ),
            None,
        ),
        (
            "RescaleType",
            Attribute(
                0x00281054,
                "LO",
                "1",
                "1C",
                name="Rescale Type",
                when=(
                    "and",
                    ("value", 0x00280004, 0, "in", ("MONOCHROME2",)),
                    ("compare", 0x00280101, 1, ">", 1),
                ),
            ),
            None,
        ),
        (
            "FrameIncrementPointer",
            Attribute(
                0x00280009,
                "AT",
                "1-n",
                "1C",
                name="Frame Increment Pointer",
                when=("compare", 0x00280008, 1, ">", 1),
            ),
            None,
        ),
        (
            "NominalScannedPixelSpacing",
            Attribute(
                0x00182010,
                "DS",
                "2",
                "1C",
                name="Nominal Scanned Pixel Spacing",
                when=("value", 0x00080064, 0, "in", ("DF",)),
            ),
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
        (
            "DigitizingDeviceTransportDirection",
            Attribute(
                0x00182020,
                "CS",
                "1",
                "3",
                name="Digitizing Device Transport Direction",
                enumerated=((0, ("ROW", "COLUMN")),),
            ),
            None,
        ),
        (
            "RotationOfScannedFilm",
            Attribute(0x00182030, "DS", "1", "3", name="Rotation of Scanned Film"),
            None,
        ),
    ),
)
