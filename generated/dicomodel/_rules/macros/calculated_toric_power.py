"""Presence rules of Calculated Toric Power Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CalculatedToricPowerMacro = (
    "table_C.8.25.16-7",
    (
        ("SpherePower", Attribute(0x00460146, "FD", "1", "3", name="Sphere Power"), None),
        ("CylinderPower", Attribute(0x00460147, "FD", "1", "1", name="Cylinder Power"), None),
        ("CylinderAxis", Attribute(0x00220009, "FL", "1", "1", name="Cylinder Axis"), None),
    ),
)
