"""Presence rules of CR Series Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CRSeriesModule = (
    "table_C.8-1",
    (
        (
            "BodyPartExamined",
            Attribute(0x00180015, "CS", "1", "2", name="Body Part Examined"),
            None,
        ),
        ("ViewPosition", Attribute(0x00185101, "CS", "1", "2", name="View Position"), None),
        ("FilterType", Attribute(0x00181160, "SH", "1", "3", name="Filter Type"), None),
        (
            "CollimatorGridName",
            Attribute(0x00181180, "SH", "1", "3", name="Collimator/grid Name"),
            None,
        ),
        ("FocalSpots", Attribute(0x00181190, "DS", "1-n", "3", name="Focal Spot(s)"), None),
        ("PlateType", Attribute(0x00181260, "SH", "1", "3", name="Plate Type"), None),
        ("PhosphorType", Attribute(0x00181261, "LO", "1", "3", name="Phosphor Type"), None),
    ),
)
