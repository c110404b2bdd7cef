"""Item class ConventionalMachineVerificationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.conventional_control_point_verification_sequence_item import (
        ConventionalControlPointVerificationSequenceItem as _ConventionalControlPointVerificationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ConventionalControlPointVerificationSequenceItem = Lazy(
        "dicomodel.items.conventional_control_point_verification_sequence_item",
        "ConventionalControlPointVerificationSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.beam_limiting_device_rotation_direction import (
        BeamLimitingDeviceRotationDirection as BeamLimitingDeviceRotationDirection,
    )
    from dicomodel.enums.gantry_rotation_direction import (
        GantryRotationDirection as GantryRotationDirection,
    )
    from dicomodel.enums.patient_support_rotation_direction import (
        PatientSupportRotationDirection as PatientSupportRotationDirection,
    )
    from dicomodel.enums.rt_beam_limiting_device_type import (
        RTBeamLimitingDeviceType as RTBeamLimitingDeviceType,
    )
    from dicomodel.enums.table_top_eccentric_rotation_direction import (
        TableTopEccentricRotationDirection as TableTopEccentricRotationDirection,
    )
    from dicomodel.enums.table_top_pitch_rotation_direction import (
        TableTopPitchRotationDirection as TableTopPitchRotationDirection,
    )
    from dicomodel.enums.table_top_roll_rotation_direction import (
        TableTopRollRotationDirection as TableTopRollRotationDirection,
    )
    from dicomodel.enums.wedge_position import WedgePositionRTBeams as WedgePosition
    from dicomodel.items.beam_limiting_device_position_sequence_item_rt_conventional_machine_verification import (
        BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification as BeamLimitingDevicePositionSequenceItem,
    )
    from dicomodel.items.conventional_control_point_verification_sequence_item import (
        ConventionalControlPointVerificationSequenceItem as ConventionalControlPointVerificationSequenceItem,
    )
    from dicomodel.items.wedge_position_sequence_item_rt_conventional_machine_verification import (
        WedgePositionSequenceItemRTConventionalMachineVerification as WedgePositionSequenceItem,
    )

__all__ = [
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "ConventionalControlPointVerificationSequenceItem",
    "ConventionalMachineVerificationSequenceItem",
    "GantryRotationDirection",
    "PatientSupportRotationDirection",
    "RTBeamLimitingDeviceType",
    "TableTopEccentricRotationDirection",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "WedgePosition",
    "WedgePositionSequenceItem",
]


class ConventionalMachineVerificationSequenceItem(DicomModel):
    """An item of Conventional Machine Verification Sequence (0074,1044), as first defined in RT Conventional Machine Verification Module Attributes (C.31-2)."""

    dicom_name: ClassVar[str] = "Conventional Machine Verification Sequence"
    dicom_table: ClassVar[str] = "table_C.31-2"

    ConventionalControlPointVerificationSequence: Annotated[
        list[_ConventionalControlPointVerificationSequenceItem] | None,
        Attribute(
            0x0074104C, "SQ", "1", None, name="Conventional Control Point Verification Sequence"
        ),
    ] = None
    """Conventional Control Point Verification Sequence (0074,104C): no Type, VR SQ, VM 1. Beam control points for current treatment beam. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BeamLimitingDevicePositionSequenceItem": (
        "dicomodel.items.beam_limiting_device_position_sequence_item_rt_conventional_machine_verification",
        "BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification",
    ),
    "BeamLimitingDeviceRotationDirection": (
        "dicomodel.enums.beam_limiting_device_rotation_direction",
        "BeamLimitingDeviceRotationDirection",
    ),
    "ConventionalControlPointVerificationSequenceItem": (
        "dicomodel.items.conventional_control_point_verification_sequence_item",
        "ConventionalControlPointVerificationSequenceItem",
    ),
    "GantryRotationDirection": (
        "dicomodel.enums.gantry_rotation_direction",
        "GantryRotationDirection",
    ),
    "PatientSupportRotationDirection": (
        "dicomodel.enums.patient_support_rotation_direction",
        "PatientSupportRotationDirection",
    ),
    "RTBeamLimitingDeviceType": (
        "dicomodel.enums.rt_beam_limiting_device_type",
        "RTBeamLimitingDeviceType",
    ),
    "TableTopEccentricRotationDirection": (
        "dicomodel.enums.table_top_eccentric_rotation_direction",
        "TableTopEccentricRotationDirection",
    ),
    "TableTopPitchRotationDirection": (
        "dicomodel.enums.table_top_pitch_rotation_direction",
        "TableTopPitchRotationDirection",
    ),
    "TableTopRollRotationDirection": (
        "dicomodel.enums.table_top_roll_rotation_direction",
        "TableTopRollRotationDirection",
    ),
    "WedgePosition": ("dicomodel.enums.wedge_position", "WedgePositionRTBeams"),
    "WedgePositionSequenceItem": (
        "dicomodel.items.wedge_position_sequence_item_rt_conventional_machine_verification",
        "WedgePositionSequenceItemRTConventionalMachineVerification",
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
