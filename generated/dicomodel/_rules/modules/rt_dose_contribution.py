"""Presence rules of RT Dose Contribution Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTDoseContributionModule = (
    "table_C.36.11-1",
    (
        (
            "RadiationDoseIdentificationSequence",
            Attribute(0x300A0618, "SQ", "1", "1", name="Radiation Dose Identification Sequence"),
            Lazy(
                "dicomodel.items.radiation_dose_identification_sequence_item",
                "RadiationDoseIdentificationSequenceItem",
            ),
        ),
        (
            "RadiationDoseSequence",
            Attribute(0x300A0617, "SQ", "1", "1", name="Radiation Dose Sequence"),
            Lazy("dicomodel.items.radiation_dose_sequence_item", "RadiationDoseSequenceItem"),
        ),
    ),
)
