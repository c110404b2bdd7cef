"""Presence rules of US Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
USImageModule = (
    "table_C.8-18",
    (
        ("SamplesPerPixel", Attribute(0x00280002, "US", "1", "1", name="Samples Per Pixel"), None),
        (
            "PhotometricInterpretation",
            Attribute(0x00280004, "CS", "1", "1", name="Photometric Interpretation"),
            None,
        ),
        ("BitsAllocated", Attribute(0x00280100, "US", "1", "1", name="Bits Allocated"), None),
        ("BitsStored", Attribute(0x00280101, "US", "1", "1", name="Bits Stored"), None),
        ("HighBit", Attribute(0x00280102, "US", "1", "1", name="High Bit"), None),
        (
            "PlanarConfiguration",
            Attribute(
                0x00280006,
                "US",
                "1",
                "1C",
                name="Planar Configuration",
                when=("compare", 0x00280002, 1, ">", 1),
            ),
            None,
        ),
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
            "FrameIncrementPointer",
            Attribute(
                0x00280009,
                "AT",
                "1-n",
                "1C",
                name="Frame Increment Pointer",
                when=("present", 0x00280008),
            ),
            None,
        ),
        ("ImageType", Attribute(0x00080008, "CS", "2-n", "2", name="Image Type"), None),
        (
            "LossyImageCompression",
            Attribute(
                0x00282110,
                "CS",
                "1",
                "1C",
                name="Lossy Image Compression",
                enumerated=((0, ("00", "01")),),
                when=("unknown", "depends on lossy compression"),
                otherwise="may",
            ),
            None,
        ),
        (
            "NumberOfStages",
            Attribute(
                0x00082124,
                "IS",
                "1",
                "2C",
                name="Number of Stages",
                when=("unknown", "names no attribute: image was acquired in a Staged protocol"),
            ),
            None,
        ),
        (
            "NumberOfViewsInStage",
            Attribute(
                0x0008212A,
                "IS",
                "1",
                "2C",
                name="Number of Views in Stage",
                when=("unknown", "names no attribute: image was acquired in a Staged protocol"),
            ),
            None,
        ),
        (
            "RWaveTimeVector",
            Attribute(0x00186060, "FL", "1-n", "3", name="R Wave Time Vector"),
            None,
        ),
        (
            "UltrasoundColorDataPresent",
            Attribute(
                0x00280014,
                "US",
                "1",
                "3",
                name="Ultrasound Color Data Present",
                enumerated=((0, ("00", "01")),),
            ),
            None,
        ),
        ("StageName", Attribute(0x00082120, "SH", "1", "3", name="Stage Name"), None),
        (
            "StageCodeSequence",
            Attribute(0x0040000A, "SQ", "1", "3", name="Stage Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("StageNumber", Attribute(0x00082122, "IS", "1", "3", name="Stage Number"), None),
        ("ViewName", Attribute(0x00082127, "SH", "1", "3", name="View Name"), None),
        ("ViewNumber", Attribute(0x00082128, "IS", "1", "3", name="View Number"), None),
        (
            "NumberOfEventTimers",
            Attribute(0x00082129, "IS", "1", "3", name="Number of Event Timers"),
            None,
        ),
        (
            "EventElapsedTimes",
            Attribute(0x00082130, "DS", "1-n", "3", name="Event Elapsed Time(s)"),
            None,
        ),
        (
            "EventTimerNames",
            Attribute(0x00082132, "LO", "1-n", "3", name="Event Timer Name(s)"),
            None,
        ),
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
        (
            "ViewCodeSequence",
            Attribute(0x00540220, "SQ", "1", "3", name="View Code Sequence"),
            Lazy(
                "dicomodel.items.view_code_sequence_item_optional_view_and_slice_progression_direction",
                "ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection",
            ),
        ),
        (
            "SliceProgressionDirection",
            Attribute(
                0x00540500,
                "CS",
                "1",
                "3",
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
            ),
            None,
        ),
        (
            "AcquisitionDateTime",
            Attribute(
                0x0008002A,
                "DT",
                "1",
                "1C",
                name="Acquisition DateTime",
                when=("value", 0x00080060, 0, "in", ("IVUS",)),
                otherwise="may",
            ),
            None,
        ),
        ("TriggerTime", Attribute(0x00181060, "DS", "1", "3", name="Trigger Time"), None),
        ("NominalInterval", Attribute(0x00181062, "IS", "1", "3", name="Nominal Interval"), None),
        (
            "BeatRejectionFlag",
            Attribute(
                0x00181080,
                "CS",
                "1",
                "3",
                name="Beat Rejection Flag",
                enumerated=((0, ("Y", "N")),),
            ),
            None,
        ),
        ("LowRRValue", Attribute(0x00181081, "IS", "1", "3", name="Low R-R Value"), None),
        ("HighRRValue", Attribute(0x00181082, "IS", "1", "3", name="High R-R Value"), None),
        ("HeartRate", Attribute(0x00181088, "IS", "1", "3", name="Heart Rate"), None),
        (
            "IVUSAcquisition",
            Attribute(
                0x00183100,
                "CS",
                "1",
                "1C",
                name="IVUS Acquisition",
                when=("value", 0x00080060, 0, "in", ("IVUS",)),
            ),
            None,
        ),
        (
            "IVUSPullbackRate",
            Attribute(
                0x00183101,
                "DS",
                "1",
                "1C",
                name="IVUS Pullback Rate",
                when=("value", 0x00183100, 0, "in", ("MOTOR_PULLBACK",)),
            ),
            None,
        ),
        (
            "IVUSGatedRate",
            Attribute(
                0x00183102,
                "DS",
                "1",
                "1C",
                name="IVUS Gated Rate",
                when=("value", 0x00183100, 0, "in", ("GATED_PULLBACK",)),
            ),
            None,
        ),
        (
            "IVUSPullbackStartFrameNumber",
            Attribute(
                0x00183103,
                "IS",
                "1",
                "1C",
                name="IVUS Pullback Start Frame Number",
                when=("value", 0x00183100, 0, "in", ("MOTOR_PULLBACK", "GATED_PULLBACK")),
            ),
            None,
        ),
        (
            "IVUSPullbackStopFrameNumber",
            Attribute(
                0x00183104,
                "IS",
                "1",
                "1C",
                name="IVUS Pullback Stop Frame Number",
                when=("value", 0x00183100, 0, "in", ("MOTOR_PULLBACK", "GATED_PULLBACK")),
            ),
            None,
        ),
        ("LesionNumber", Attribute(0x00183105, "IS", "1-n", "3", name="Lesion Number"), None),
        ("OutputPower", Attribute(0x00185000, "SH", "1-n", "3", name="Output Power"), None),
        ("TransducerData", Attribute(0x00185010, "LO", "1-n", "3", name="Transducer Data"), None),
        (
            "TransducerIdentificationSequence",
            Attribute(0x00185011, "SQ", "1", "3", name="Transducer Identification Sequence"),
            Lazy("dicomodel.items.device_identification_item", "DeviceIdentificationItem"),
        ),
        ("TransducerType", Attribute(0x00186031, "CS", "1", "3", name="Transducer Type"), None),
        ("FocusDepth", Attribute(0x00185012, "DS", "1", "3", name="Focus Depth"), None),
        (
            "ProcessingFunction",
            Attribute(0x00185020, "LO", "1", "3", name="Processing Function"),
            None,
        ),
        ("MechanicalIndex", Attribute(0x00185022, "DS", "1", "3", name="Mechanical Index"), None),
        (
            "BoneThermalIndex",
            Attribute(0x00185024, "DS", "1", "3", name="Bone Thermal Index"),
            None,
        ),
        (
            "CranialThermalIndex",
            Attribute(0x00185026, "DS", "1", "3", name="Cranial Thermal Index"),
            None,
        ),
        (
            "SoftTissueThermalIndex",
            Attribute(0x00185027, "DS", "1", "3", name="Soft Tissue Thermal Index"),
            None,
        ),
        (
            "SoftTissueFocusThermalIndex",
            Attribute(0x00185028, "DS", "1", "3", name="Soft Tissue-focus Thermal Index"),
            None,
        ),
        (
            "SoftTissueSurfaceThermalIndex",
            Attribute(0x00185029, "DS", "1", "3", name="Soft Tissue-surface Thermal Index"),
            None,
        ),
        (
            "DepthOfScanField",
            Attribute(0x00185050, "IS", "1", "3", name="Depth of Scan Field"),
            None,
        ),
        (
            "OverlaySubtype",
            Attribute(
                0x60000045,
                "LO",
                "1",
                "1C",
                name="Overlay Subtype",
                when=(
                    "unknown",
                    "condition not read: not understood: 'this Overlay Group is referenced in an Item of the Sequence of Ultrasound Regions (0018,6011)' (in 'Required if this Overlay Group is referenced in an Item of the Sequence of Ultrasound Regions (0018,6011)')",
                ),
                otherwise="may",
            ),
            None,
        ),
    ),
)
