"""Presence rules of Ophthalmic Thickness Map Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OphthalmicThicknessMapModule = (
    "table_C.8.28.2-1",
    (
        (
            "OphthalmicMappingDeviceType",
            Attribute(0x00221415, "CS", "1", "1", name="Ophthalmic Mapping Device Type"),
            None,
        ),
        (
            "AcquisitionMethodCodeSequence",
            Attribute(0x00221420, "SQ", "1", "1", name="Acquisition Method Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "AcquisitionMethodAlgorithmSequence",
            Attribute(
                0x00221423,
                "SQ",
                "1",
                "1C",
                name="Acquisition Method Algorithm Sequence",
                when=("code", 0x00221420, (("111923", "DCM"),)),
                otherwise="may",
            ),
            Lazy("dicomodel.items.algorithm_identification_item", "AlgorithmIdentificationItem"),
        ),
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
                enumerated=((0, ("MONOCHROME2",)),),
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
        ("PixelSpacing", Attribute(0x00280030, "DS", "2", "1", name="Pixel Spacing"), None),
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
            "PixelPresentation",
            Attribute(
                0x00089205,
                "CS",
                "1",
                "1",
                name="Pixel Presentation",
                enumerated=((0, ("COLOR", "COLOR_REF")),),
            ),
            None,
        ),
        (
            "ReferencedColorPaletteInstanceUID",
            Attribute(
                0x00280304,
                "UI",
                "1",
                "1C",
                name="Referenced Color Palette Instance UID",
                when=("value", 0x00089205, 0, "in", ("COLOR_REF",)),
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
                enumerated=((0, ("NO",)),),
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
            "OphthalmicThicknessMapTypeCodeSequence",
            Attribute(
                0x00221436, "SQ", "1", "1", name="Ophthalmic Thickness Map Type Code Sequence"
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "RealWorldValueMappingSequence",
            Attribute(0x00409096, "SQ", "1", "1", name="Real World Value Mapping Sequence"),
            Lazy("dicomodel.items.real_world_value_mapping_item", "RealWorldValueMappingItem"),
        ),
        (
            "PixelValueMappingToCodedConceptSequence",
            Attribute(
                0x00221450,
                "SQ",
                "1",
                "1C",
                name="Pixel Value Mapping to Coded Concept Sequence",
                when=("code", 0x00221436, (("111931", "DCM"),)),
                otherwise="may",
            ),
            Lazy(
                "dicomodel.items.pixel_value_mapping_to_coded_concept_sequence_item",
                "PixelValueMappingToCodedConceptSequenceItem",
            ),
        ),
        (
            "OphthalmicThicknessMappingNormalsSequence",
            Attribute(
                0x00221443,
                "SQ",
                "1",
                "1C",
                name="Ophthalmic Thickness Mapping Normals Sequence",
                when=("code", 0x00221436, (("111931", "DCM"), ("111932", "DCM"))),
                otherwise="may",
            ),
            Lazy(
                "dicomodel.items.externally_sourced_data_set_identification_item",
                "ExternallySourcedDataSetIdentificationItem",
            ),
        ),
        (
            "RelevantOPTAttributesSequence",
            Attribute(
                0x00221472,
                "SQ",
                "1",
                "1C",
                name="Relevant OPT Attributes Sequence",
                when=("value", 0x00221415, 0, "in", ("OCT",)),
            ),
            Lazy(
                "dicomodel.items.relevant_opt_attributes_sequence_item",
                "RelevantOPTAttributesSequenceItem",
            ),
        ),
        (
            "SourceImageSequence",
            Attribute(
                0x00082112,
                "SQ",
                "1",
                "1C",
                name="Source Image Sequence",
                when=("value", 0x00221415, 0, "in", ("OCT",)),
                otherwise="may",
            ),
            Lazy(
                "dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy",
                "ReferencedInstanceSequenceItemMRSpectroscopy",
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
                when=("unknown", "depends on what is known to the creator"),
                otherwise="may",
            ),
            Lazy(
                "dicomodel.items.referenced_instance_sequence_item_rt_dose",
                "ReferencedInstanceSequenceItemRTDose",
            ),
        ),
        (
            "RegistrationToLocalizerSequence",
            Attribute(0x00221465, "SQ", "1", "3", name="Registration to Localizer Sequence"),
            Lazy(
                "dicomodel.items.registration_to_localizer_sequence_item",
                "RegistrationToLocalizerSequenceItem",
            ),
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
            "RelativeImagePositionCodeSequence",
            Attribute(0x0022001D, "SQ", "1", "3", name="Relative Image Position Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "AnatomicStructureReferencePoint",
            Attribute(
                0x00221463,
                "FL",
                "2",
                "1C",
                name="Anatomic Structure Reference Point",
                when=(
                    "code",
                    0x00082228,
                    (
                        ("67046006", "SCT"),
                        ("81016008", "SCT"),
                        ("49755003", "SCT"),
                        ("111934", "DCM"),
                    ),
                ),
                otherwise="may",
            ),
            None,
        ),
        (
            "RetinalThicknessDefinitionCodeSequence",
            Attribute(
                0x00221445,
                "SQ",
                "1",
                "1C",
                name="Retinal Thickness Definition Code Sequence",
                when=("value", 0x00080008, 3, "in", ("RETINAL_THICK",)),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
    ),
)
