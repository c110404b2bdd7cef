"""Presence rules of MR Metabolite Map Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MRMetaboliteMapMacro = (
    "table_C.8-99",
    (
        (
            "MRMetaboliteMapSequence",
            Attribute(0x00189152, "SQ", "1", "1", name="MR Metabolite Map Sequence"),
            Lazy("dicomodel.items.mr_metabolite_map_sequence_item", "MRMetaboliteMapSequenceItem"),
        ),
    ),
)
