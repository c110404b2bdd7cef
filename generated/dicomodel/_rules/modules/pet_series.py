"""Presence rules of PET Series Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PETSeriesModule = (
    "table_C.8-60",
    (
        ("SeriesDate", Attribute(0x00080021, "DA", "1", "1", name="Series Date"), None),
        ("SeriesTime", Attribute(0x00080031, "TM", "1", "1", name="Series Time"), None),
        ("Units", Attribute(0x00541001, "CS", "1", "1", name="Units"), None),
        (
            "SUVType",
            Attribute(
                0x00541006,
                "CS",
                "1",
                "3",
                name="SUV Type",
                enumerated=((0, ("BSA", "BW", "LBM", "LBMJAMES128", "LBMJANMA", "IBW")),),
            ),
            None,
        ),
        (
            "CountsSource",
            Attribute(
                0x00541002,
                "CS",
                "1",
                "1",
                name="Counts Source",
                enumerated=((0, ("EMISSION", "TRANSMISSION")),),
            ),
            None,
        ),
        (
            "SeriesType",
            Attribute(
                0x00541000,
                "CS",
                "2",
                "1",
                name="Series Type",
                enumerated=(
                    (1, ("STATIC", "DYNAMIC", "GATED", "WHOLE BODY")),
                    (2, ("IMAGE", "REPROJECTION")),
                ),
            ),
            None,
        ),
        (
            "ReprojectionMethod",
            Attribute(
                0x00541004,
                "CS",
                "1",
                "2C",
                name="Reprojection Method",
                when=("value", 0x00541000, 2, "in", ("REPROJECTION",)),
            ),
            None,
        ),
        (
            "NumberOfRRIntervals",
            Attribute(
                0x00540061,
                "US",
                "1",
                "1C",
                name="Number of R-R Intervals",
                when=("value", 0x00541000, 1, "in", ("GATED",)),
            ),
            None,
        ),
        (
            "NumberOfTimeSlots",
            Attribute(
                0x00540071,
                "US",
                "1",
                "1C",
                name="Number of Time Slots",
                when=("value", 0x00541000, 1, "in", ("GATED",)),
            ),
            None,
        ),
        (
            "NumberOfTimeSlices",
            Attribute(
                0x00540101,
                "US",
                "1",
                "1C",
                name="Number of Time Slices",
                when=("value", 0x00541000, 1, "in", ("DYNAMIC",)),
            ),
            None,
        ),
        ("NumberOfSlices", Attribute(0x00540081, "US", "1", "1", name="Number of Slices"), None),
        ("CorrectedImage", Attribute(0x00280051, "CS", "1-n", "2", name="Corrected Image"), None),
        (
            "RandomsCorrectionMethod",
            Attribute(0x00541100, "CS", "1", "3", name="Randoms Correction Method"),
            None,
        ),
        (
            "AttenuationCorrectionMethod",
            Attribute(0x00541101, "LO", "1", "3", name="Attenuation Correction Method"),
            None,
        ),
        (
            "ScatterCorrectionMethod",
            Attribute(0x00541105, "LO", "1", "3", name="Scatter Correction Method"),
            None,
        ),
        ("DecayCorrection", Attribute(0x00541102, "CS", "1", "1", name="Decay Correction"), None),
        (
            "ReconstructionDiameter",
            Attribute(0x00181100, "DS", "1", "3", name="Reconstruction Diameter"),
            None,
        ),
        (
            "ConvolutionKernel",
            Attribute(0x00181210, "SH", "1-n", "3", name="Convolution Kernel"),
            None,
        ),
        (
            "ReconstructionMethod",
            Attribute(0x00541103, "LO", "1", "3", name="Reconstruction Method"),
            None,
        ),
        (
            "DetectorLinesOfResponseUsed",
            Attribute(0x00541104, "LO", "1", "3", name="Detector Lines of Response Used"),
            None,
        ),
        (
            "AcquisitionStartCondition",
            Attribute(0x00180073, "CS", "1", "3", name="Acquisition Start Condition"),
            None,
        ),
        (
            "AcquisitionStartConditionData",
            Attribute(0x00180074, "IS", "1", "3", name="Acquisition Start Condition Data"),
            None,
        ),
        (
            "AcquisitionTerminationCondition",
            Attribute(0x00180071, "CS", "1", "3", name="Acquisition Termination Condition"),
            None,
        ),
        (
            "AcquisitionTerminationConditionData",
            Attribute(0x00180075, "IS", "1", "3", name="Acquisition Termination Condition Data"),
            None,
        ),
        (
            "FieldOfViewShape",
            Attribute(0x00181147, "CS", "1", "3", name="Field of View Shape"),
            None,
        ),
        (
            "FieldOfViewDimensions",
            Attribute(0x00181149, "IS", "1-2", "3", name="Field of View Dimensions"),
            None,
        ),
        (
            "GantryDetectorTilt",
            Attribute(0x00181120, "DS", "1", "3", name="Gantry/Detector Tilt"),
            None,
        ),
        (
            "GantryDetectorSlew",
            Attribute(0x00181121, "DS", "1", "3", name="Gantry/Detector Slew"),
            None,
        ),
        (
            "TypeOfDetectorMotion",
            Attribute(0x00540202, "CS", "1", "3", name="Type of Detector Motion"),
            None,
        ),
        ("CollimatorType", Attribute(0x00181181, "CS", "1", "2", name="Collimator Type"), None),
        (
            "CollimatorGridName",
            Attribute(0x00181180, "SH", "1", "3", name="Collimator/Grid Name"),
            None,
        ),
        ("AxialAcceptance", Attribute(0x00541200, "DS", "1", "3", name="Axial Acceptance"), None),
        ("AxialMash", Attribute(0x00541201, "IS", "2", "3", name="Axial Mash"), None),
        ("TransverseMash", Attribute(0x00541202, "IS", "1", "3", name="Transverse Mash"), None),
        (
            "DetectorElementSize",
            Attribute(0x00541203, "DS", "2", "3", name="Detector Element Size"),
            None,
        ),
        (
            "CoincidenceWindowWidth",
            Attribute(0x00541210, "DS", "1", "3", name="Coincidence Window Width"),
            None,
        ),
        (
            "EnergyWindowRangeSequence",
            Attribute(0x00540013, "SQ", "1", "3", name="Energy Window Range Sequence"),
            Lazy(
                "dicomodel.items.energy_window_range_sequence_item", "EnergyWindowRangeSequenceItem"
            ),
        ),
        (
            "SecondaryCountsType",
            Attribute(0x00541220, "CS", "1-n", "3", name="Secondary Counts Type"),
            None,
        ),
        (
            "ScanProgressionDirection",
            Attribute(
                0x00540501,
                "CS",
                "1",
                "3",
                name="Scan Progression Direction",
                enumerated=((0, ("FEET_TO_HEAD", "HEAD_TO_FEET")),),
            ),
            None,
        ),
    ),
)
