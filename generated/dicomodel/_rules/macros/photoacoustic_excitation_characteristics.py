"""Presence rules of Photoacoustic Excitation Characteristics Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PhotoacousticExcitationCharacteristicsMacro = (
    "table_C.8.34.5.1-1",
    (
        (
            "PhotoacousticExcitationCharacteristicsSequence",
            Attribute(
                0x00189821, "SQ", "1", "1", name="Photoacoustic Excitation Characteristics Sequence"
            ),
            Lazy(
                "dicomodel.items.photoacoustic_excitation_characteristics_sequence_item",
                "PhotoacousticExcitationCharacteristicsSequenceItem",
            ),
        ),
    ),
)
