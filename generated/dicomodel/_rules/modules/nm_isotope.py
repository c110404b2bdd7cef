"""Presence rules of NM Isotope Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
NMIsotopeModule = (
    "table_C.8-10",
    (
        (
            "EnergyWindowInformationSequence",
            Attribute(0x00540012, "SQ", "1", "2", name="Energy Window Information Sequence"),
            Lazy(
                "dicomodel.items.energy_window_information_sequence_item",
                "EnergyWindowInformationSequenceItem",
            ),
        ),
        (
            "RadiopharmaceuticalInformationSequence",
            Attribute(0x00540016, "SQ", "1", "2", name="Radiopharmaceutical Information Sequence"),
            Lazy(
                "dicomodel.items.radiopharmaceutical_information_sequence_item",
                "RadiopharmaceuticalInformationSequenceItem",
            ),
        ),
        (
            "InterventionDrugInformationSequence",
            Attribute(0x00180026, "SQ", "1", "3", name="Intervention Drug Information Sequence"),
            Lazy(
                "dicomodel.items.intervention_drug_information_sequence_item",
                "InterventionDrugInformationSequenceItem",
            ),
        ),
    ),
)
