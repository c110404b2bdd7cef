"""Presence rules of Corneal Topography Map Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CornealTopographyMapImageModule = (
    "table_C.8.30.2-1",
    (
        ("InstanceNumber", Attribute(0x00200013, "IS", "1", "1", name="Instance Number"), None),
        ("ContentDate", Attribute(0x00080023, "DA", "1", "1", name="Content Date"), None),
        ("ContentTime", Attribute(0x00080033, "TM", "1", "1", name="Content Time"), None),
        (
            "AcquisitionDateTime",
            Attribute(0x0008002A, "DT", "1", "1", name="Acquisition DateTime"),
            None,
        ),
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
                enumerated=((0, ("PALETTE COLOR",)),),
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
            "PixelSpacing",
            Attribute(
                0x00280030,
                "DS",
                "2",
                "1C",
                name="Pixel Spacing",
                when=("unknown", "names no attribute: the image has been calibrated"),
                otherwise="may",
            ),
            None,
        ),
        (
            "PixelSpacingCalibrationType",
            Attribute(
                0x00280A02,
                "CS",
                "1",
                "3",
                name="Pixel Spacing Calibration Type",
                enumerated=((0, ("GEOMETRY", "FIDUCIAL")),),
            ),
            None,
        ),
        (
            "PixelSpacingCalibrationDescription",
            Attribute(
                0x00280A04,
                "LO",
                "1",
                "1C",
                name="Pixel Spacing Calibration Description",
                when=("present", 0x00280A02),
            ),
            None,
        ),
        (
            "PixelAspectRatio",
            Attribute(0x00280034, "IS", "2", "1", name="Pixel Aspect Ratio"),
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
                "1",
                name="Recognizable Visual Features",
                enumerated=((0, ("YES",)),),
            ),
            None,
        ),
        (
            "ImageLaterality",
            Attribute(
                0x00200062, "CS", "1", "1", name="Image Laterality", enumerated=((0, ("R", "L")),)
            ),
            None,
        ),
        (
            "RealWorldValueMappingSequence",
            Attribute(0x00409096, "SQ", "1", "1", name="Real World Value Mapping Sequence"),
            Lazy("dicomodel.items.real_world_value_mapping_item", "RealWorldValueMappingItem"),
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
    ),
)
