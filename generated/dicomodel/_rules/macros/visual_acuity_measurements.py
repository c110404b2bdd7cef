"""Presence rules of Visual Acuity Measurements Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
VisualAcuityMeasurementsMacro = (
    "table_C.8.25.12-2",
    (
        (
            "DecimalVisualAcuity",
            Attribute(0x00460137, "FD", "1", "1", name="Decimal Visual Acuity"),
            None,
        ),
        (
            "VisualAcuityModifiers",
            Attribute(0x00460135, "SS", "2", "3", name="Visual Acuity Modifiers"),
            None,
        ),
    ),
)
