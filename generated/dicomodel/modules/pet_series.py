"""PET Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_start_condition import (
        AcquisitionStartConditionTerm as _AcquisitionStartConditionTerm,
    )
    from dicomodel.enums.acquisition_termination_condition import (
        AcquisitionTerminationConditionTermPETSeries as _AcquisitionTerminationConditionTermPETSeries,
    )
    from dicomodel.enums.collimator_type import (
        CollimatorTypeTermPETSeries as _CollimatorTypeTermPETSeries,
    )
    from dicomodel.enums.counts_source import CountsSourceValue as _CountsSourceValue
    from dicomodel.enums.decay_correction import DecayCorrectionTerm as _DecayCorrectionTerm
    from dicomodel.enums.field_of_view_shape import (
        FieldOfViewShapeTermPETSeries as _FieldOfViewShapeTermPETSeries,
    )
    from dicomodel.enums.randoms_correction_method import (
        RandomsCorrectionMethodTerm as _RandomsCorrectionMethodTerm,
    )
    from dicomodel.enums.reprojection_method import (
        ReprojectionMethodTerm as _ReprojectionMethodTerm,
    )
    from dicomodel.enums.scan_progression_direction import (
        ScanProgressionDirectionValue as _ScanProgressionDirectionValue,
    )
    from dicomodel.enums.suv_type import SUVTypeValue as _SUVTypeValue
    from dicomodel.enums.type_of_detector_motion import (
        TypeOfDetectorMotionTerm as _TypeOfDetectorMotionTerm,
    )
    from dicomodel.enums.units import UnitsTerm as _UnitsTerm
    from dicomodel.items.energy_window_range_sequence_item import (
        EnergyWindowRangeSequenceItem as _EnergyWindowRangeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AcquisitionStartConditionTerm = Lazy(
        "dicomodel.enums.acquisition_start_condition", "AcquisitionStartConditionTerm"
    )
    _AcquisitionTerminationConditionTermPETSeries = Lazy(
        "dicomodel.enums.acquisition_termination_condition",
        "AcquisitionTerminationConditionTermPETSeries",
    )
    _CollimatorTypeTermPETSeries = Lazy(
        "dicomodel.enums.collimator_type", "CollimatorTypeTermPETSeries"
    )
    _CountsSourceValue = Lazy("dicomodel.enums.counts_source", "CountsSourceValue")
    _DecayCorrectionTerm = Lazy("dicomodel.enums.decay_correction", "DecayCorrectionTerm")
    _EnergyWindowRangeSequenceItem = Lazy(
        "dicomodel.items.energy_window_range_sequence_item", "EnergyWindowRangeSequenceItem"
    )
    _FieldOfViewShapeTermPETSeries = Lazy(
        "dicomodel.enums.field_of_view_shape", "FieldOfViewShapeTermPETSeries"
    )
    _RandomsCorrectionMethodTerm = Lazy(
        "dicomodel.enums.randoms_correction_method", "RandomsCorrectionMethodTerm"
    )
    _ReprojectionMethodTerm = Lazy("dicomodel.enums.reprojection_method", "ReprojectionMethodTerm")
    _SUVTypeValue = Lazy("dicomodel.enums.suv_type", "SUVTypeValue")
    _ScanProgressionDirectionValue = Lazy(
        "dicomodel.enums.scan_progression_direction", "ScanProgressionDirectionValue"
    )
    _TypeOfDetectorMotionTerm = Lazy(
        "dicomodel.enums.type_of_detector_motion", "TypeOfDetectorMotionTerm"
    )
    _UnitsTerm = Lazy("dicomodel.enums.units", "UnitsTerm")

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_start_condition import (
        AcquisitionStartConditionTerm as AcquisitionStartConditionTerm,
    )
    from dicomodel.enums.acquisition_termination_condition import (
        AcquisitionTerminationConditionTermPETSeries as AcquisitionTerminationConditionTerm,
    )
    from dicomodel.enums.collimator_type import CollimatorTypeTermPETSeries as CollimatorTypeTerm
    from dicomodel.enums.counts_source import CountsSource as CountsSource
    from dicomodel.enums.decay_correction import DecayCorrectionTerm as DecayCorrectionTerm
    from dicomodel.enums.field_of_view_shape import (
        FieldOfViewShapeTermPETSeries as FieldOfViewShapeTerm,
    )
    from dicomodel.enums.randoms_correction_method import (
        RandomsCorrectionMethodTerm as RandomsCorrectionMethodTerm,
    )
    from dicomodel.enums.reprojection_method import ReprojectionMethodTerm as ReprojectionMethodTerm
    from dicomodel.enums.scan_progression_direction import (
        ScanProgressionDirection as ScanProgressionDirection,
    )
    from dicomodel.enums.suv_type import SUVType as SUVType
    from dicomodel.enums.type_of_detector_motion import (
        TypeOfDetectorMotionTerm as TypeOfDetectorMotionTerm,
    )
    from dicomodel.enums.units import UnitsTerm as UnitsTerm
    from dicomodel.items.energy_window_range_sequence_item import (
        EnergyWindowRangeSequenceItem as EnergyWindowRangeSequenceItem,
    )

__all__ = [
    "AcquisitionStartConditionTerm",
    "AcquisitionTerminationConditionTerm",
    "CollimatorTypeTerm",
    "CountsSource",
    "DecayCorrectionTerm",
    "EnergyWindowRangeSequenceItem",
    "FieldOfViewShapeTerm",
    "PETSeriesModule",
    "RandomsCorrectionMethodTerm",
    "ReprojectionMethodTerm",
    "SUVType",
    "ScanProgressionDirection",
    "TypeOfDetectorMotionTerm",
    "UnitsTerm",
]


class PETSeriesModule(DicomModel):
    """PET Series Module Attributes (PS3.3 Table C.8-60)."""

    dicom_name: ClassVar[str] = "PET Series"
    dicom_table: ClassVar[str] = "table_C.8-60"

    SeriesDate: Annotated[vr.DA, Attribute(0x00080021, "DA", "1", "1", name="Series Date")]
    """Series Date (0008,0021): Type 1, VR DA, VM 1. Date the Series started. See Section C.8.9.1.1.2 for specialization."""

    SeriesTime: Annotated[vr.TM, Attribute(0x00080031, "TM", "1", "1", name="Series Time")]
    """Series Time (0008,0031): Type 1, VR TM, VM 1. Time the Series started. See Section C.8.9.1.1.2 for specialization."""

    Units: Annotated[_UnitsTerm | vr.CS, Attribute(0x00541001, "CS", "1", "1", name="Units")]
    """Units (0054,1001): Type 1, VR CS, VM 1. Pixel value units. See Section C.8.9.1.1.3 for Defined Terms."""

    SUVType: Annotated[
        _SUVTypeValue | None,
        Attribute(
            0x00541006,
            "CS",
            "1",
            "3",
            name="SUV Type",
            enumerated=((0, ("BSA", "BW", "LBM", "LBMJAMES128", "LBMJANMA", "IBW")),),
        ),
    ] = None
    """SUV Type (0054,1006): Type 3, VR CS, VM 1. Type of Standardized Uptake Value (SUV). Enumerated Values: BSA body surface area BW body weight LBM lean body mass by James method LBMJAMES128 lean body mass by James method using a multiplier of 128 for males LBMJANMA lean body mass by Ja..."""

    CountsSource: Annotated[
        _CountsSourceValue,
        Attribute(
            0x00541002,
            "CS",
            "1",
            "1",
            name="Counts Source",
            enumerated=((0, ("EMISSION", "TRANSMISSION")),),
        ),
    ]
    """Counts Source (0054,1002): Type 1, VR CS, VM 1. The primary source of counts. The primary source leads to the underlying image Units (0054,1001), as opposed to secondary sources that are used during reconstruction correction. Enumerated Values: EMISSION TRANSMISSION"""

    SeriesType: Annotated[
        list[vr.CS],
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
    ]
    """Series Type (0054,1000): Type 1, VR CS, VM 2. A multi-valued indicator of the type of Series. See Section C.8.9.1.1.4 for explanation. Value 1 Enumerated Values: STATIC DYNAMIC GATED WHOLE BODY Value 2 Enumerated Values: IMAGE REPROJECTION"""

    ReprojectionMethod: Annotated[
        _ReprojectionMethodTerm | vr.CS | None,
        Attribute(
            0x00541004,
            "CS",
            "1",
            "2C",
            name="Reprojection Method",
            when=("value", 0x00541000, 2, "in", ("REPROJECTION",)),
        ),
    ] = None
    """Reprojection Method (0054,1004): Type 2C, VR CS, VM 1. Required if Series Type (0054,1000), Value 2 is REPROJECTION. Method for projecting volumetric data onto planar projection. Required if Series Type (0054,1000), Value 2 is REPROJECTION. Defined Terms: SUM MAX PIXEL"""

    NumberOfRRIntervals: Annotated[
        vr.US | None,
        Attribute(
            0x00540061,
            "US",
            "1",
            "1C",
            name="Number of R-R Intervals",
            when=("value", 0x00541000, 1, "in", ("GATED",)),
        ),
    ] = None
    """Number of R-R Intervals (0054,0061): Type 1C, VR US, VM 1. Required if Series Type (0054,1000), Value 1 is GATED. The maximum number of R-R Intervals that may exist in this Series. Required if Series Type (0054,1000), Value 1 is GATED."""

    NumberOfTimeSlots: Annotated[
        vr.US | None,
        Attribute(
            0x00540071,
            "US",
            "1",
            "1C",
            name="Number of Time Slots",
            when=("value", 0x00541000, 1, "in", ("GATED",)),
        ),
    ] = None
    """Number of Time Slots (0054,0071): Type 1C, VR US, VM 1. Required if Series Type (0054,1000), Value 1 is GATED. The maximum number of Time Slots that may exist in this Series. Required if Series Type (0054,1000), Value 1 is GATED."""

    NumberOfTimeSlices: Annotated[
        vr.US | None,
        Attribute(
            0x00540101,
            "US",
            "1",
            "1C",
            name="Number of Time Slices",
            when=("value", 0x00541000, 1, "in", ("DYNAMIC",)),
        ),
    ] = None
    """Number of Time Slices (0054,0101): Type 1C, VR US, VM 1. Required if Series Type (0054,1000), Value 1 is DYNAMIC. The maximum number of Time Slices that may exist in this Series. Required if Series Type (0054,1000), Value 1 is DYNAMIC."""

    NumberOfSlices: Annotated[vr.US, Attribute(0x00540081, "US", "1", "1", name="Number of Slices")]
    """Number of Slices (0054,0081): Type 1, VR US, VM 1. The maximum number of Slices that may exist in this Series."""

    CorrectedImage: Annotated[
        list[vr.CS] | None, Attribute(0x00280051, "CS", "1-n", "2", name="Corrected Image")
    ]
    """Corrected Image (0028,0051): Type 2, VR CS, VM 1-n. One or more values that indicate which, if any, corrections have been applied to the images in this Series. Defined Terms: DECY decay corrected ATTN attenuation corrected SCAT scatter corrected DTIM dead time corrected MOTN gantry motion co..."""

    RandomsCorrectionMethod: Annotated[
        _RandomsCorrectionMethodTerm | vr.CS | None,
        Attribute(0x00541100, "CS", "1", "3", name="Randoms Correction Method"),
    ] = None
    """Randoms Correction Method (0054,1100): Type 3, VR CS, VM 1. Type of randoms correction processing. Defined Terms: NONE no randoms correction DLYD delayed event subtraction SING singles estimation"""

    AttenuationCorrectionMethod: Annotated[
        vr.LO | None, Attribute(0x00541101, "LO", "1", "3", name="Attenuation Correction Method")
    ] = None
    """Attenuation Correction Method (0054,1101): Type 3, VR LO, VM 1. A textual description of the attenuation correction processing. e.g., measured vs. calculated, transmission source type (ring, line, point), assumed patient geometry (polygon, ellipse, segmented, attenuation coefficient, skull thickness), p..."""

    ScatterCorrectionMethod: Annotated[
        vr.LO | None, Attribute(0x00541105, "LO", "1", "3", name="Scatter Correction Method")
    ] = None
    """Scatter Correction Method (0054,1105): Type 3, VR LO, VM 1. A textual description of the scatter correction processing. e.g., convolution-subtraction, dual energy window, model-based, use of attenuation data."""

    DecayCorrection: Annotated[
        _DecayCorrectionTerm | vr.CS, Attribute(0x00541102, "CS", "1", "1", name="Decay Correction")
    ]
    """Decay Correction (0054,1102): Type 1, VR CS, VM 1. The real-world event to which images in this Series were decay corrected. See Section C.8.9.1.1.5 for explanation. Defined Terms: NONE no decay correction START acquisition start time ADMIN radiopharmaceutical administration time"""

    ReconstructionDiameter: Annotated[
        vr.DS | None, Attribute(0x00181100, "DS", "1", "3", name="Reconstruction Diameter")
    ] = None
    """Reconstruction Diameter (0018,1100): Type 3, VR DS, VM 1. Diameter, in mm, of the region within which the data was used in creating the reconstruction of the image. Data may exist outside this region and portions of the patient may exist outside this region."""

    ConvolutionKernel: Annotated[
        list[vr.SH] | None, Attribute(0x00181210, "SH", "1-n", "3", name="Convolution Kernel")
    ] = None
    """Convolution Kernel (0018,1210): Type 3, VR SH, VM 1-n. Textual description of the convolution kernel(s) used to reconstruct the data (e.g., name, cutoff, radial/axial/angular, mathematical form, DC handling)."""

    ReconstructionMethod: Annotated[
        vr.LO | None, Attribute(0x00541103, "LO", "1", "3", name="Reconstruction Method")
    ] = None
    """Reconstruction Method (0054,1103): Type 3, VR LO, VM 1. Textual description of reconstruction processing, e.g., 2D filtered backprojection, 2D iterative, 3D PROMIS, 3D FAVOR, 3D iterative."""

    DetectorLinesOfResponseUsed: Annotated[
        vr.LO | None, Attribute(0x00541104, "LO", "1", "3", name="Detector Lines of Response Used")
    ] = None
    """Detector Lines of Response Used (0054,1104): Type 3, VR LO, VM 1. Textual description of which detector lines of response were used, mashed, or otherwise processed during tomographic reconstruction."""

    AcquisitionStartCondition: Annotated[
        _AcquisitionStartConditionTerm | vr.CS | None,
        Attribute(0x00180073, "CS", "1", "3", name="Acquisition Start Condition"),
    ] = None
    """Acquisition Start Condition (0018,0073): Type 3, VR CS, VM 1. Description of how the data collection was started. Defined Terms: DENS density (counts/sec) RDD relative density difference (change in counts/sec) MANU manual TIME time AUTO automatic, when ready TRIG physiological trigger See Section C.8...."""

    AcquisitionStartConditionData: Annotated[
        vr.IS | None, Attribute(0x00180074, "IS", "1", "3", name="Acquisition Start Condition Data")
    ] = None
    """Acquisition Start Condition Data (0018,0074): Type 3, VR IS, VM 1. Count density, change in count density, or physiological triggers causing data collection to start."""

    AcquisitionTerminationCondition: Annotated[
        _AcquisitionTerminationConditionTermPETSeries | vr.CS | None,
        Attribute(0x00180071, "CS", "1", "3", name="Acquisition Termination Condition"),
    ] = None
    """Acquisition Termination Condition (0018,0071): Type 3, VR CS, VM 1. Description of how the data collection for the Series was stopped. Defined Terms: CNTS counts DENS density (counts/sec) RDD relative density difference (change in counts/sec) MANU manual OVFL data overflow TIME time TRIG physiological trigg..."""

    AcquisitionTerminationConditionData: Annotated[
        vr.IS | None,
        Attribute(0x00180075, "IS", "1", "3", name="Acquisition Termination Condition Data"),
    ] = None
    """Acquisition Termination Condition Data (0018,0075): Type 3, VR IS, VM 1. Number of counts, count density, change in count density, or physiological triggers causing the termination."""

    FieldOfViewShape: Annotated[
        _FieldOfViewShapeTermPETSeries | vr.CS | None,
        Attribute(0x00181147, "CS", "1", "3", name="Field of View Shape"),
    ] = None
    """Field of View Shape (0018,1147): Type 3, VR CS, VM 1. Shape of the field of view of the PET camera. Defined Terms: CYLINDRICAL RING HEXAGONAL MULTIPLE PLANAR"""

    FieldOfViewDimensions: Annotated[
        list[vr.IS] | None, Attribute(0x00181149, "IS", "1-2", "3", name="Field of View Dimensions")
    ] = None
    """Field of View Dimensions (0018,1149): Type 3, VR IS, VM 1-2. Dimensions of the field of view, in mm. Transverse detector diameter followed by axial width."""

    GantryDetectorTilt: Annotated[
        vr.DS | None, Attribute(0x00181120, "DS", "1", "3", name="Gantry/Detector Tilt")
    ] = None
    """Gantry/Detector Tilt (0018,1120): Type 3, VR DS, VM 1. Angle of tilt in degrees of the gantry. See Section C.8.9.1.1.7 for explanation."""

    GantryDetectorSlew: Annotated[
        vr.DS | None, Attribute(0x00181121, "DS", "1", "3", name="Gantry/Detector Slew")
    ] = None
    """Gantry/Detector Slew (0018,1121): Type 3, VR DS, VM 1. Angle of slew in degrees of the gantry. Positive slew is moving the gantry on the patient's left toward the patient's superior, when the patient is supine."""

    TypeOfDetectorMotion: Annotated[
        _TypeOfDetectorMotionTerm | vr.CS | None,
        Attribute(0x00540202, "CS", "1", "3", name="Type of Detector Motion"),
    ] = None
    """Type of Detector Motion (0054,0202): Type 3, VR CS, VM 1. Describes the detector motion during acquisition. Defined Terms: NONE stationary gantry STEP AND SHOOT Interrupted motion, acquire only while stationary CONTINUOUS Gantry motion and acquisition are simultaneous and continuous WOBBLE wobble..."""

    CollimatorType: Annotated[
        _CollimatorTypeTermPETSeries | vr.CS | None,
        Attribute(0x00181181, "CS", "1", "2", name="Collimator Type"),
    ]
    """Collimator Type (0018,1181): Type 2, VR CS, VM 1. Collimator Type. Defined Terms: NONE no collimator RING transverse septa"""

    CollimatorGridName: Annotated[
        vr.SH | None, Attribute(0x00181180, "SH", "1", "3", name="Collimator/Grid Name")
    ] = None
    """Collimator/Grid Name (0018,1180): Type 3, VR SH, VM 1. Label describing the collimator used."""

    AxialAcceptance: Annotated[
        vr.DS | None, Attribute(0x00541200, "DS", "1", "3", name="Axial Acceptance")
    ] = None
    """Axial Acceptance (0054,1200): Type 3, VR DS, VM 1. Maximum axial angle accepted, in degrees."""

    AxialMash: Annotated[
        list[vr.IS] | None, Attribute(0x00541201, "IS", "2", "3", name="Axial Mash")
    ] = None
    """Axial Mash (0054,1201): Type 3, VR IS, VM 2. Number of adjacent axial lines of response mashed together. See Section C.8.9.1.1.8 for explanation."""

    TransverseMash: Annotated[
        vr.IS | None, Attribute(0x00541202, "IS", "1", "3", name="Transverse Mash")
    ] = None
    """Transverse Mash (0054,1202): Type 3, VR IS, VM 1. Number of adjacent transverse lines of response mashed together. See Section C.8.9.1.1.9 for explanation."""

    DetectorElementSize: Annotated[
        list[vr.DS] | None, Attribute(0x00541203, "DS", "2", "3", name="Detector Element Size")
    ] = None
    """Detector Element Size (0054,1203): Type 3, VR DS, VM 2. Size of an individual detector element, in mm. Transverse dimension followed by axial dimension. For a discrete crystal, this is the crystal size. For a continuous detector, this is the pixel bin size."""

    CoincidenceWindowWidth: Annotated[
        vr.DS | None, Attribute(0x00541210, "DS", "1", "3", name="Coincidence Window Width")
    ] = None
    """Coincidence Window Width (0054,1210): Type 3, VR DS, VM 1. The width of the coincidence timing window, in nsec. The maximum time difference accepted between two single events."""

    EnergyWindowRangeSequence: Annotated[
        list[_EnergyWindowRangeSequenceItem] | None,
        Attribute(0x00540013, "SQ", "1", "3", name="Energy Window Range Sequence"),
    ] = None
    """Energy Window Range Sequence (0054,0013): Type 3, VR SQ, VM 1. Sequence of Items that describes the energy windows used for this Series. One or more Items are permitted in this Sequence. See Section C.8.9.1.1.10 for explanation."""

    SecondaryCountsType: Annotated[
        list[vr.CS] | None, Attribute(0x00541220, "CS", "1-n", "3", name="Secondary Counts Type")
    ] = None
    """Secondary Counts Type (0054,1220): Type 3, VR CS, VM 1-n. Array defining the type of additional counts accumulated during acquisition. Defined Terms: DLYD delayed events SCAT scattered events in secondary window SING singles DTIM events lost due to deadtime"""

    ScanProgressionDirection: Annotated[
        _ScanProgressionDirectionValue | None,
        Attribute(
            0x00540501,
            "CS",
            "1",
            "3",
            name="Scan Progression Direction",
            enumerated=((0, ("FEET_TO_HEAD", "HEAD_TO_FEET")),),
        ),
    ] = None
    """Scan Progression Direction (0054,0501): Type 3, VR CS, VM 1. The anatomical order in which the slices were acquired. Enumerated Values: FEET_TO_HEAD Slices closest to the patient's feet were acquired first. HEAD_TO_FEET Slices closest to the patient's head were acquired first."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcquisitionStartConditionTerm": (
        "dicomodel.enums.acquisition_start_condition",
        "AcquisitionStartConditionTerm",
    ),
    "AcquisitionTerminationConditionTerm": (
        "dicomodel.enums.acquisition_termination_condition",
        "AcquisitionTerminationConditionTermPETSeries",
    ),
    "CollimatorTypeTerm": ("dicomodel.enums.collimator_type", "CollimatorTypeTermPETSeries"),
    "CountsSource": ("dicomodel.enums.counts_source", "CountsSource"),
    "DecayCorrectionTerm": ("dicomodel.enums.decay_correction", "DecayCorrectionTerm"),
    "EnergyWindowRangeSequenceItem": (
        "dicomodel.items.energy_window_range_sequence_item",
        "EnergyWindowRangeSequenceItem",
    ),
    "FieldOfViewShapeTerm": (
        "dicomodel.enums.field_of_view_shape",
        "FieldOfViewShapeTermPETSeries",
    ),
    "RandomsCorrectionMethodTerm": (
        "dicomodel.enums.randoms_correction_method",
        "RandomsCorrectionMethodTerm",
    ),
    "ReprojectionMethodTerm": ("dicomodel.enums.reprojection_method", "ReprojectionMethodTerm"),
    "SUVType": ("dicomodel.enums.suv_type", "SUVType"),
    "ScanProgressionDirection": (
        "dicomodel.enums.scan_progression_direction",
        "ScanProgressionDirection",
    ),
    "TypeOfDetectorMotionTerm": (
        "dicomodel.enums.type_of_detector_motion",
        "TypeOfDetectorMotionTerm",
    ),
    "UnitsTerm": ("dicomodel.enums.units", "UnitsTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
