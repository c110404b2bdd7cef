"""Presence rules of MR Spectroscopy FOV/Geometry Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MRSpectroscopyFOVGeometryMacro = (
    "table_C.8-105",
    (
        (
            "MRSpectroscopyFOVGeometrySequence",
            Attribute(0x00189103, "SQ", "1", "1", name="MR Spectroscopy FOV/Geometry Sequence"),
            Lazy(
                "dicomodel.items.mr_spectroscopy_fov_geometry_sequence_item",
                "MRSpectroscopyFOVGeometrySequenceItem",
            ),
        ),
    ),
)
