"""Presence rules of MR Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MRImageModule = (
    "table_C.8-4",
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
                enumerated=((0, ("MONOCHROME1", "MONOCHROME2")),),
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
        (
            "ScanningSequence",
            Attribute(
                0x00180020,
                "CS",
                "1-n",
                "1",
                name="Scanning Sequence",
                enumerated=((0, ("SE", "IR", "GR", "EP", "RM")),),
            ),
            None,
        ),
        ("SequenceVariant", Attribute(0x00180021, "CS", "1-n", "1", name="Sequence Variant"), None),
        ("ScanOptions", Attribute(0x00180022, "CS", "1-n", "2", name="Scan Options"), None),
        (
            "MRAcquisitionType",
            Attribute(
                0x00180023,
                "CS",
                "1",
                "2",
                name="MR Acquisition Type",
                enumerated=((0, ("2D", "3D")),),
            ),
            None,
        ),
        (
            "RepetitionTime",
            Attribute(
                0x00180080,
                "DS",
                "1",
                "2C",
                name="Repetition Time",
                when=(
                    "or",
                    ("value", 0x00180021, 0, "in", ("SK",)),
                    ("value", 0x00180020, 0, "not_in", ("EP",)),
                ),
                otherwise="may",
            ),
            None,
        ),
        ("EchoTime", Attribute(0x00180081, "DS", "1", "2", name="Echo Time"), None),
        ("EchoTrainLength", Attribute(0x00180091, "IS", "1", "2", name="Echo Train Length"), None),
        (
            "InversionTime",
            Attribute(
                0x00180082,
                "DS",
                "1",
                "2C",
                name="Inversion Time",
                when=("value", 0x00180020, 0, "in", ("IR",)),
            ),
            None,
        ),
        (
            "TriggerTime",
            Attribute(
                0x00181060,
                "DS",
                "1",
                "2C",
                name="Trigger Time",
                when=(
                    "unknown",
                    "condition not read: no verb after 'Scan Options (0018,0022) that include heart' (in 'Required for Scan Options (0018,0022) that include heart gating')",
                ),
            ),
            None,
        ),
        ("SequenceName", Attribute(0x00180024, "SH", "1", "3", name="Sequence Name"), None),
        (
            "AngioFlag",
            Attribute(0x00180025, "CS", "1", "3", name="Angio Flag", enumerated=((0, ("Y", "N")),)),
            None,
        ),
        (
            "NumberOfAverages",
            Attribute(0x00180083, "DS", "1", "3", name="Number of Averages"),
            None,
        ),
        ("ImagingFrequency", Attribute(0x00180084, "DS", "1", "3", name="Imaging Frequency"), None),
        ("ImagedNucleus", Attribute(0x00180085, "SH", "1", "3", name="Imaged Nucleus"), None),
        ("EchoNumbers", Attribute(0x00180086, "IS", "1-n", "3", name="Echo Number(s)"), None),
        (
            "MagneticFieldStrength",
            Attribute(0x00180087, "DS", "1", "3", name="Magnetic Field Strength"),
            None,
        ),
        (
            "NumberOfPhaseEncodingSteps",
            Attribute(0x00180089, "IS", "1", "3", name="Number of Phase Encoding Steps"),
            None,
        ),
        ("PercentSampling", Attribute(0x00180093, "DS", "1", "3", name="Percent Sampling"), None),
        (
            "PercentPhaseFieldOfView",
            Attribute(0x00180094, "DS", "1", "3", name="Percent Phase Field of View"),
            None,
        ),
        ("PixelBandwidth", Attribute(0x00180095, "DS", "1", "3", name="Pixel Bandwidth"), None),
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
        ("PVCRejection", Attribute(0x00181085, "LO", "1", "3", name="PVC Rejection"), None),
        ("SkipBeats", Attribute(0x00181086, "IS", "1", "3", name="Skip Beats"), None),
        ("HeartRate", Attribute(0x00181088, "IS", "1", "3", name="Heart Rate"), None),
        (
            "CardiacNumberOfImages",
            Attribute(0x00181090, "IS", "1", "3", name="Cardiac Number of Images"),
            None,
        ),
        ("TriggerWindow", Attribute(0x00181094, "IS", "1", "3", name="Trigger Window"), None),
        (
            "ReconstructionDiameter",
            Attribute(0x00181100, "DS", "1", "3", name="Reconstruction Diameter"),
            None,
        ),
        ("ReceiveCoilName", Attribute(0x00181250, "SH", "1", "3", name="Receive Coil Name"), None),
        (
            "TransmitCoilName",
            Attribute(0x00181251, "SH", "1", "3", name="Transmit Coil Name"),
            None,
        ),
        (
            "AcquisitionMatrix",
            Attribute(0x00181310, "US", "4", "3", name="Acquisition Matrix"),
            None,
        ),
        (
            "InPlanePhaseEncodingDirection",
            Attribute(
                0x00181312,
                "CS",
                "1",
                "3",
                name="In-plane Phase Encoding Direction",
                enumerated=((0, ("ROW", "COL")),),
            ),
            None,
        ),
        ("FlipAngle", Attribute(0x00181314, "DS", "1", "3", name="Flip Angle"), None),
        ("SAR", Attribute(0x00181316, "DS", "1", "3", name="SAR"), None),
        (
            "VariableFlipAngleFlag",
            Attribute(
                0x00181315,
                "CS",
                "1",
                "3",
                name="Variable Flip Angle Flag",
                enumerated=((0, ("Y", "N")),),
            ),
            None,
        ),
        ("dBdt", Attribute(0x00181318, "DS", "1", "3", name="dB/dt"), None),
        (
            "TemporalPositionIdentifier",
            Attribute(0x00200100, "IS", "1", "3", name="Temporal Position Identifier"),
            None,
        ),
        (
            "NumberOfTemporalPositions",
            Attribute(0x00200105, "IS", "1", "3", name="Number of Temporal Positions"),
            None,
        ),
        (
            "TemporalResolution",
            Attribute(0x00200110, "DS", "1", "3", name="Temporal Resolution"),
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
        ("B1rms", Attribute(0x00181320, "FL", "1", "3", name="B1rms"), None),
    ),
)
