"""Presence rules of NM Multi-Gated Acquisition Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
NMMultiGatedAcquisitionModule = (
    "table_C.8-13",
    (
        (
            "BeatRejectionFlag",
            Attribute(
                0x00181080,
                "CS",
                "1",
                "3",
                name="Beat Rejection Flag",
                enumerated=((0, ("Y", "N")),),
            ),
            None,
        ),
        ("PVCRejection", Attribute(0x00181085, "LO", "1", "3", name="PVC Rejection"), None),
        ("SkipBeats", Attribute(0x00181086, "IS", "1", "3", name="Skip Beats"), None),
        ("HeartRate", Attribute(0x00181088, "IS", "1", "3", name="Heart Rate"), None),
        (
            "GatedInformationSequence",
            Attribute(
                0x00540062,
                "SQ",
                "1",
                "2C",
                name="Gated Information Sequence",
                when=("value", 0x00280009, 0, "in", (5505120,)),
            ),
            Lazy("dicomodel.items.gated_information_sequence_item", "GatedInformationSequenceItem"),
        ),
    ),
)
