"""Presence rules of Conceptual Volume Segmentation Reference And Combination Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ConceptualVolumeSegmentationReferenceAndCombinationMacro = (
    "table_10.34-1",
    (
        (
            "ConceptualVolumeUID",
            Attribute(0x30100006, "UI", "1", "1", name="Conceptual Volume UID"),
            None,
        ),
        (
            "OriginatingSOPInstanceReferenceSequence",
            Attribute(
                0x30100007,
                "SQ",
                "1",
                "1C",
                name="Originating SOP Instance Reference Sequence",
                when=("unknown", "depends on where the UID was issued"),
            ),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "EquivalentConceptualVolumesSequence",
            Attribute(0x3010000A, "SQ", "1", "3", name="Equivalent Conceptual Volumes Sequence"),
            Lazy(
                "dicomodel.items.equivalent_conceptual_volumes_sequence_item",
                "EquivalentConceptualVolumesSequenceItem",
            ),
        ),
        (
            "DerivationConceptualVolumeSequence",
            Attribute(0x30100014, "SQ", "1", "3", name="Derivation Conceptual Volume Sequence"),
            Lazy(
                "dicomodel.items.derivation_conceptual_volume_sequence_item",
                "DerivationConceptualVolumeSequenceItem",
            ),
        ),
        (
            "ConceptualVolumeCombinationFlag",
            Attribute(
                0x3010000E,
                "CS",
                "1",
                "1",
                name="Conceptual Volume Combination Flag",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "ConceptualVolumeConstituentSequence",
            Attribute(
                0x30100008,
                "SQ",
                "1",
                "1C",
                name="Conceptual Volume Constituent Sequence",
                when=("value", 0x3010000E, 0, "in", ("YES",)),
            ),
            Lazy(
                "dicomodel.items.conceptual_volume_constituent_sequence_item",
                "ConceptualVolumeConstituentSequenceItem",
            ),
        ),
        (
            "ConceptualVolumeCombinationExpression",
            Attribute(
                0x3010000C,
                "UT",
                "1",
                "1C",
                name="Conceptual Volume Combination Expression",
                when=("value", 0x3010000E, 0, "in", ("YES",)),
            ),
            None,
        ),
        (
            "ConceptualVolumeCombinationDescription",
            Attribute(
                0x3010000F,
                "ST",
                "1",
                "2C",
                name="Conceptual Volume Combination Description",
                when=("value", 0x3010000E, 0, "in", ("YES",)),
            ),
            None,
        ),
        (
            "ConceptualVolumeSegmentationDefinedFlag",
            Attribute(
                0x30100010,
                "CS",
                "1",
                "1",
                name="Conceptual Volume Segmentation Defined Flag",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "ConceptualVolumeSegmentationReferenceSequence",
            Attribute(
                0x30100011,
                "SQ",
                "1",
                "1C",
                name="Conceptual Volume Segmentation Reference Sequence",
                when=(
                    "and",
                    ("value", 0x30100010, 0, "in", ("YES",)),
                    ("value", 0x3010000E, 0, "in", ("NO",)),
                ),
            ),
            Lazy(
                "dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item",
                "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
            ),
        ),
    ),
)
