"""Presence rules of Ophthalmic Optical Coherence Tomography B-scan Volume Analysis Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OphthalmicOpticalCoherenceTomographyBScanVolumeAnalysisImageModule = (
    "table_C.8.17.16-1",
    (
        (
            "ImageType",
            Attribute(
                0x00080008,
                "CS",
                "2-n",
                "1",
                name="Image Type",
                enumerated=((1, ("ORIGINAL",)), (2, ("PRIMARY",))),
            ),
            None,
        ),
        ("InstanceNumber", Attribute(0x00200013, "IS", "1", "1", name="Instance Number"), None),
        ("ContentTime", Attribute(0x00080033, "TM", "1", "1", name="Content Time"), None),
        ("ContentDate", Attribute(0x00080023, "DA", "1", "1", name="Content Date"), None),
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
            "PixelRepresentation",
            Attribute(
                0x00280103, "US", "1", "1", name="Pixel Representation", enumerated=((0, ("1",)),)
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
                when=(
                    "unknown",
                    "names no attribute: present in the source images or this IOD Instance has been compressed",
                ),
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
                when=(
                    "unknown",
                    "names no attribute: present in the source images or this IOD Instance has been compressed",
                ),
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
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "AcquisitionMethodAlgorithmSequence",
            Attribute(0x00221423, "SQ", "1", "1", name="Acquisition Method Algorithm Sequence"),
            Lazy("dicomodel.items.algorithm_identification_item", "AlgorithmIdentificationItem"),
        ),
        (
            "OCTBscanAnalysisAcquisitionParametersSequence",
            Attribute(
                0x00221640,
                "SQ",
                "1",
                "1",
                name="OCT B-scan Analysis Acquisition Parameters Sequence",
            ),
            Lazy(
                "dicomodel.items.oct_bscan_analysis_acquisition_parameters_sequence_item",
                "OCTBscanAnalysisAcquisitionParametersSequenceItem",
            ),
        ),
        (
            "ConcatenationFrameOffsetNumber",
            Attribute(
                0x00209228,
                "UL",
                "1",
                "1",
                name="Concatenation Frame Offset Number",
                enumerated=((0, ("0",)),),
            ),
            None,
        ),
        (
            "InConcatenationNumber",
            Attribute(
                0x00209162,
                "US",
                "1",
                "1",
                name="In-concatenation Number",
                enumerated=((0, ("1",)),),
            ),
            None,
        ),
        (
            "InConcatenationTotalNumber",
            Attribute(
                0x00209163,
                "US",
                "1",
                "1",
                name="In-concatenation Total Number",
                enumerated=((0, ("1",)),),
            ),
            None,
        ),
        ("ImageComments", Attribute(0x00204000, "LT", "1", "3", name="Image Comments"), None),
    ),
)
