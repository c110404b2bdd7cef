"""RT Conventional Machine Verification Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.conventional_machine_verification_sequence_item import (
        ConventionalMachineVerificationSequenceItem as _ConventionalMachineVerificationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ConventionalMachineVerificationSequenceItem = Lazy(
        "dicomodel.items.conventional_machine_verification_sequence_item",
        "ConventionalMachineVerificationSequenceItem",
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
    from dicomodel.items.conventional_machine_verification_sequence_item import (
        ConventionalMachineVerificationSequenceItem as ConventionalMachineVerificationSequenceItem,
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
    "RTConventionalMachineVerificationModule",
    "TableTopEccentricRotationDirection",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "WedgePosition",
    "WedgePositionSequenceItem",
]


class RTConventionalMachineVerificationModule(DicomModel):
    """RT Conventional Machine Verification Module Attributes (PS3.3 Table C.31-2)."""

    dicom_name: ClassVar[str] = "RT Conventional Machine Verification"
    dicom_table: ClassVar[str] = "table_C.31-2"

    ConventionalMachineVerificationSequence: Annotated[
        list[_ConventionalMachineVerificationSequenceItem] | None,
        Attribute(0x00741044, "SQ", "1", None, name="Conventional Machine Verification Sequence"),
    ] = None
    """Conventional Machine Verification Sequence (0074,1044): no Type, VR SQ, VM 1. Sequence containing conventional machine verification parameters. Zero or one Item shall be included in this Sequence."""


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
    "ConventionalMachineVerificationSequenceItem": (
        "dicomodel.items.conventional_machine_verification_sequence_item",
        "ConventionalMachineVerificationSequenceItem",
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
