"""Presence rules of PET Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PETImageModule = (
    "table_C.8-63",
    (
        ("ImageType", Attribute(0x00080008, "CS", "2-n", "1", name="Image Type"), None),
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
                enumerated=((0, ("MONOCHROME2",)),),
            ),
            None,
        ),
        (
            "BitsAllocated",
            Attribute(
                0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("16",)),)
            ),
            None,
        ),
        ("BitsStored", Attribute(0x00280101, "US", "1", "1", name="Bits Stored"), None),
        ("HighBit", Attribute(0x00280102, "US", "1", "1", name="High Bit"), None),
        ("RescaleIntercept", Attribute(0x00281052, "DS", "1", "1", name="Rescale Intercept"), None),
        ("RescaleSlope", Attribute(0x00281053, "DS", "1", "1", name="Rescale Slope"), None),
        (
            "FrameReferenceTime",
            Attribute(0x00541300, "DS", "1", "1", name="Frame Reference Time"),
            None,
        ),
        (
            "TriggerTime",
            Attribute(
                0x00181060,
                "DS",
                "1",
                "1C",
                name="Trigger Time",
                when=("value", 0x00541000, 1, "in", ("GATED",)),
            ),
            None,
        ),
        (
            "FrameTime",
            Attribute(
                0x00181063,
                "DS",
                "1",
                "1C",
                name="Frame Time",
                when=("value", 0x00541000, 1, "in", ("GATED",)),
            ),
            None,
        ),
        (
            "LowRRValue",
            Attribute(
                0x00181081,
                "IS",
                "1",
                "1C",
                name="Low R-R Value",
                when=(
                    "and",
                    ("value", 0x00541000, 1, "in", ("GATED",)),
                    ("value", 0x00181080, 0, "in", ("Y",)),
                ),
            ),
            None,
        ),
        (
            "HighRRValue",
            Attribute(
                0x00181082,
                "IS",
                "1",
                "1C",
                name="High R-R Value",
                when=(
                    "and",
                    ("value", 0x00541000, 1, "in", ("GATED",)),
                    ("value", 0x00181080, 0, "in", ("Y",)),
                ),
            ),
            None,
        ),
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
        ("ImageIndex", Attribute(0x00541330, "US", "1", "1", name="Image Index"), None),
        ("AcquisitionDate", Attribute(0x00080022, "DA", "1", "2", name="Acquisition Date"), None),
        ("AcquisitionTime", Attribute(0x00080032, "TM", "1", "2", name="Acquisition Time"), None),
        (
            "ActualFrameDuration",
            Attribute(0x00181242, "IS", "1", "2", name="Actual Frame Duration"),
            None,
        ),
        ("NominalInterval", Attribute(0x00181062, "IS", "1", "3", name="Nominal Interval"), None),
        (
            "IntervalsAcquired",
            Attribute(0x00181083, "IS", "1", "3", name="Intervals Acquired"),
            None,
        ),
        (
            "IntervalsRejected",
            Attribute(0x00181084, "IS", "1", "3", name="Intervals Rejected"),
            None,
        ),
        (
            "PrimaryPromptsCountsAccumulated",
            Attribute(0x00541310, "IS", "1", "3", name="Primary (Prompts) Counts Accumulated"),
            None,
        ),
        (
            "SecondaryCountsAccumulated",
            Attribute(0x00541311, "IS", "1-n", "3", name="Secondary Counts Accumulated"),
            None,
        ),
        (
            "SliceSensitivityFactor",
            Attribute(0x00541320, "DS", "1", "3", name="Slice Sensitivity Factor"),
            None,
        ),
        (
            "DecayFactor",
            Attribute(
                0x00541321,
                "DS",
                "1",
                "1C",
                name="Decay Factor",
                when=("value", 0x00541102, 0, "not_in", ("NONE",)),
            ),
            None,
        ),
        (
            "DoseCalibrationFactor",
            Attribute(0x00541322, "DS", "1", "3", name="Dose Calibration Factor"),
            None,
        ),
        (
            "ScatterFractionFactor",
            Attribute(0x00541323, "DS", "1", "3", name="Scatter Fraction Factor"),
            None,
        ),
        ("DeadTimeFactor", Attribute(0x00541324, "DS", "1", "3", name="Dead Time Factor"), None),
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
            "EquipmentFrameOfReferenceUID",
            Attribute(
                0x300A0675,
                "UI",
                "1",
                "1C",
                name="Equipment Frame of Reference UID",
                when=("or", ("present", 0x300A07A1), ("present", 0x300A07A0)),
            ),
            None,
        ),
        (
            "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequence",
            Attribute(
                0x300A07A1,
                "SQ",
                "1",
                "3",
                name="Imaging Equipment to Treatment Delivery Device Relationship Sequence",
            ),
            Lazy(
                "dicomodel.items.imaging_equipment_to_treatment_delivery_device_relationship_sequence_item",
                "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem",
            ),
        ),
        (
            "IsocenterPosition",
            Attribute(0x300A012C, "DS", "3", "3", name="Isocenter Position"),
            None,
        ),
        (
            "PatientToEquipmentRelationshipSequence",
            Attribute(
                0x300A07A0, "SQ", "1", "3", name="Patient to Equipment Relationship Sequence"
            ),
            Lazy(
                "dicomodel.items.patient_to_equipment_relationship_sequence_item",
                "PatientToEquipmentRelationshipSequenceItem",
            ),
        ),
        (
            "PatientTreatmentPreparationSequence",
            Attribute(0x300A079F, "SQ", "1", "3", name="Patient Treatment Preparation Sequence"),
            Lazy(
                "dicomodel.items.rt_patient_treatment_preparation_item",
                "RTPatientTreatmentPreparationItem",
            ),
        ),
        (
            "ReferencedRTPlanSequence",
            Attribute(0x300C0002, "SQ", "1", "3", name="Referenced RT Plan Sequence"),
            Lazy(
                "dicomodel.items.referenced_rt_plan_sequence_item_rt_equipment_mapping_and_plan_reference",
                "ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference",
            ),
        ),
    ),
)
