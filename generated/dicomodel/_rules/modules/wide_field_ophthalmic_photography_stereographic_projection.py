"""Presence rules of Wide Field Ophthalmic Photography Stereographic Projection Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
WideFieldOphthalmicPhotographyStereographicProjectionModule = (
    "table_C.8.17.11-1",
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
        (
            "XCoordinatesCenterPixelViewAngle",
            Attribute(0x00221528, "FL", "1", "1", name="X Coordinates Center Pixel View Angle"),
            None,
        ),
        (
            "YCoordinatesCenterPixelViewAngle",
            Attribute(0x00221529, "FL", "1", "1", name="Y Coordinates Center Pixel View Angle"),
            None,
        ),
        ("OphthalmicFOV", Attribute(0x00221517, "FL", "1", "3", name="Ophthalmic FOV"), None),
    ),
)
