"""C-Arm Photon-Electron Beam Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.c_arm_photon_electron_control_point_sequence_item import (
        CArmPhotonElectronControlPointSequenceItem as _CArmPhotonElectronControlPointSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CArmPhotonElectronControlPointSequenceItem = Lazy(
        "dicomodel.items.c_arm_photon_electron_control_point_sequence_item",
        "CArmPhotonElectronControlPointSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.outline_shape_type import OutlineShapeType as OutlineShapeType
    from dicomodel.enums.wedge_position import WedgePosition as WedgePosition
    from dicomodel.items.c_arm_photon_electron_control_point_sequence_item import (
        CArmPhotonElectronControlPointSequenceItem as CArmPhotonElectronControlPointSequenceItem,
    )
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
    from dicomodel.items.wedge_position_sequence_item import (
        WedgePositionSequenceItem as WedgePositionSequenceItem,
    )

__all__ = [
    "BeamAreaLimitSequenceItem",
    "CArmPhotonElectronBeamModule",
    "CArmPhotonElectronControlPointSequenceItem",
    "ContextGroupExtensionFlag",
    "DeliveryRateUnitSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "OutlineShapeType",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceOpeningSequenceItem",
    "WedgePosition",
    "WedgePositionSequenceItem",
]


class CArmPhotonElectronBeamModule(DicomModel):
    """C-Arm Photon-Electron Beam Module Attributes (PS3.3 Table C.36.15-1)."""

    dicom_name: ClassVar[str] = "C-Arm Photon-Electron Beam"
    dicom_table: ClassVar[str] = "table_C.36.15-1"

    NumberOfRTControlPoints: Annotated[
        vr.US, Attribute(0x300A0604, "US", "1", "1", name="Number of RT Control Points")
    ]
    """Number of RT Control Points (300A,0604): Type 1, VR US, VM 1. Number of RT Control Points in the C-Arm Photon-Electron Control Point Sequence (300A,062F). The value shall be equal to or greater than 2."""

    CArmPhotonElectronControlPointSequence: Annotated[
        list[_CArmPhotonElectronControlPointSequenceItem],
        Attribute(0x300A062F, "SQ", "1", "1", name="C-Arm Photon-Electron Control Point Sequence"),
    ]
    """C-Arm Photon-Electron Control Point Sequence (300A,062F): Type 1, VR SQ, VM 1. Control Points used to model the beam delivery. The number of Items included in this Sequence shall equal the value of Number of RT Control Points (300A,0604)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BeamAreaLimitSequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
    "CArmPhotonElectronControlPointSequenceItem": (
        "dicomodel.items.c_arm_photon_electron_control_point_sequence_item",
        "CArmPhotonElectronControlPointSequenceItem",
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
    "WedgePosition": ("dicomodel.enums.wedge_position", "WedgePosition"),
    "WedgePositionSequenceItem": (
        "dicomodel.items.wedge_position_sequence_item",
        "WedgePositionSequenceItem",
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
