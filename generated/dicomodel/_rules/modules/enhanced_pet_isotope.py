"""Presence rules of Enhanced PET Isotope Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
EnhancedPETIsotopeModule = (
    "table_C.8.22-9",
    (
        (
            "RadiopharmaceuticalInformationSequence",
            Attribute(0x00540016, "SQ", "1", "1", name="Radiopharmaceutical Information Sequence"),
            Lazy(
                "dicomodel.items.radiopharmaceutical_information_sequence_item_enhanced_pet_isotope",
                "RadiopharmaceuticalInformationSequenceItemEnhancedPETIsotope",
            ),
        ),
    ),
)
