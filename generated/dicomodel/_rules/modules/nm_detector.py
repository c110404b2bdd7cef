"""Presence rules of NM Detector Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
NMDetectorModule = (
    "table_C.8-11",
    (
        (
            "DetectorInformationSequence",
            Attribute(0x00540022, "SQ", "1", "2", name="Detector Information Sequence"),
            Lazy(
                "dicomodel.items.detector_information_sequence_item",
                "DetectorInformationSequenceItem",
            ),
        ),
    ),
)
