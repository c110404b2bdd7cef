"""Presence rules of Ocular Region Imaged Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OcularRegionImagedModule = (
    "table_C.8.17.5-1",
    (
        (
            "ImageLaterality",
            Attribute(
                0x00200062,
                "CS",
                "1",
                "1",
                name="Image Laterality",
                enumerated=((0, ("R", "L", "B")),),
            ),
            None,
        ),
        (
            "RelativeImagePositionCodeSequence",
            Attribute(
                0x0022001D,
                "SQ",
                "1",
                "2C",
                name="Relative Image Position Code Sequence",
                when=(
                    "unknown",
                    "condition not read: not understood: 'Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,1624)' (in 'Required if Ophthalmic Volumetric Properties Flag (0022,1622) is set to YES and Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,1624) and Ophthalmic Anatomic Reference Point Y-Coordinate (0022,1626) do not contain a value')",
                ),
                otherwise="may",
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "OphthalmicAnatomicReferencePointXCoordinate",
            Attribute(
                0x00221624,
                "FL",
                "1",
                "2C",
                name="Ophthalmic Anatomic Reference Point X-Coordinate",
                when=("value", 0x00221622, 0, "in", ("YES",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "OphthalmicAnatomicReferencePointYCoordinate",
            Attribute(
                0x00221626,
                "FL",
                "1",
                "2C",
                name="Ophthalmic Anatomic Reference Point Y-Coordinate",
                when=("value", 0x00221622, 0, "in", ("YES",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "AnatomicRegionSequence",
            Attribute(
                0x00082218,
                "SQ",
                "1",
                "1C",
                name="Anatomic Region Sequence",
                when=(
                    "unknown",
                    "condition not read: sentence not understood: 'In this Module , Primary Anatomic Structure Sequence (0008,2228) is specialized to be Type 1C'; not understood: 'Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,0024)' (in 'required if Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,0024) and Ophthalmic Anatomic Reference Point Y-Coordinate (0022,0026) contain a value')",
                ),
            ),
            Lazy(
                "dicomodel.items.anatomic_region_sequence_item_ocular_region_imaged",
                "AnatomicRegionSequenceItemOcularRegionImaged",
            ),
        ),
        (
            "PrimaryAnatomicStructureSequence",
            Attribute(0x00082228, "SQ", "1", "3", name="Primary Anatomic Structure Sequence"),
            Lazy(
                "dicomodel.items.primary_anatomic_structure_sequence_item_ocular_region_imaged",
                "PrimaryAnatomicStructureSequenceItemOcularRegionImaged",
            ),
        ),
    ),
)
