"""Presence rules of Ophthalmic Optical Coherence Tomography En Face Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OphthalmicOpticalCoherenceTomographyEnFaceImageModule = (
    "table_C.8.17.14-1",
    (
        (
            "ImageType",
            Attribute(
                0x00080008,
                "CS",
                "2-n",
                "1",
                name="Image Type",
                enumerated=((1, ("DERIVED",)), (2, ("PRIMARY",))),
            ),
            None,
        ),
        ("InstanceNumber", Attribute(0x00200013, "IS", "1", "1", name="Instance Number"), None),
        ("BitsAllocated", Attribute(0x00280100, "US", "1", "1", name="Bits Allocated"), None),
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
                enumerated=((0, ("MONOCHROME2", "PALETTE COLOR")),),
            ),
            None,
        ),
        (
            "PixelRepresentation",
            Attribute(
                0x00280103, "US", "1", "1", name="Pixel Representation", enumerated=((0, ("0",)),)
            ),
            None,
        ),
        ("PixelSpacing", Attribute(0x00280030, "DS", "2", "1", name="Pixel Spacing"), None),
        ("ContentTime", Attribute(0x00080033, "TM", "1", "1", name="Content Time"), None),
        ("ContentDate", Attribute(0x00080023, "DA", "1", "1", name="Content Date"), None),
        (
            "SourceImageSequence",
            Attribute(0x00082112, "SQ", "1", "1", name="Source Image Sequence"),
            Lazy(
                "dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy",
                "ReferencedInstanceSequenceItemMRSpectroscopy",
            ),
        ),
        (
            "DerivationAlgorithmSequence",
            Attribute(0x00221612, "SQ", "1", "1", name="Derivation Algorithm Sequence"),
            Lazy("dicomodel.items.algorithm_identification_item", "AlgorithmIdentificationItem"),
        ),
        (
            "OphthalmicImageTypeCodeSequence",
            Attribute(0x00221615, "SQ", "1", "1", name="Ophthalmic Image Type Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "OphthalmicImageTypeDescription",
            Attribute(0x00221616, "LO", "1", "3", name="Ophthalmic Image Type Description"),
            None,
        ),
        ("WindowCenter", Attribute(0x00281050, "DS", "1-n", "1", name="Window Center"), None),
        ("WindowWidth", Attribute(0x00281051, "DS", "1-n", "1", name="Window Width"), None),
        ("OphthalmicFOV", Attribute(0x00221517, "FL", "1", "3", name="Ophthalmic FOV"), None),
        (
            "ReferencedSurfaceMeshIdentificationSequence",
            Attribute(
                0x00221620, "SQ", "1", "1", name="Referenced Surface Mesh Identification Sequence"
            ),
            Lazy(
                "dicomodel.items.referenced_surface_mesh_identification_sequence_item",
                "ReferencedSurfaceMeshIdentificationSequenceItem",
            ),
        ),
        (
            "OphthalmicAxialLength",
            Attribute(0x00221019, "FL", "1", "3", name="Ophthalmic Axial Length"),
            None,
        ),
        (
            "OphthalmicAxialLengthMethod",
            Attribute(
                0x00221515,
                "CS",
                "1",
                "3",
                name="Ophthalmic Axial Length Method",
                enumerated=((0, ("MEASURED", "ESTIMATED", "POPULATION")),),
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
                "1C",
                name="Presentation LUT Shape",
                enumerated=((0, ("IDENTITY",)),),
                when=("value", 0x00280004, 0, "in", ("MONOCHROME2",)),
            ),
            None,
        ),
        (
            "CalibrationImage",
            Attribute(
                0x00500004,
                "CS",
                "1",
                "3",
                name="Calibration Image",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "BurnedInAnnotation",
            Attribute(
                0x00280301,
                "CS",
                "1",
                "1",
                name="Burned In Annotation",
                enumerated=((0, ("YES", "NO")),),
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
    ),
)
