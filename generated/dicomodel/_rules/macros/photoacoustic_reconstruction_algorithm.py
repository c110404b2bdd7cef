"""Presence rules of Photoacoustic Reconstruction Algorithm Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PhotoacousticReconstructionAlgorithmMacro = (
    "table_C.8.34.5.4-1",
    (
        (
            "ReconstructionAlgorithmSequence",
            Attribute(0x0018993D, "SQ", "1", "3", name="Reconstruction Algorithm Sequence"),
            Lazy("dicomodel.items.algorithm_identification_item", "AlgorithmIdentificationItem"),
        ),
    ),
)
