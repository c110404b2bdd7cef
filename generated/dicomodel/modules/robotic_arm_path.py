"""Robotic-Arm Path Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.robotic_path_control_point_sequence_item import (
        RoboticPathControlPointSequenceItem as _RoboticPathControlPointSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _RoboticPathControlPointSequenceItem = Lazy(
        "dicomodel.items.robotic_path_control_point_sequence_item",
        "RoboticPathControlPointSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.outline_shape_type import OutlineShapeType as OutlineShapeType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeliveryRateUnitSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RoboticPathNodeSetCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as BeamAreaLimitSequenceItem,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem,
    )
    from dicomodel.items.robotic_path_control_point_sequence_item import (
        RoboticPathControlPointSequenceItem as RoboticPathControlPointSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as RTBeamLimitingDeviceOpeningSequenceItem,
    )

__all__ = [
    "BeamAreaLimitSequenceItem",
    "ContextGroupExtensionFlag",
    "DeliveryRateUnitSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "OutlineShapeType",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceOpeningSequenceItem",
    "RoboticArmPathModule",
    "RoboticPathControlPointSequenceItem",
    "RoboticPathNodeSetCodeSequenceItem",
]


class RoboticArmPathModule(DicomModel):
    """Robotic-Arm Path Module Attributes (PS3.3 Table C.36.19-1)."""

    dicom_name: ClassVar[str] = "Robotic-Arm Path"
    dicom_table: ClassVar[str] = "table_C.36.19-1"

    RoboticPathNodeSetCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x30100091,
            "SQ",
            "1",
            "1C",
            name="Robotic Path Node Set Code Sequence",
            when=("value", 0x300A0639, 0, "in", ("NO",)),
            otherwise="may",
        ),
    ] = None
    """Robotic Path Node Set Code Sequence (3010,0091): Type 1C, VR SQ, VM 1. Required if RT Record Flag (300A,0639) is NO. May be present otherwise. Node Set from which the Robotic Nodes referenced in the Robotic Path Control Point Sequence (3010,0097) were selected. Only a single Item shall be included in this Sequence. Required if RT Record Flag (300A,0639) is NO."""

    NumberOfRTControlPoints: Annotated[
        vr.US, Attribute(0x300A0604, "US", "1", "1", name="Number of RT Control Points")
    ]
    """Number of RT Control Points (300A,0604): Type 1, VR US, VM 1. Number of RT Control Points in the Robotic Path Control Point Sequence (3010,0097). The value shall be greater than or equal to 2."""

    RoboticPathControlPointSequence: Annotated[
        list[_RoboticPathControlPointSequenceItem],
        Attribute(0x30100097, "SQ", "1", "1", name="Robotic Path Control Point Sequence"),
    ]
    """Robotic Path Control Point Sequence (3010,0097): Type 1, VR SQ, VM 1. Control Points for the radiation delivery. The number of Items included in this Sequence shall equal the value of Number of RT Control Points (300A,0604)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BeamAreaLimitSequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DeliveryRateUnitSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OutlineShapeType": ("dicomodel.enums.outline_shape_type", "OutlineShapeType"),
    "RTBeamDelimiterGeometrySequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
    "RTBeamLimitingDeviceOpeningSequenceItem": (
        "dicomodel.items.rt_beam_limiting_device_opening_definition_item",
        "RTBeamLimitingDeviceOpeningDefinitionItem",
    ),
    "RoboticPathControlPointSequenceItem": (
        "dicomodel.items.robotic_path_control_point_sequence_item",
        "RoboticPathControlPointSequenceItem",
    ),
    "RoboticPathNodeSetCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
