"""Presence rules of Enhanced XA/XRF Image Module Table: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
EnhancedXAXRFImageModule = (
    "table_C.8.19.2-1",
    (
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
            "PlanesInAcquisition",
            Attribute(
                0x00189410,
                "CS",
                "1",
                "1",
                name="Planes in Acquisition",
                enumerated=((0, ("SINGLE PLANE", "BIPLANE", "UNDEFINED")),),
            ),
            None,
        ),
        (
            "PlaneIdentification",
            Attribute(
                0x00189457,
                "CS",
                "1",
                "1C",
                name="Plane Identification",
                when=("value", 0x00189410, 0, "not_in", ("UNDEFINED",)),
            ),
            None,
        ),
        (
            "AcquisitionNumber",
            Attribute(0x00200012, "IS", "1", "3", name="Acquisition Number"),
            None,
        ),
        (
            "AcquisitionDateTime",
            Attribute(0x0008002A, "DT", "1", "1", name="Acquisition DateTime"),
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
                0x00280101,
                "US",
                "1",
                "1",
                name="Bits Stored",
                enumerated=((0, ("8", "9", "10", "11", "12", "13", "14", "15", "16")),),
            ),
            None,
        ),
        ("HighBit", Attribute(0x00280102, "US", "1", "1", name="High Bit"), None),
        ("SamplesPerPixel", Attribute(0x00280002, "US", "1", "1", name="Samples per Pixel"), None),
        (
            "PixelRepresentation",
            Attribute(0x00280103, "US", "1", "1", name="Pixel Representation"),
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
            "AcquisitionProtocolName",
            Attribute(0x00189423, "LO", "1", "3", name="Acquisition Protocol Name"),
            None,
        ),
        (
            "AcquisitionProtocolDescription",
            Attribute(0x00189424, "LT", "1", "3", name="Acquisition Protocol Description"),
            None,
        ),
        ("ScanOptions", Attribute(0x00180022, "CS", "1-n", "3", name="Scan Options"), None),
        (
            "ContentQualification",
            Attribute(
                0x00189004,
                "CS",
                "1",
                "1",
                name="Content Qualification",
                enumerated=((0, ("PRODUCT", "RESEARCH", "SERVICE")),),
            ),
            None,
        ),
        (
            "PatientOrientationCodeSequence",
            Attribute(
                0x00540410,
                "SQ",
                "1",
                "1C",
                name="Patient Orientation Code Sequence",
                when=(
                    "and",
                    ("value", 0x00181508, 0, "in", ("CARM",)),
                    ("value", 0x00189474, 0, "in", ("YES",)),
                ),
                otherwise="may",
            ),
            Lazy(
                "dicomodel.items.patient_orientation_code_sequence_item_enhanced_xaxrf_image",
                "PatientOrientationCodeSequenceItemEnhancedXAXRFImage",
            ),
        ),
        (
            "PatientGantryRelationshipCodeSequence",
            Attribute(
                0x00540414,
                "SQ",
                "1",
                "2C",
                name="Patient Gantry Relationship Code Sequence",
                when=(
                    "and",
                    ("value", 0x00181508, 0, "in", ("CARM",)),
                    ("value", 0x00189474, 0, "in", ("YES",)),
                ),
                otherwise="may",
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ExaminedBodyThickness",
            Attribute(0x00109431, "FL", "1", "3", name="Examined Body Thickness"),
            None,
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
            "ReferencedOtherPlaneSequence",
            Attribute(
                0x00089410,
                "SQ",
                "1",
                "1C",
                name="Referenced Other Plane Sequence",
                when=("value", 0x00189410, 0, "in", ("BIPLANE",)),
            ),
            Lazy(
                "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
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
                when=("present", 0x00081140),
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
                when=("present", 0x00082112),
            ),
            Lazy(
                "dicomodel.items.hierarchical_sop_instance_reference_item",
                "HierarchicalSOPInstanceReferenceItem",
            ),
        ),
        (
            "ReferencedInstanceSequence",
            Attribute(0x0008114A, "SQ", "1", "3", name="Referenced Instance Sequence"),
            Lazy(
                "dicomodel.items.referenced_instance_sequence_item_rt_dose",
                "ReferencedInstanceSequenceItemRTDose",
            ),
        ),
        (
            "ReferencedDefinedProtocolSequence",
            Attribute(
                0x0018990C,
                "SQ",
                "1",
                "1C",
                name="Referenced Defined Protocol Sequence",
                when=(
                    "unknown",
                    "names no attribute: this instance is a Performed Procedure Protocol that resulted from a Defined Procedure Protocol",
                ),
                otherwise="may",
            ),
            Lazy(
                "dicomodel.items.referenced_defined_protocol_sequence_item",
                "ReferencedDefinedProtocolSequenceItem",
            ),
        ),
        (
            "ReferencedPerformedProtocolSequence",
            Attribute(
                0x0018990D,
                "SQ",
                "1",
                "1C",
                name="Referenced Performed Protocol Sequence",
                when=(
                    "unknown",
                    "names no attribute: a related Performed Procedure Protocol SOP Instance was created",
                ),
            ),
            Lazy(
                "dicomodel.items.referenced_defined_protocol_sequence_item",
                "ReferencedDefinedProtocolSequenceItem",
            ),
        ),
        ("ImageComments", Attribute(0x00204000, "LT", "1", "3", name="Image Comments"), None),
        (
            "QualityControlImage",
            Attribute(
                0x00280300,
                "CS",
                "1",
                "3",
                name="Quality Control Image",
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
        (
            "PresentationLUTShape",
            Attribute(
                0x20500020,
                "CS",
                "1",
                "1",
                name="Presentation LUT Shape",
                enumerated=((0, ("IDENTITY", "INVERSE")),),
            ),
            None,
        ),
    ),
)
