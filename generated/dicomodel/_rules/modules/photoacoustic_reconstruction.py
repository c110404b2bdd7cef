"""Presence rules of Photoacoustic Reconstruction Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PhotoacousticReconstructionModule = (
    "table_C.8.34.4-1",
    (
        (
            "SoundSpeedCorrectionMechanismCodeSequence",
            Attribute(
                0x00189832, "SQ", "1", "1", name="Sound Speed Correction Mechanism Code Sequence"
            ),
            Lazy(
                "dicomodel.items.sound_speed_correction_mechanism_code_sequence_item",
                "SoundSpeedCorrectionMechanismCodeSequenceItem",
            ),
        ),
    ),
)
