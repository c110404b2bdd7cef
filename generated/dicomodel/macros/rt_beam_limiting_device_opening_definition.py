"""RT Beam Limiting Device Opening Definition Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as _OutlineDefinitionItem,
    )
else:
    from dicomodel.lazy import Lazy

    _OutlineDefinitionItem = Lazy(
        "dicomodel.items.outline_definition_item", "OutlineDefinitionItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.outline_shape_type import OutlineShapeType as OutlineShapeType
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem,
    )

__all__ = [
    "OutlineShapeType",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceOpeningDefinitionMacro",
]


class RTBeamLimitingDeviceOpeningDefinitionMacro(DicomModel):
    """RT Beam Limiting Device Opening Definition Macro Attributes (PS3.3 Table C.36.2.2.20-1)."""

    dicom_name: ClassVar[str] = "RT Beam Limiting Device Opening Definition"
    dicom_table: ClassVar[str] = "table_C.36.2.2.20-1"

    ReferencedDeviceIndex: Annotated[
        vr.US, Attribute(0x300A0607, "US", "1", "1", name="Referenced Device Index")
    ]
    """Referenced Device Index (300A,0607): Type 1, VR US, VM 1. The value of Device Index (3010,0039) from the RT Beam Limiting Device Definition Sequence (300A,064D) corresponding to the Beam Limiting Device used in this Item."""

    RTBeamLimitingDeviceOffset: Annotated[
        list[vr.FD] | None,
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
    ] = None
    """RT Beam Limiting Device Offset (300A,064B): Type 1C, VR FD, VM 2. Required if the conditions in Section C.36.2.2.5.1.1 are satisfied. The offsets (x,y) in mm of the Parallel RT Beam Delimiter Positions (300A,064A) along the x-axis and the Parallel RT Beam Delimiter Boundaries (300A,0649) along the y-axis of the Beam Modifier Coordinate System after the Beam Modifier Orien..."""

    ParallelRTBeamDelimiterPositions: Annotated[
        list[vr.FD] | None,
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
    ] = None
    """Parallel RT Beam Delimiter Positions (300A,064A): Type 1C, VR FD, VM 2-n. Required if the conditions in Section C.36.2.2.5.1.1 are satisfied and if Device Type Code Sequence contains (130330, DCM, \"Jaw Pair\"), (130331, DCM, \"Leaf Pairs\") or (130333, DCM, \"Single Leaves\"), and if the Parallel RT Beam Delimiter Opening Mode (300A,064E) is present and does not have the value BINARY. One-dimensional positions of the tip in mm of beam delimiters. If Device Type Code Sequence (3010,002E) contains (130333, DCM, \"Single Leaves\"), N values shall be provided where N is the Number of Parallel RT Beam Delimiters (300A,0648)."""

    RTBeamDelimiterGeometrySequence: Annotated[
        list[_OutlineDefinitionItem] | None,
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
    ] = None
    """RT Beam Delimiter Geometry Sequence (300A,064C): Type 1C, VR SQ, VM 1. Required if the conditions in Section C.36.2.2.5.1.1 are satisfied and if DeviceType Code Sequence (3010,002E) contains (130332, DCM, \"Variable Circular Collimator\"). The outline of the Beam Limiting Device opening. Required if the conditions in Section C.36.2.2.5.1.1 are satisfied and if DeviceType Code Sequence (3010,002E) contains (130332, DCM, \"Variable Circular Collimator\")."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "OutlineShapeType": ("dicomodel.enums.outline_shape_type", "OutlineShapeType"),
    "RTBeamDelimiterGeometrySequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
