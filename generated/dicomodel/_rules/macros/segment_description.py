"""Presence rules of Segment Description Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SegmentDescriptionMacro = (
    "table_C.8.20-4",
    (
        ("SegmentNumber", Attribute(0x00620004, "US", "1", "1", name="Segment Number"), None),
        ("SegmentLabel", Attribute(0x00620005, "LO", "1", "1", name="Segment Label"), None),
        (
            "SegmentDescription",
            Attribute(0x00620006, "ST", "1", "3", name="Segment Description"),
            None,
        ),
        (
            "SegmentAlgorithmType",
            Attribute(
                0x00620008,
                "CS",
                "1",
                "1",
                name="Segment Algorithm Type",
                enumerated=((0, ("AUTOMATIC", "SEMIAUTOMATIC", "MANUAL")),),
            ),
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
            "SegmentedPropertyCategoryCodeSequence",
            Attribute(0x00620003, "SQ", "1", "1", name="Segmented Property Category Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "SegmentedPropertyTypeCodeSequence",
            Attribute(0x0062000F, "SQ", "1", "1", name="Segmented Property Type Code Sequence"),
            Lazy(
                "dicomodel.items.segmented_property_type_code_sequence_item",
                "SegmentedPropertyTypeCodeSequenceItem",
            ),
        ),
        (
            "TrackingID",
            Attribute(
                0x00620020, "UT", "1", "1C", name="Tracking ID", when=("present", 0x00620021)
            ),
            None,
        ),
        (
            "TrackingUID",
            Attribute(
                0x00620021, "UI", "1", "1C", name="Tracking UID", when=("present", 0x00620020)
            ),
            None,
        ),
        (
            "DefinitionSourceSequence",
            Attribute(0x00081156, "SQ", "1", "3", name="Definition Source Sequence"),
            Lazy("dicomodel.items.definition_source_sequence_item", "DefinitionSourceSequenceItem"),
        ),
        (
            "ContentCreatorName",
            Attribute(0x00700084, "PN", "1", "3", name="Content Creator's Name"),
            None,
        ),
        (
            "ContentCreatorIdentificationCodeSequence",
            Attribute(
                0x00700086, "SQ", "1", "3", name="Content Creator's Identification Code Sequence"
            ),
            Lazy("dicomodel.items.person_identification_item", "PersonIdentificationItem"),
        ),
    ),
)
