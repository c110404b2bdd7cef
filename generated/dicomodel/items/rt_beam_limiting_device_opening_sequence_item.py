"""Item class RTBeamLimitingDeviceOpeningSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as _RTBeamLimitingDeviceOpeningDefinitionItem,
    )
else:
    from dicomodel.lazy import Lazy

    _RTBeamLimitingDeviceOpeningDefinitionItem = Lazy(
        "dicomodel.items.rt_beam_limiting_device_opening_definition_item",
        "RTBeamLimitingDeviceOpeningDefinitionItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.outline_shape_type import OutlineShapeType as OutlineShapeType
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem,
    )

__all__ = [
    "OutlineShapeType",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceOpeningSequenceItem",
]


class RTBeamLimitingDeviceOpeningSequenceItem(DicomModel):
    """An item of Imaging Aperture Sequence (3002,0114), as first defined in RT Imaging Aperture Macro Attributes (C.36.2.4.4-1)."""

    dicom_name: ClassVar[str] = "Imaging Aperture Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.4.4-1"

    RTBeamLimitingDeviceOpeningSequence: Annotated[
        list[_RTBeamLimitingDeviceOpeningDefinitionItem] | None,
        Attribute(
            0x300A0656,
            "SQ",
            "1",
            "1C",
            name="RT Beam Limiting Device Opening Sequence",
            when=("and", ("present", 0x300A0641), ("compare", 0x300A0641, 1, "!=", 0)),
        ),
    ] = None
    """RT Beam Limiting Device Opening Sequence (300A,0656): Type 1C, VR SQ, VM 1. Required if Number of RT Beam Limiting Devices (300A,0641) is present and has a non-zero value. Beam limiting device (collimator) settings defining the opening for the current Control Point. Required if Number of RT Beam Limiting Devices (300A,0641) is present and has a non-zero value."""


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
