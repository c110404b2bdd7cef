"""Presence rules of Enhanced PET Acquisition Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
EnhancedPETAcquisitionModule = (
    "table_C.8.22-2",
    (
        (
            "AcquisitionStartCondition",
            Attribute(
                0x00180073,
                "CS",
                "1",
                "1C",
                name="Acquisition Start Condition",
                when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "StartDensityThreshold",
            Attribute(
                0x00189715,
                "FD",
                "1",
                "1C",
                name="Start Density Threshold",
                when=("value", 0x00180073, 0, "in", ("DENS",)),
            ),
            None,
        ),
        (
            "StartRelativeDensityDifferenceThreshold",
            Attribute(
                0x00189716,
                "FD",
                "1",
                "1C",
                name="Start Relative Density Difference Threshold",
                when=("value", 0x00180073, 0, "in", ("RDD",)),
            ),
            None,
        ),
        (
            "StartCardiacTriggerCountThreshold",
            Attribute(
                0x00189717,
                "FD",
                "1",
                "1C",
                name="Start Cardiac Trigger Count Threshold",
                when=("value", 0x00180073, 0, "in", ("CARD_TRIG",)),
            ),
            None,
        ),
        (
            "StartRespiratoryTriggerCountThreshold",
            Attribute(
                0x00189718,
                "FD",
                "1",
                "1C",
                name="Start Respiratory Trigger Count Threshold",
                when=("value", 0x00180073, 0, "in", ("RESP_TRIG",)),
            ),
            None,
        ),
        (
            "AcquisitionTerminationCondition",
            Attribute(
                0x00180071,
                "CS",
                "1",
                "1C",
                name="Acquisition Termination Condition",
                when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "TerminationCountsThreshold",
            Attribute(
                0x00189719,
                "FD",
                "1",
                "1C",
                name="Termination Counts Threshold",
                when=("value", 0x00180071, 0, "in", ("CNTS",)),
            ),
            None,
        ),
        (
            "TerminationDensityThreshold",
            Attribute(
                0x00189720,
                "FD",
                "1",
                "1C",
                name="Termination Density Threshold",
                when=("value", 0x00180071, 0, "in", ("DENS",)),
            ),
            None,
        ),
        (
            "TerminationRelativeDensityThreshold",
            Attribute(
                0x00189721,
                "FD",
                "1",
                "1C",
                name="Termination Relative Density Threshold",
                when=("value", 0x00180071, 0, "in", ("RDD",)),
            ),
            None,
        ),
        (
            "TerminationTimeThreshold",
            Attribute(
                0x00189722,
                "FD",
                "1",
                "1C",
                name="Termination Time Threshold",
                when=("value", 0x00180071, 0, "in", ("TIME",)),
            ),
            None,
        ),
        (
            "TerminationCardiacTriggerCountThreshold",
            Attribute(
                0x00189723,
                "FD",
                "1",
                "1C",
                name="Termination Cardiac Trigger Count Threshold",
                when=("value", 0x00180071, 0, "in", ("CARD_TRIG",)),
            ),
            None,
        ),
        (
            "TerminationRespiratoryTriggerCountThreshold",
            Attribute(
                0x00189724,
                "FD",
                "1",
                "1C",
                name="Termination Respiratory Trigger Count Threshold",
                when=("value", 0x00180071, 0, "in", ("RESP_TRIG",)),
            ),
            None,
        ),
        (
            "TypeOfDetectorMotion",
            Attribute(
                0x00540202,
                "CS",
                "1",
                "1C",
                name="Type of Detector Motion",
                when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "DetectorGeometry",
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
            None,
        ),
        (
            "TransverseDetectorSeparation",
            Attribute(
                0x00189726,
                "FD",
                "1",
                "1C",
                name="Transverse Detector Separation",
                when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "AxialDetectorDimension",
            Attribute(
                0x00189727,
                "FD",
                "1",
                "1C",
                name="Axial Detector Dimension",
                when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "CollimatorType",
            Attribute(
                0x00181181,
                "CS",
                "1",
                "1C",
                name="Collimator Type",
                when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "CoincidenceWindowWidth",
            Attribute(
                0x00541210,
                "DS",
                "1",
                "1C",
                name="Coincidence Window Width",
                when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "EnergyWindowRangeSequence",
            Attribute(
                0x00540013,
                "SQ",
                "1",
                "1C",
                name="Energy Window Range Sequence",
                when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
                otherwise="may",
            ),
            Lazy(
                "dicomodel.items.energy_window_range_sequence_item_enhanced_pet_acquisition",
                "EnergyWindowRangeSequenceItemEnhancedPETAcquisition",
            ),
        ),
        (
            "TableMotion",
            Attribute(
                0x00181134,
                "CS",
                "1",
                "1",
                name="Table Motion",
                enumerated=((0, ("STATIC", "DYNAMIC")),),
            ),
            None,
        ),
        (
            "TimeOfFlightInformationUsed",
            Attribute(
                0x00189755,
                "CS",
                "1",
                "1",
                name="Time of Flight Information Used",
                enumerated=((0, ("TRUE", "FALSE")),),
            ),
            None,
        ),
        (
            "ViewCodeSequence",
            Attribute(0x00540220, "SQ", "1", "1", name="View Code Sequence"),
            Lazy("dicomodel.items.view_code_sequence_item", "ViewCodeSequenceItem"),
        ),
        (
            "SliceProgressionDirection",
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
            None,
        ),
        (
            "IsocenterPosition",
            Attribute(0x300A012C, "DS", "3", "3", name="Isocenter Position"),
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
