"""Presence rules of X-Ray Acquisition Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRayAcquisitionModule = (
    "table_C.8-27",
    (
        ("KVP", Attribute(0x00180060, "DS", "1", "2", name="KVP"), None),
        (
            "RadiationSetting",
            Attribute(
                0x00181155,
                "CS",
                "1",
                "1",
                name="Radiation Setting",
                enumerated=((0, ("SC", "GR")),),
            ),
            None,
        ),
        (
            "XRayTubeCurrent",
            Attribute(
                0x00181151,
                "IS",
                "1",
                "2C",
                name="X-Ray Tube Current",
                when=("not", ("present", 0x00181152)),
                otherwise="may",
            ),
            None,
        ),
        (
            "XRayTubeCurrentInuA",
            Attribute(0x00188151, "DS", "1", "3", name="X-Ray Tube Current in µA"),
            None,
        ),
        (
            "ExposureTime",
            Attribute(
                0x00181150,
                "IS",
                "1",
                "2C",
                name="Exposure Time",
                when=("not", ("present", 0x00181152)),
                otherwise="may",
            ),
            None,
        ),
        (
            "ExposureTimeInuS",
            Attribute(0x00188150, "DS", "1", "3", name="Exposure Time in µS"),
            None,
        ),
        (
            "Exposure",
            Attribute(
                0x00181152,
                "IS",
                "1",
                "2C",
                name="Exposure",
                when=("or", ("not", ("present", 0x00181150)), ("not", ("present", 0x00181151))),
                otherwise="may",
            ),
            None,
        ),
        ("ExposureInuAs", Attribute(0x00181153, "IS", "1", "3", name="Exposure in µAs"), None),
        ("Grid", Attribute(0x00181166, "CS", "1-n", "3", name="Grid"), None),
        (
            "AveragePulseWidth",
            Attribute(0x00181154, "DS", "1", "3", name="Average Pulse Width"),
            None,
        ),
        ("RadiationMode", Attribute(0x0018115A, "CS", "1", "3", name="Radiation Mode"), None),
        ("TypeOfFilters", Attribute(0x00181161, "LO", "1-n", "3", name="Type of Filters"), None),
        ("IntensifierSize", Attribute(0x00181162, "DS", "1", "3", name="Intensifier Size"), None),
        (
            "FieldOfViewShape",
            Attribute(0x00181147, "CS", "1", "3", name="Field of View Shape"),
            None,
        ),
        (
            "FieldOfViewDimensions",
            Attribute(0x00181149, "IS", "1-2", "3", name="Field of View Dimension(s)"),
            None,
        ),
        (
            "ImagerPixelSpacing",
            Attribute(0x00181164, "DS", "2", "3", name="Imager Pixel Spacing"),
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
        ("FocalSpots", Attribute(0x00181190, "DS", "1-n", "3", name="Focal Spot(s)"), None),
        (
            "ImageAndFluoroscopyAreaDoseProduct",
            Attribute(0x0018115E, "DS", "1", "3", name="Image and Fluoroscopy Area Dose Product"),
            None,
        ),
    ),
)
