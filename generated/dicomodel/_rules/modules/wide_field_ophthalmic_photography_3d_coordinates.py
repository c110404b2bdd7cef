"""Presence rules of Wide Field Ophthalmic Photography 3D Coordinates Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
WideFieldOphthalmicPhotography3DCoordinatesModule = (
    "table_C.8.17.12-1",
    (
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
            "TransformationMethodCodeSequence",
            Attribute(0x00221512, "SQ", "1", "1", name="Transformation Method Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "TransformationAlgorithmSequence",
            Attribute(0x00221513, "SQ", "1", "1", name="Transformation Algorithm Sequence"),
            Lazy("dicomodel.items.algorithm_identification_item", "AlgorithmIdentificationItem"),
        ),
        (
            "OphthalmicAxialLength",
            Attribute(0x00221019, "FL", "1", "1", name="Ophthalmic Axial Length"),
            None,
        ),
        (
            "OphthalmicAxialLengthMethod",
            Attribute(
                0x00221515,
                "CS",
                "1",
                "1",
                name="Ophthalmic Axial Length Method",
                enumerated=((0, ("MEASURED", "ESTIMATED", "POPULATION")),),
            ),
            None,
        ),
        ("OphthalmicFOV", Attribute(0x00221517, "FL", "1", "3", name="Ophthalmic FOV"), None),
        (
            "TwoDimensionalToThreeDimensionalMapSequence",
            Attribute(
                0x00221518, "SQ", "1", "1", name="Two Dimensional to Three Dimensional Map Sequence"
            ),
            Lazy(
                "dicomodel.items.two_dimensional_to_three_dimensional_map_sequence_item",
                "TwoDimensionalToThreeDimensionalMapSequenceItem",
            ),
        ),
    ),
)
