"""Presence rules of X-Ray Filtration Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRayFiltrationModule = (
    "table_C.8-35",
    (
        ("FilterType", Attribute(0x00181160, "SH", "1", "3", name="Filter Type"), None),
        ("FilterMaterial", Attribute(0x00187050, "CS", "1-n", "3", name="Filter Material"), None),
        (
            "FilterThicknessMinimum",
            Attribute(0x00187052, "DS", "1-n", "3", name="Filter Thickness Minimum"),
            None,
        ),
        (
            "FilterThicknessMaximum",
            Attribute(0x00187054, "DS", "1-n", "3", name="Filter Thickness Maximum"),
            None,
        ),
        (
            "FilterBeamPathLengthMinimum",
            Attribute(0x00187056, "FL", "1-n", "3", name="Filter Beam Path Length Minimum"),
            None,
        ),
        (
            "FilterBeamPathLengthMaximum",
            Attribute(0x00187058, "FL", "1-n", "3", name="Filter Beam Path Length Maximum"),
            None,
        ),
    ),
)
