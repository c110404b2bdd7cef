"""Presence rules of PET Isotope Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PETIsotopeModule = (
    "table_C.8-61",
    (
        (
            "RadiopharmaceuticalInformationSequence",
            Attribute(0x00540016, "SQ", "1", "2", name="Radiopharmaceutical Information Sequence"),
            Lazy(
                "dicomodel.items.radiopharmaceutical_information_sequence_item_pet_isotope",
                "RadiopharmaceuticalInformationSequenceItemPETIsotope",
            ),
        ),
        (
            "InterventionDrugInformationSequence",
            Attribute(0x00180026, "SQ", "1", "3", name="Intervention Drug Information Sequence"),
            Lazy(
                "dicomodel.items.intervention_drug_information_sequence_item_pet_isotope",
                "InterventionDrugInformationSequenceItemPETIsotope",
            ),
        ),
    ),
)
