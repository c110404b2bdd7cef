"""Presence rules of RT Beam Limiting Device Opening Definition Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTBeamLimitingDeviceOpeningDefinitionMacro = (
    "table_C.36.2.2.20-1",
    (
        (
            "ReferencedDeviceIndex",
            Attribute(0x300A0607, "US", "1", "1", name="Referenced Device Index"),
            None,
        ),
        (
            "RTBeamLimitingDeviceOffset",
            Attribute(
                0x300A064B,
                "FD",
                "2",
                "1C",
                name="RT Beam Limiting Device Offset",
                when=(
                    "or",
                    ("compare", 0x300A0600, 1, "==", 1),
                    (
                        "unknown",
                        "depends on whether the value differs from the one of the previous RT Control Point (PS3.3 C.36.2.2.5.1.1)",
                    ),
                ),
            ),
            None,
        ),
        (
            "ParallelRTBeamDelimiterPositions",
            Attribute(
                0x300A064A,
                "FD",
                "2-n",
                "1C",
                name="Parallel RT Beam Delimiter Positions",
                when=(
                    "and",
                    (
                        "or",
                        ("compare", 0x300A0600, 1, "==", 1),
                        (
                            "unknown",
                            "depends on whether the value differs from the one of the previous RT Control Point (PS3.3 C.36.2.2.5.1.1)",
                        ),
                    ),
                    ("code", 0x3010002E, (("130330", "DCM"), ("130331", "DCM"), ("130333", "DCM"))),
                    ("present", 0x300A064E),
                    ("value", 0x300A064E, 0, "not_in", ("BINARY",)),
                ),
            ),
            None,
        ),
        (
            "RTBeamDelimiterGeometrySequence",
            Attribute(
                0x300A064C,
                "SQ",
                "1",
                "1C",
                name="RT Beam Delimiter Geometry Sequence",
                when=(
                    "and",
                    (
                        "or",
                        ("compare", 0x300A0600, 1, "==", 1),
                        (
                            "unknown",
                            "depends on whether the value differs from the one of the previous RT Control Point (PS3.3 C.36.2.2.5.1.1)",
                        ),
                    ),
                    ("code", 0x3010002E, (("130332", "DCM"),)),
                ),
            ),
            Lazy("dicomodel.items.outline_definition_item", "OutlineDefinitionItem"),
        ),
    ),
)
