"""Tomotherapeutic Beam Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.tomotherapeutic_control_point_sequence_item import (
        TomotherapeuticControlPointSequenceItem as _TomotherapeuticControlPointSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _TomotherapeuticControlPointSequenceItem = Lazy(
        "dicomodel.items.tomotherapeutic_control_point_sequence_item",
        "TomotherapeuticControlPointSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.outline_shape_type import OutlineShapeType as OutlineShapeType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeliveryRateUnitSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as BeamAreaLimitSequenceItem,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as RTBeamLimitingDeviceOpeningSequenceItem,
    )
    from dicomodel.items.tomotherapeutic_control_point_sequence_item import (
        TomotherapeuticControlPointSequenceItem as TomotherapeuticControlPointSequenceItem,
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
    "TomotherapeuticBeamModule",
    "TomotherapeuticControlPointSequenceItem",
]


class TomotherapeuticBeamModule(DicomModel):
    """Tomotherapeutic Beam Module Attributes (PS3.3 Table C.36.17-1)."""

    dicom_name: ClassVar[str] = "Tomotherapeutic Beam"
    dicom_table: ClassVar[str] = "table_C.36.17-1"

    TableSpeed: Annotated[
        vr.FD | None,
        Attribute(
            0x00189309,
            "FD",
            "1",
            "1C",
            name="Table Speed",
            when=("value", 0x300A0639, 0, "in", ("NO",)),
            otherwise="may",
        ),
    ] = None
    """Table Speed (0018,9309): Type 1C, VR FD, VM 1. Required if RT Record Flag (300A,0639) equals NO. May be present otherwise. Nominal table speed in mm/s. Required if RT Record Flag (300A,0639) equals NO. May be present otherwise."""

    RevolutionTime: Annotated[
        vr.FD | None,
        Attribute(
            0x00189305,
            "FD",
            "1",
            "1C",
            name="Revolution Time",
            when=(
                "and",
                ("code", 0x30100080, (("130108", "DCM"),)),
                ("value", 0x300A0639, 0, "in", ("NO",)),
            ),
        ),
    ] = None
    """Revolution Time (0018,9305): Type 1C, VR FD, VM 1. Required if RT Treatment Technique Code Sequence (3010,0080) contains (130108, DCM, \"Helical Beam\") and if RT Record Flag (300A,0639) equals NO. May be present if RT Treatment Technique Code Sequence (3010,0080) contains (130108, DCM, \"Helical Beam\") and if RT Record Flag (300A,0639) equals YES. Nominal time in seconds of one rotation of the gantry. Required if RT Treatment Technique Code Sequence (3010,0080) contains (130108, DCM, \"Helical Beam\") and if RT Record Flag (300A,0639) equals NO."""

    NumberOfRTControlPoints: Annotated[
        vr.US, Attribute(0x300A0604, "US", "1", "1", name="Number of RT Control Points")
    ]
    """Number of RT Control Points (300A,0604): Type 1, VR US, VM 1. Number of RT Control Points in the Tomotherapeutic Control Point Sequence (3010,0098). The value shall be equal to or greater than 2."""

    TomotherapeuticControlPointSequence: Annotated[
        list[_TomotherapeuticControlPointSequenceItem],
        Attribute(0x30100098, "SQ", "1", "1", name="Tomotherapeutic Control Point Sequence"),
    ]
    """Tomotherapeutic Control Point Sequence (3010,0098): Type 1, VR SQ, VM 1. Control Points for the beam delivery. The number of Items included in this Sequence shall equal the value of Number of RT Control Points (300A,0604)."""


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
    "TomotherapeuticControlPointSequenceItem": (
        "dicomodel.items.tomotherapeutic_control_point_sequence_item",
        "TomotherapeuticControlPointSequenceItem",
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
