"""Presence rules of Enhanced US Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
EnhancedUSImageModule = (
    "table_C.8.24.3-1",
    (
        ("ImageType", Attribute(0x00080008, "CS", "2-n", "1", name="Image Type"), None),
        (
            "SamplesPerPixel",
            Attribute(
                0x00280002, "US", "1", "1", name="Samples Per Pixel", enumerated=((0, ("1",)),)
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
                0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("8", "16")),)
            ),
            None,
        ),
        ("BitsStored", Attribute(0x00280101, "US", "1", "1", name="Bits Stored"), None),
        ("HighBit", Attribute(0x00280102, "US", "1", "1", name="High Bit"), None),
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
            "DimensionOrganizationType",
            Attribute(
                0x00209311,
                "CS",
                "1",
                "1",
                name="Dimension Organization Type",
                enumerated=((0, ("3D", "3D_TEMPORAL")),),
            ),
            None,
        ),
        (
            "AcquisitionDateTime",
            Attribute(0x0008002A, "DT", "1", "1", name="Acquisition DateTime"),
            None,
        ),
        (
            "AcquisitionDuration",
            Attribute(0x00189073, "FD", "1", "1", name="Acquisition Duration"),
            None,
        ),
        (
            "PositionMeasuringDeviceUsed",
            Attribute(
                0x0018980C,
                "CS",
                "1",
                "1C",
                name="Position Measuring Device Used",
                enumerated=((0, ("RIGID", "TRACKED", "FREEHAND")),),
                when=(
                    "and",
                    ("value", 0x00089206, 0, "in", ("VOLUME",)),
                    ("value", 0x00089207, 0, "in", ("NONE",)),
                ),
                otherwise="may",
            ),
            None,
        ),
        (
            "LossyImageCompression",
            Attribute(
                0x00282110,
                "CS",
                "1",
                "1",
                name="Lossy Image Compression",
                enumerated=((0, ("00", "01")),),
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
                "1",
                name="Presentation LUT Shape",
                enumerated=((0, ("IDENTITY",)),),
            ),
            None,
        ),
        (
            "RescaleIntercept",
            Attribute(
                0x00281052, "DS", "1", "1", name="Rescale Intercept", enumerated=((0, ("0",)),)
            ),
            None,
        ),
        (
            "RescaleSlope",
            Attribute(0x00281053, "DS", "1", "1", name="Rescale Slope", enumerated=((0, ("1",)),)),
            None,
        ),
        (
            "SourceImageSequence",
            Attribute(
                0x00082112,
                "SQ",
                "1",
                "1C",
                name="Source Image Sequence",
                when=("value", 0x00080008, 1, "in", ("DERIVED",)),
            ),
            Lazy(
                "dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy",
                "ReferencedInstanceSequenceItemMRSpectroscopy",
            ),
        ),
        (
            "ReferencedImageSequence",
            Attribute(0x00081140, "SQ", "1", "3", name="Referenced Image Sequence"),
            Lazy(
                "dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy",
                "ReferencedInstanceSequenceItemMRSpectroscopy",
            ),
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
            "ReferencedInstanceSequence",
            Attribute(
                0x0008114A,
                "SQ",
                "1",
                "1C",
                name="Referenced Instance Sequence",
                when=(
                    "unknown",
                    "names no attribute: waveforms are acquired in conjunction with image acquisition",
                ),
                otherwise="may",
            ),
            Lazy(
                "dicomodel.items.referenced_instance_sequence_item_rt_dose",
                "ReferencedInstanceSequenceItemRTDose",
            ),
        ),
        (
            "NumberOfStages",
            Attribute(
                0x00082124,
                "IS",
                "1",
                "1C",
                name="Number of Stages",
                when=("and", ("present", 0x00400261), ("value", 0x00400261, 0, "in", ("STAGED",))),
            ),
            None,
        ),
        (
            "StageNumber",
            Attribute(
                0x00082122,
                "IS",
                "1",
                "1C",
                name="Stage Number",
                when=("and", ("present", 0x00400261), ("value", 0x00400261, 0, "in", ("STAGED",))),
            ),
            None,
        ),
        (
            "StageCodeSequence",
            Attribute(
                0x0040000A,
                "SQ",
                "1",
                "1C",
                name="Stage Code Sequence",
                when=("and", ("present", 0x00400261), ("value", 0x00400261, 0, "in", ("STAGED",))),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
            "EventTimerSequence",
            Attribute(0x00082133, "SQ", "1", "3", name="Event Timer Sequence"),
            Lazy("dicomodel.items.event_timer_sequence_item", "EventTimerSequenceItem"),
        ),
        (
            "AnatomicRegionSequence",
            Attribute(0x00082218, "SQ", "1", "1", name="Anatomic Region Sequence"),
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
            "BurnedInAnnotation",
            Attribute(
                0x00280301, "CS", "1", "1", name="Burned In Annotation", enumerated=((0, ("NO",)),)
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
            "IconImageSequence",
            Attribute(0x00880200, "SQ", "1", "3", name="Icon Image Sequence"),
            Lazy(
                "dicomodel.items.image_pixel_item_image_reference", "ImagePixelItemImageReference"
            ),
        ),
        ("TransducerData", Attribute(0x00185010, "LO", "1-n", "3", name="Transducer Data"), None),
        (
            "TransducerIdentificationSequence",
            Attribute(0x00185011, "SQ", "1", "3", name="Transducer Identification Sequence"),
            Lazy("dicomodel.items.device_identification_item", "DeviceIdentificationItem"),
        ),
        (
            "TransducerScanPatternCodeSequence",
            Attribute(0x00189809, "SQ", "1", "1", name="Transducer Scan Pattern Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "TransducerGeometryCodeSequence",
            Attribute(0x0018980D, "SQ", "1", "1", name="Transducer Geometry Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "TransducerBeamSteeringCodeSequence",
            Attribute(0x0018980E, "SQ", "1", "1", name="Transducer Beam Steering Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "TransducerApplicationCodeSequence",
            Attribute(0x0018980F, "SQ", "1", "1", name="Transducer Application Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ProcessingFunction",
            Attribute(0x00185020, "LO", "1", "3", name="Processing Function"),
            None,
        ),
        ("MechanicalIndex", Attribute(0x00185022, "DS", "1", "1", name="Mechanical Index"), None),
        (
            "BoneThermalIndex",
            Attribute(0x00185024, "DS", "1", "1", name="Bone Thermal Index"),
            None,
        ),
        (
            "CranialThermalIndex",
            Attribute(0x00185026, "DS", "1", "1", name="Cranial Thermal Index"),
            None,
        ),
        (
            "SoftTissueThermalIndex",
            Attribute(0x00185027, "DS", "1", "1", name="Soft Tissue Thermal Index"),
            None,
        ),
        ("DepthsOfFocus", Attribute(0x00189801, "FD", "1-n", "1", name="Depth(s) of Focus"), None),
        (
            "DepthOfScanField",
            Attribute(0x00185050, "IS", "1", "1", name="Depth of Scan Field"),
            None,
        ),
    ),
)
