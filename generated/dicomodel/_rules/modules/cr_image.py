"""Presence rules of CR Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CRImageModule = (
    "table_C.8-2",
    (
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
        ("KVP", Attribute(0x00180060, "DS", "1", "3", name="KVP"), None),
        ("PlateID", Attribute(0x00181004, "LO", "1", "3", name="Plate ID"), None),
        (
            "DistanceSourceToDetector",
            Attribute(0x00181110, "DS", "1", "3", name="Distance Source to Detector"),
            None,
        ),
        (
            "DistanceSourceToPatient",
            Attribute(0x00181111, "DS", "1", "3", name="Distance Source to Patient"),
            None,
        ),
        ("ExposureTime", Attribute(0x00181150, "IS", "1", "3", name="Exposure Time"), None),
        ("XRayTubeCurrent", Attribute(0x00181151, "IS", "1", "3", name="X-Ray Tube Current"), None),
        ("Exposure", Attribute(0x00181152, "IS", "1", "3", name="Exposure"), None),
        ("ExposureInuAs", Attribute(0x00181153, "IS", "1", "3", name="Exposure in µAs"), None),
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
        ("GeneratorPower", Attribute(0x00181170, "IS", "1", "3", name="Generator Power"), None),
        (
            "AcquisitionDeviceProcessingDescription",
            Attribute(0x00181400, "LO", "1", "3", name="Acquisition Device Processing Description"),
            None,
        ),
        (
            "AcquisitionDeviceProcessingCode",
            Attribute(0x00181401, "LO", "1", "3", name="Acquisition Device Processing Code"),
            None,
        ),
        (
            "CassetteOrientation",
            Attribute(
                0x00181402,
                "CS",
                "1",
                "3",
                name="Cassette Orientation",
                enumerated=((0, ("LANDSCAPE", "PORTRAIT")),),
            ),
            None,
        ),
        ("CassetteSize", Attribute(0x00181403, "CS", "1", "3", name="Cassette Size"), None),
        (
            "ExposuresOnPlate",
            Attribute(0x00181404, "US", "1", "3", name="Exposures on Plate"),
            None,
        ),
        (
            "RelativeXRayExposure",
            Attribute(0x00181405, "IS", "1", "3", name="Relative X-Ray Exposure"),
            None,
        ),
        ("Sensitivity", Attribute(0x00186000, "DS", "1", "3", name="Sensitivity"), None),
        (
            "AnatomicRegionSequence",
            Attribute(0x00082218, "SQ", "1", "3", name="Anatomic Region Sequence"),
            Lazy("dicomodel.items.anatomic_region_sequence_item", "AnatomicRegionSequenceItem"),
        ),
        (
            "PrimaryAnatomicStructureSequence",
            Attribute(0x00082228, "SQ", "1", "3", name="Primary Anatomic Structure Sequence"),
            Lazy(
                "dicomodel.items.primary_anatomic_structure_sequence_item",
                "PrimaryAnatomicStructureSequenceItem",
            ),
        ),
        ("ExposureIndex", Attribute(0x00181411, "DS", "1", "3", name="Exposure Index"), None),
        (
            "TargetExposureIndex",
            Attribute(0x00181412, "DS", "1", "3", name="Target Exposure Index"),
            None,
        ),
        ("DeviationIndex", Attribute(0x00181413, "DS", "1", "3", name="Deviation Index"), None),
    ),
)
