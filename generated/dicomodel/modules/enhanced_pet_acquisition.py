"""Enhanced PET Acquisition Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_start_condition import (
        AcquisitionStartConditionTermEnhancedPETAcquisition as _AcquisitionStartConditionTermEnhancedPETAcquisition,
    )
    from dicomodel.enums.acquisition_termination_condition import (
        AcquisitionTerminationConditionTermEnhancedPETAcquisition as _AcquisitionTerminationConditionTermEnhancedPETAcquisition,
    )
    from dicomodel.enums.collimator_type import (
        CollimatorTypeTermPETSeries as _CollimatorTypeTermPETSeries,
    )
    from dicomodel.enums.detector_geometry import DetectorGeometryTerm as _DetectorGeometryTerm
    from dicomodel.enums.scan_progression_direction import (
        ScanProgressionDirectionValue as _ScanProgressionDirectionValue,
    )
    from dicomodel.enums.slice_progression_direction import (
        SliceProgressionDirectionValue as _SliceProgressionDirectionValue,
    )
    from dicomodel.enums.table_motion import TableMotionValue as _TableMotionValue
    from dicomodel.enums.time_of_flight_information_used import (
        TimeOfFlightInformationUsedValue as _TimeOfFlightInformationUsedValue,
    )
    from dicomodel.enums.type_of_detector_motion import (
        TypeOfDetectorMotionTermEnhancedPETAcquisition as _TypeOfDetectorMotionTermEnhancedPETAcquisition,
    )
    from dicomodel.items.energy_window_range_sequence_item_enhanced_pet_acquisition import (
        EnergyWindowRangeSequenceItemEnhancedPETAcquisition as _EnergyWindowRangeSequenceItemEnhancedPETAcquisition,
    )
    from dicomodel.items.view_code_sequence_item import (
        ViewCodeSequenceItem as _ViewCodeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AcquisitionStartConditionTermEnhancedPETAcquisition = Lazy(
        "dicomodel.enums.acquisition_start_condition",
        "AcquisitionStartConditionTermEnhancedPETAcquisition",
    )
    _AcquisitionTerminationConditionTermEnhancedPETAcquisition = Lazy(
        "dicomodel.enums.acquisition_termination_condition",
        "AcquisitionTerminationConditionTermEnhancedPETAcquisition",
    )
    _CollimatorTypeTermPETSeries = Lazy(
        "dicomodel.enums.collimator_type", "CollimatorTypeTermPETSeries"
    )
    _DetectorGeometryTerm = Lazy("dicomodel.enums.detector_geometry", "DetectorGeometryTerm")
    _EnergyWindowRangeSequenceItemEnhancedPETAcquisition = Lazy(
        "dicomodel.items.energy_window_range_sequence_item_enhanced_pet_acquisition",
        "EnergyWindowRangeSequenceItemEnhancedPETAcquisition",
    )
    _ScanProgressionDirectionValue = Lazy(
        "dicomodel.enums.scan_progression_direction", "ScanProgressionDirectionValue"
    )
    _SliceProgressionDirectionValue = Lazy(
        "dicomodel.enums.slice_progression_direction", "SliceProgressionDirectionValue"
    )
    _TableMotionValue = Lazy("dicomodel.enums.table_motion", "TableMotionValue")
    _TimeOfFlightInformationUsedValue = Lazy(
        "dicomodel.enums.time_of_flight_information_used", "TimeOfFlightInformationUsedValue"
    )
    _TypeOfDetectorMotionTermEnhancedPETAcquisition = Lazy(
        "dicomodel.enums.type_of_detector_motion", "TypeOfDetectorMotionTermEnhancedPETAcquisition"
    )
    _ViewCodeSequenceItem = Lazy("dicomodel.items.view_code_sequence_item", "ViewCodeSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_start_condition import (
        AcquisitionStartConditionTermEnhancedPETAcquisition as AcquisitionStartConditionTerm,
    )
    from dicomodel.enums.acquisition_termination_condition import (
        AcquisitionTerminationConditionTermEnhancedPETAcquisition as AcquisitionTerminationConditionTerm,
    )
    from dicomodel.enums.collimator_type import CollimatorTypeTermPETSeries as CollimatorTypeTerm
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.detector_geometry import DetectorGeometryTerm as DetectorGeometryTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.scan_progression_direction import (
        ScanProgressionDirection as ScanProgressionDirection,
    )
    from dicomodel.enums.slice_progression_direction import (
        SliceProgressionDirection as SliceProgressionDirection,
    )
    from dicomodel.enums.table_motion import TableMotion as TableMotion
    from dicomodel.enums.time_of_flight_information_used import (
        TimeOfFlightInformationUsed as TimeOfFlightInformationUsed,
    )
    from dicomodel.enums.type_of_detector_motion import (
        TypeOfDetectorMotionTermEnhancedPETAcquisition as TypeOfDetectorMotionTerm,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ViewModifierCodeSequenceItem
    from dicomodel.items.energy_window_range_sequence_item_enhanced_pet_acquisition import (
        EnergyWindowRangeSequenceItemEnhancedPETAcquisition as EnergyWindowRangeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.view_code_sequence_item import ViewCodeSequenceItem as ViewCodeSequenceItem

__all__ = [
    "AcquisitionStartConditionTerm",
    "AcquisitionTerminationConditionTerm",
    "CollimatorTypeTerm",
    "ContextGroupExtensionFlag",
    "DetectorGeometryTerm",
    "EnergyWindowRangeSequenceItem",
    "EnhancedPETAcquisitionModule",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "ScanProgressionDirection",
    "SliceProgressionDirection",
    "TableMotion",
    "TimeOfFlightInformationUsed",
    "TypeOfDetectorMotionTerm",
    "ViewCodeSequenceItem",
    "ViewModifierCodeSequenceItem",
]


class EnhancedPETAcquisitionModule(DicomModel):
    """Enhanced PET Acquisition Module Attributes (PS3.3 Table C.8.22-2)."""

    dicom_name: ClassVar[str] = "Enhanced PET Acquisition"
    dicom_table: ClassVar[str] = "table_C.8.22-2"

    AcquisitionStartCondition: Annotated[
        _AcquisitionStartConditionTermEnhancedPETAcquisition | vr.CS | None,
        Attribute(
            0x00180073,
            "CS",
            "1",
            "1C",
            name="Acquisition Start Condition",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Acquisition Start Condition (0018,0073): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. Description of how the data collection was started. See Section C.8.22.2.1.1 for Defined Terms. Required if Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise."""

    StartDensityThreshold: Annotated[
        vr.FD | None,
        Attribute(
            0x00189715,
            "FD",
            "1",
            "1C",
            name="Start Density Threshold",
            when=("value", 0x00180073, 0, "in", ("DENS",)),
        ),
    ] = None
    """Start Density Threshold (0018,9715): Type 1C, VR FD, VM 1. Required if Acquisition Start Condition (0018,0073) equals DENS. The count density that triggered the start of the acquisition, in counts/sec. Required if Acquisition Start Condition (0018,0073) equals DENS."""

    StartRelativeDensityDifferenceThreshold: Annotated[
        vr.FD | None,
        Attribute(
            0x00189716,
            "FD",
            "1",
            "1C",
            name="Start Relative Density Difference Threshold",
            when=("value", 0x00180073, 0, "in", ("RDD",)),
        ),
    ] = None
    """Start Relative Density Difference Threshold (0018,9716): Type 1C, VR FD, VM 1. Required if Acquisition Start Condition (0018,0073) equals RDD. The relative count density that triggered the start of the acquisition, in counts/sec. Required if Acquisition Start Condition (0018,0073) equals RDD."""

    StartCardiacTriggerCountThreshold: Annotated[
        vr.FD | None,
        Attribute(
            0x00189717,
            "FD",
            "1",
            "1C",
            name="Start Cardiac Trigger Count Threshold",
            when=("value", 0x00180073, 0, "in", ("CARD_TRIG",)),
        ),
    ] = None
    """Start Cardiac Trigger Count Threshold (0018,9717): Type 1C, VR FD, VM 1. Required if Acquisition Start Condition (0018,0073) equals CARD_TRIG. The number of cardiac triggers that occurred before starting the acquisition. Required if Acquisition Start Condition (0018,0073) equals CARD_TRIG."""

    StartRespiratoryTriggerCountThreshold: Annotated[
        vr.FD | None,
        Attribute(
            0x00189718,
            "FD",
            "1",
            "1C",
            name="Start Respiratory Trigger Count Threshold",
            when=("value", 0x00180073, 0, "in", ("RESP_TRIG",)),
        ),
    ] = None
    """Start Respiratory Trigger Count Threshold (0018,9718): Type 1C, VR FD, VM 1. Required if Acquisition Start Condition (0018,0073) equals RESP_TRIG. The number of respiratory triggers that occurred before starting the acquisition. Required if Acquisition Start Condition (0018,0073) equals RESP_TRIG."""

    AcquisitionTerminationCondition: Annotated[
        _AcquisitionTerminationConditionTermEnhancedPETAcquisition | vr.CS | None,
        Attribute(
            0x00180071,
            "CS",
            "1",
            "1C",
            name="Acquisition Termination Condition",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Acquisition Termination Condition (0018,0071): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. Description of how the data collection for the Series was stopped. See Section C.8.22.2.1.2 for Defined Terms. Required if Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise."""

    TerminationCountsThreshold: Annotated[
        vr.FD | None,
        Attribute(
            0x00189719,
            "FD",
            "1",
            "1C",
            name="Termination Counts Threshold",
            when=("value", 0x00180071, 0, "in", ("CNTS",)),
        ),
    ] = None
    """Termination Counts Threshold (0018,9719): Type 1C, VR FD, VM 1. Required if Acquisition Termination Condition (0018,0071) equals CNTS. The count value that triggered the termination of the acquisition. Required if Acquisition Termination Condition (0018,0071) equals CNTS."""

    TerminationDensityThreshold: Annotated[
        vr.FD | None,
        Attribute(
            0x00189720,
            "FD",
            "1",
            "1C",
            name="Termination Density Threshold",
            when=("value", 0x00180071, 0, "in", ("DENS",)),
        ),
    ] = None
    """Termination Density Threshold (0018,9720): Type 1C, VR FD, VM 1. Required if Acquisition Termination Condition (0018,0071) equals DENS. The count density that triggered the termination of the acquisition, in counts/sec. Required if Acquisition Termination Condition (0018,0071) equals DENS."""

    TerminationRelativeDensityThreshold: Annotated[
        vr.FD | None,
        Attribute(
            0x00189721,
            "FD",
            "1",
            "1C",
            name="Termination Relative Density Threshold",
            when=("value", 0x00180071, 0, "in", ("RDD",)),
        ),
    ] = None
    """Termination Relative Density Threshold (0018,9721): Type 1C, VR FD, VM 1. Required if Acquisition Termination Condition (0018,0071) equals RDD. The count relative density that triggered the termination of the acquisition, in counts/sec. Required if Acquisition Termination Condition (0018,0071) equals RDD."""

    TerminationTimeThreshold: Annotated[
        vr.FD | None,
        Attribute(
            0x00189722,
            "FD",
            "1",
            "1C",
            name="Termination Time Threshold",
            when=("value", 0x00180071, 0, "in", ("TIME",)),
        ),
    ] = None
    """Termination Time Threshold (0018,9722): Type 1C, VR FD, VM 1. Required if Acquisition Termination Condition (0018,0071) equals TIME. The time duration after which the acquisition was terminated, in sec. Required if Acquisition Termination Condition (0018,0071) equals TIME."""

    TerminationCardiacTriggerCountThreshold: Annotated[
        vr.FD | None,
        Attribute(
            0x00189723,
            "FD",
            "1",
            "1C",
            name="Termination Cardiac Trigger Count Threshold",
            when=("value", 0x00180071, 0, "in", ("CARD_TRIG",)),
        ),
    ] = None
    """Termination Cardiac Trigger Count Threshold (0018,9723): Type 1C, VR FD, VM 1. Required if Acquisition Termination Condition (0018,0071) equals CARD_TRIG. The number of cardiac triggers that triggered the termination of the acquisition. Required if Acquisition Termination Condition (0018,0071) equals CARD_TRIG."""

    TerminationRespiratoryTriggerCountThreshold: Annotated[
        vr.FD | None,
        Attribute(
            0x00189724,
            "FD",
            "1",
            "1C",
            name="Termination Respiratory Trigger Count Threshold",
            when=("value", 0x00180071, 0, "in", ("RESP_TRIG",)),
        ),
    ] = None
    """Termination Respiratory Trigger Count Threshold (0018,9724): Type 1C, VR FD, VM 1. Required if Acquisition Termination Condition (0018,0071) equals RESP_TRIG. The number of respiratory triggers that triggered the termination of the acquisition. Required if Acquisition Termination Condition (0018,0071) equals RESP_TRIG."""

    TypeOfDetectorMotion: Annotated[
        _TypeOfDetectorMotionTermEnhancedPETAcquisition | vr.CS | None,
        Attribute(
            0x00540202,
            "CS",
            "1",
            "1C",
            name="Type of Detector Motion",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Type of Detector Motion (0054,0202): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. Describes the type of detector motion during acquisition. Defined Terms: STATIONARY No motion STEP AND SHOOT Interrupted motion, acquire only while detectors are stationary CONTINUOUS Gantry motion and acquisition are simultaneous and conti..."""

    DetectorGeometry: Annotated[
        _DetectorGeometryTerm | vr.CS | None,
        Attribute(
            0x00189725,
            "CS",
            "1",
            "1C",
            name="Detector Geometry",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL",)),
                ("value", 0x00540202, 0, "in", ("STATIONARY",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Detector Geometry (0018,9725): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL and Type of Detector Motion (0054,0202) equals STATIONARY. May be present otherwise, if Image Type (0008,0008) Value 1 is DERIVED and Type of Detector Motion (0054,0202) equals STATIONARY. Physical arrangement of the detectors in the acquisition system. The radiation entrance surface of a detector may be curved or flat. A curved surface is referred to as cylindrical."""

    TransverseDetectorSeparation: Annotated[
        vr.FD | None,
        Attribute(
            0x00189726,
            "FD",
            "1",
            "1C",
            name="Transverse Detector Separation",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Transverse Detector Separation (0018,9726): Type 1C, VR FD, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. Distance between opposing detectors, in mm. Required if Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise."""

    AxialDetectorDimension: Annotated[
        vr.FD | None,
        Attribute(
            0x00189727,
            "FD",
            "1",
            "1C",
            name="Axial Detector Dimension",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Axial Detector Dimension (0018,9727): Type 1C, VR FD, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL May be present otherwise. Axial detector size in mm. Size of the detector along the table axis. Required if Image Type (0008,0008) Value 1 is ORIGINAL May be present otherwise."""

    CollimatorType: Annotated[
        _CollimatorTypeTermPETSeries | vr.CS | None,
        Attribute(
            0x00181181,
            "CS",
            "1",
            "1C",
            name="Collimator Type",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Collimator Type (0018,1181): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. Collimator Type. Defined Terms: NONE no collimator RING transverse septa Required if Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise."""

    CoincidenceWindowWidth: Annotated[
        vr.DS | None,
        Attribute(
            0x00541210,
            "DS",
            "1",
            "1C",
            name="Coincidence Window Width",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Coincidence Window Width (0054,1210): Type 1C, VR DS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. The width of the coincidence-timing window, in nanoseconds. The maximum time difference between two single events in two opposing detectors that will be accepted as a coincidence event."""

    EnergyWindowRangeSequence: Annotated[
        list[_EnergyWindowRangeSequenceItemEnhancedPETAcquisition] | None,
        Attribute(
            0x00540013,
            "SQ",
            "1",
            "1C",
            name="Energy Window Range Sequence",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Energy Window Range Sequence (0054,0013): Type 1C, VR SQ, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. Sequence of Items that describes the energy windows used for this Image. One or more Items shall be included in this Sequence. See Section C.8.22.2.1.3 for explanation. Required if Image Type (0008,0008) Value 1 is ORIGINAL."""

    TableMotion: Annotated[
        _TableMotionValue,
        Attribute(
            0x00181134,
            "CS",
            "1",
            "1",
            name="Table Motion",
            enumerated=((0, ("STATIC", "DYNAMIC")),),
        ),
    ]
    """Table Motion (0018,1134): Type 1, VR CS, VM 1. Enumerated Values: STATIC Table is stationary during data acquisition. DYNAMIC Table is moving during data acquisition."""

    TimeOfFlightInformationUsed: Annotated[
        _TimeOfFlightInformationUsedValue,
        Attribute(
            0x00189755,
            "CS",
            "1",
            "1",
            name="Time of Flight Information Used",
            enumerated=((0, ("TRUE", "FALSE")),),
        ),
    ]
    """Time of Flight Information Used (0018,9755): Type 1, VR CS, VM 1. Specifies whether or not Time-of-Flight information was used in creation of the image. Enumerated Values: TRUE FALSE"""

    ViewCodeSequence: Annotated[
        list[_ViewCodeSequenceItem],
        Attribute(0x00540220, "SQ", "1", "1", name="View Code Sequence"),
    ]
    """View Code Sequence (0054,0220): Type 1, VR SQ, VM 1. Sequence that describes the projection of the anatomic region of interest. Only a single Item shall be included in this Sequence."""

    SliceProgressionDirection: Annotated[
        _SliceProgressionDirectionValue | None,
        Attribute(
            0x00540500,
            "CS",
            "1",
            "1C",
            name="Slice Progression Direction",
            enumerated=(
                (
                    0,
                    (
                        "APEX_TO_BASE",
                        "BASE_TO_APEX",
                        "ANT_TO_INF",
                        "INF_TO_ANT",
                        "SEPTUM_TO_WALL",
                        "WALL_TO_SEPTUM",
                    ),
                ),
            ),
            when=(
                "code",
                0x00540220,
                (("103340004", "SCT"), ("131185001", "SCT"), ("131186000", "SCT")),
            ),
            otherwise="may",
        ),
    ] = None
    """Slice Progression Direction (0054,0500): Type 1C, VR CS, VM 1. Required if View Code Sequence (0054,0220) equals (103340004, SCT, \"Short Axis\") or (131185001, SCT, \"Vertical Long Axis\") or (131186000, SCT, \"Horizontal Long Axis\"). May be present otherwise. Describes the anatomical direction in which a set of slices is progressing (see Section 10.20.1.1). Meaningful only for cardiac images. Enumerated Values are defined in Section 10.20.1.1."""

    IsocenterPosition: Annotated[
        list[vr.DS] | None, Attribute(0x300A012C, "DS", "3", "3", name="Isocenter Position")
    ] = None
    """Isocenter Position (300A,012C): Type 3, VR DS, VM 3. Isocenter coordinates (x,y,z), in mm. Specifies the location of the machine isocenter in the Patient-Based Coordinate System associated with the Frame of Reference."""

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
        "AcquisitionStartConditionTermEnhancedPETAcquisition",
    ),
    "AcquisitionTerminationConditionTerm": (
        "dicomodel.enums.acquisition_termination_condition",
        "AcquisitionTerminationConditionTermEnhancedPETAcquisition",
    ),
    "CollimatorTypeTerm": ("dicomodel.enums.collimator_type", "CollimatorTypeTermPETSeries"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DetectorGeometryTerm": ("dicomodel.enums.detector_geometry", "DetectorGeometryTerm"),
    "EnergyWindowRangeSequenceItem": (
        "dicomodel.items.energy_window_range_sequence_item_enhanced_pet_acquisition",
        "EnergyWindowRangeSequenceItemEnhancedPETAcquisition",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ScanProgressionDirection": (
        "dicomodel.enums.scan_progression_direction",
        "ScanProgressionDirection",
    ),
    "SliceProgressionDirection": (
        "dicomodel.enums.slice_progression_direction",
        "SliceProgressionDirection",
    ),
    "TableMotion": ("dicomodel.enums.table_motion", "TableMotion"),
    "TimeOfFlightInformationUsed": (
        "dicomodel.enums.time_of_flight_information_used",
        "TimeOfFlightInformationUsed",
    ),
    "TypeOfDetectorMotionTerm": (
        "dicomodel.enums.type_of_detector_motion",
        "TypeOfDetectorMotionTermEnhancedPETAcquisition",
    ),
    "ViewCodeSequenceItem": ("dicomodel.items.view_code_sequence_item", "ViewCodeSequenceItem"),
    "ViewModifierCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
