"""Presence rules of Specimen Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SpecimenMacro = (
    "table_C.7.6.22-2",
    (
        (
            "ContainerIdentifier",
            Attribute(0x00400512, "LO", "1", "1", name="Container Identifier"),
            None,
        ),
        (
            "IssuerOfTheContainerIdentifierSequence",
            Attribute(
                0x00400513, "SQ", "1", "2", name="Issuer of the Container Identifier Sequence"
            ),
            Lazy(
                "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
            ),
        ),
        (
            "AlternateContainerIdentifierSequence",
            Attribute(0x00400515, "SQ", "1", "3", name="Alternate Container Identifier Sequence"),
            Lazy(
                "dicomodel.items.alternate_container_identifier_sequence_item",
                "AlternateContainerIdentifierSequenceItem",
            ),
        ),
        (
            "ContainerTypeCodeSequence",
            Attribute(0x00400518, "SQ", "1", "2", name="Container Type Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ContainerDescription",
            Attribute(0x0040051A, "LO", "1", "3", name="Container Description"),
            None,
        ),
        (
            "ContainerComponentSequence",
            Attribute(0x00400520, "SQ", "1", "3", name="Container Component Sequence"),
            Lazy(
                "dicomodel.items.container_component_sequence_item",
                "ContainerComponentSequenceItem",
            ),
        ),
        (
            "SpecimenDescriptionSequence",
            Attribute(0x00400560, "SQ", "1", "1", name="Specimen Description Sequence"),
            Lazy(
                "dicomodel.items.specimen_description_sequence_item",
                "SpecimenDescriptionSequenceItem",
            ),
        ),
    ),
)
