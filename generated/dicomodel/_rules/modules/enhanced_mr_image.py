"""Presence rules of Enhanced MR Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
EnhancedMRImageModule = (
    "table_C.8-79",
    (
        (
            "AcquisitionNumber",
            Attribute(0x00200012, "IS", "1", "3", name="Acquisition Number"),
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
                when=(
                    "and",
                    ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                    ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
                ),
                otherwise="may",
            ),
            None,
        ),
        (
            "AcquisitionDuration",
            Attribute(
                0x00189073,
                "FD",
                "1",
                "1C",
                name="Acquisition Duration",
                when=(
                    "and",
                    ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                    ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
                ),
                otherwise="may",
            ),
            None,
        ),
        (
            "ReferencedRawDataSequence",
            Attribute(0x00089121, "SQ", "1", "3", name="Referenced Raw Data Sequence"),
            Lazy(
                "dicomodel.items.hierarchical_sop_instance_reference_item",
                "HierarchicalSOPInstanceReferenceItem",
            ),
        ),
        (
            "ReferencedWaveformSequence",
            Attribute(0x0008113A, "SQ", "1", "3", name="Referenced Waveform Sequence"),
            Lazy(
                "dicomodel.items.hierarchical_sop_instance_reference_item",
                "HierarchicalSOPInstanceReferenceItem",
            ),
        ),
        (
            "ReferencedImageEvidenceSequence",
            Attribute(
                0x00089092,
                "SQ",
                "1",
                "1C",
                name="Referenced Image Evidence Sequence",
                when=(
                    "and",
                    ("has_value", 0x00081140),
                    (
                        "not",
                        (
                            "sop_class",
                            (
                                "1.2.840.10008.5.1.4.1.1.2.2",
                                "1.2.840.10008.5.1.4.1.1.4.4",
                                "1.2.840.10008.5.1.4.1.1.128.1",
                            ),
                        ),
                    ),
                ),
                otherwise="may",
            ),
            Lazy(
                "dicomodel.items.hierarchical_sop_instance_reference_item",
                "HierarchicalSOPInstanceReferenceItem",
            ),
        ),
        (
            "SourceImageEvidenceSequence",
            Attribute(
                0x00089154,
                "SQ",
                "1",
                "1C",
                name="Source Image Evidence Sequence",
                when=(
                    "and",
                    ("has_value", 0x00082112),
                    (
                        "not",
                        (
                            "sop_class",
                            (
                                "1.2.840.10008.5.1.4.1.1.2.2",
                                "1.2.840.10008.5.1.4.1.1.4.4",
                                "1.2.840.10008.5.1.4.1.1.128.1",
                            ),
                        ),
                    ),
                ),
                otherwise="may",
            ),
            Lazy(
                "dicomodel.items.hierarchical_sop_instance_reference_item",
                "HierarchicalSOPInstanceReferenceItem",
            ),
        ),
        (
            "ReferencedPresentationStateSequence",
            Attribute(
                0x00089237,
                "SQ",
                "1",
                "1C",
                name="Referenced Presentation State Sequence",
                when=(
                    "unknown",
                    "names no attribute: Presentation State is created together with the images",
                ),
            ),
            Lazy(
                "dicomodel.items.hierarchical_sop_instance_reference_item",
                "HierarchicalSOPInstanceReferenceItem",
            ),
        ),
        (
            "ContentQualification",
            Attribute(
                0x00189004,
                "CS",
                "1",
                "1C",
                name="Content Qualification",
                enumerated=((0, ("PRODUCT", "RESEARCH", "SERVICE")),),
                when=("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
                otherwise="may",
            ),
            None,
        ),
        (
            "ResonantNucleus",
            Attribute(
                0x00189100,
                "CS",
                "1-2",
                "1C",
                name="Resonant Nucleus",
                when=(
                    "and",
                    ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                    ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
                ),
                otherwise="may",
            ),
            None,
        ),
        (
            "KSpaceFiltering",
            Attribute(
                0x00189064,
                "CS",
                "1",
                "1C",
                name="k-space Filtering",
                when=(
                    "and",
                    ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                    ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
                ),
                otherwise="may",
            ),
            None,
        ),
        (
            "MagneticFieldStrength",
            Attribute(
                0x00180087,
                "DS",
                "1",
                "1C",
                name="Magnetic Field Strength",
                when=(
                    "and",
                    ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                    ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
                ),
                otherwise="may",
            ),
            None,
        ),
        (
            "ApplicableSafetyStandardAgency",
            Attribute(
                0x00189174,
                "CS",
                "1",
                "1C",
                name="Applicable Safety Standard Agency",
                when=("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
                otherwise="may",
            ),
            None,
        ),
        (
            "ApplicableSafetyStandardDescription",
            Attribute(0x00189175, "LO", "1", "3", name="Applicable Safety Standard Description"),
            None,
        ),
        ("ImageComments", Attribute(0x00204000, "LT", "1", "3", name="Image Comments"), None),
        (
            "IsocenterPosition",
            Attribute(0x300A012C, "DS", "3", "3", name="Isocenter Position"),
            None,
        ),
        ("B1rms", Attribute(0x00181320, "FL", "1", "3", name="B1rms"), None),
        (
            "ImageType",
            Attribute(
                0x00080008,
                "CS",
                "2-n",
                "1",
                name="Image Type",
                enumerated=(
                    (1, ("ORIGINAL", "DERIVED", "MIXED")),
                    (2, ("PRIMARY",)),
                    (4, ("NONE",)),
                ),
            ),
            None,
        ),
        (
            "PixelPresentation",
            Attribute(
                0x00089205,
                "CS",
                "1",
                "1",
                name="Pixel Presentation",
                enumerated=((0, ("COLOR", "MONOCHROME", "MIXED", "TRUE_COLOR")),),
            ),
            None,
        ),
        (
            "VolumetricProperties",
            Attribute(
                0x00089206,
                "CS",
                "1",
                "1",
                name="Volumetric Properties",
                enumerated=((0, ("VOLUME", "SAMPLED", "DISTORTED", "MIXED")),),
            ),
            None,
        ),
        (
            "VolumeBasedCalculationTechnique",
            Attribute(0x00089207, "CS", "1", "1", name="Volume Based Calculation Technique"),
            None,
        ),
        (
            "ComplexImageComponent",
            Attribute(
                0x00089208,
                "CS",
                "1",
                "1C",
                name="Complex Image Component",
                when=("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
                otherwise="may",
            ),
            None,
        ),
        (
            "AcquisitionContrast",
            Attribute(
                0x00089209,
                "CS",
                "1",
                "1C",
                name="Acquisition Contrast",
                when=("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
                otherwise="may",
            ),
            None,
        ),
        (
            "FunctionalSettlingPhaseFramesPresent",
            Attribute(
                0x00189622,
                "CS",
                "1",
                "3",
                name="Functional Settling Phase Frames Present",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "SamplesPerPixel",
            Attribute(
                0x00280002, "US", "1", "1", name="Samples per Pixel", enumerated=((0, ("1", "3")),)
            ),
            None,
        ),
        (
            "PhotometricInterpretation",
            Attribute(0x00280004, "CS", "1", "1", name="Photometric Interpretation"),
            None,
        ),
        (
            "BitsAllocated",
            Attribute(
                0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("8", "16")),)
            ),
            None,
        ),
        (
            "BitsStored",
            Attribute(
                0x00280101, "US", "1", "1", name="Bits Stored", enumerated=((0, ("8", "12", "16")),)
            ),
            None,
        ),
        ("HighBit", Attribute(0x00280102, "US", "1", "1", name="High Bit"), None),
        (
            "PixelRepresentation",
            Attribute(
                0x00280103,
                "US",
                "1",
                "1",
                name="Pixel Representation",
                enumerated=((0, ("0", "1")),),
            ),
            None,
        ),
        (
            "PlanarConfiguration",
            Attribute(
                0x00280006,
                "US",
                "1",
                "1C",
                name="Planar Configuration",
                enumerated=((0, ("0", "1")),),
                when=("compare", 0x00280002, 1, ">", 1),
            ),
            None,
        ),
        (
            "BurnedInAnnotation",
            Attribute(
                0x00280301,
                "CS",
                "1",
                "1C",
                name="Burned In Annotation",
                enumerated=((0, ("NO",)),),
                when=("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
                otherwise="may",
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
            "LossyImageCompression",
            Attribute(
                0x00282110,
                "CS",
                "1",
                "1C",
                name="Lossy Image Compression",
                enumerated=((0, ("00", "01")),),
                when=("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
                otherwise="may",
            ),
            None,
        ),
        (
            "LossyImageCompressionRatio",
            Attribute(
                0x00282112,
                "DS",
                "1-n",
                "1C",
                name="Lossy Image Compression Ratio",
                when=("value", 0x00282110, 0, "in", ("01",)),
            ),
            None,
        ),
        (
            "LossyImageCompressionMethod",
            Attribute(
                0x00282114,
                "CS",
                "1-n",
                "1C",
                name="Lossy Image Compression Method",
                when=("value", 0x00282110, 0, "in", ("01",)),
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
                when=("value", 0x00280004, 0, "in", ("MONOCHROME2",)),
            ),
            None,
        ),
        (
            "IconImageSequence",
            Attribute(0x00880200, "SQ", "1", "3", name="Icon Image Sequence"),
            Lazy(
                "dicomodel.items.image_pixel_item_image_reference", "ImagePixelItemImageReference"
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
