"""Presence rules of Multi-energy CT Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MultiEnergyCTImageModule = (
    "table_C.8.2.2-1",
    (
        (
            "MultienergyCTAcquisitionSequence",
            Attribute(0x00189362, "SQ", "1", "1", name="Multi-energy CT Acquisition Sequence"),
            Lazy(
                "dicomodel.items.multienergy_ct_acquisition_sequence_item",
                "MultienergyCTAcquisitionSequenceItem",
            ),
        ),
        (
            "MultienergyCTProcessingSequence",
            Attribute(0x00189363, "SQ", "1", "3", name="Multi-energy CT Processing Sequence"),
            Lazy(
                "dicomodel.items.multienergy_ct_processing_sequence_item",
                "MultienergyCTProcessingSequenceItem",
            ),
        ),
        (
            "MultienergyCTCharacteristicsSequence",
            Attribute(
                0x00189364,
                "SQ",
                "1",
                "1C",
                name="Multi-energy CT Characteristics Sequence",
                when=(
                    "or",
                    ("and", ("iod", ("CT Image",)), ("value", 0x00080008, 4, "in", ("VMI",))),
                    (
                        "and",
                        ("iod", ("Enhanced CT Image",)),
                        ("value", 0x00080008, 5, "in", ("VMI",)),
                    ),
                    (
                        "and",
                        ("iod", ("Enhanced CT Image",)),
                        ("value", 0x00089007, 5, "in", ("VMI",)),
                    ),
                ),
                otherwise="may",
            ),
            Lazy(
                "dicomodel.items.multienergy_ct_characteristics_sequence_item",
                "MultienergyCTCharacteristicsSequenceItem",
            ),
        ),
    ),
)
