"""Item class GatingBeamHoldTransitionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import beam_hold_transition as _beam_hold_transition
from dicomodel.enums import (
    beam_hold_transition_trigger_source as _beam_hold_transition_trigger_source,
)
from dicomodel.items.interlock_originating_device_sequence_item import (
    InterlockOriginatingDeviceSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class GatingBeamHoldTransitionSequenceItem(DicomModel):
    """An item of Gating Beam Hold Transition Sequence (300C,0125), as first defined in RT Beams Session Record Module Attributes (C.8-57)."""

    dicom_name: ClassVar[str] = "Gating Beam Hold Transition Sequence"
    dicom_table: ClassVar[str] = "table_C.8-57"

    BeamHoldTransition: Annotated[
        _beam_hold_transition.BeamHoldTransition,
        Attribute(
            0x300C0126,
            "CS",
            "1",
            "1",
            name="Beam Hold Transition",
            enumerated=((0, ("HOLD", "RESTART")),),
        ),
    ]
    """Beam Hold Transition (300C,0126): Type 1, VR CS, VM 1. Beam hold transition during irradiation. Enumerated Values: HOLD Beam held. RESTART Beam restarted."""

    BeamHoldTransitionTriggerSource: Annotated[
        _beam_hold_transition_trigger_source.BeamHoldTransitionTriggerSource | None,
        Attribute(
            0x300C0129,
            "CS",
            "1",
            "3",
            name="Beam Hold Transition Trigger Source",
            enumerated=((0, ("USER", "DEVICE")),),
        ),
    ] = None
    """Beam Hold Transition Trigger Source (300C,0129): Type 3, VR CS, VM 1. he source that caused the beam hold transition to occur. Enumerated Values: USER Transition was triggered manually by the user. DEVICE Transition was triggered automatically by the gating device itself."""

    BeamHoldTransitionDateTime: Annotated[
        vr.DT, Attribute(0x300C0127, "DT", "1", "1", name="Beam Hold Transition DateTime")
    ]
    """Beam Hold Transition DateTime (300C,0127): Type 1, VR DT, VM 1. DateTime of the beam hold transition."""

    BeamHoldOriginatingDeviceSequence: Annotated[
        list[InterlockOriginatingDeviceSequenceItem] | None,
        Attribute(
            0x300C0128,
            "SQ",
            "1",
            "1C",
            name="Beam Hold Originating Device Sequence",
            when=(
                "unknown",
                "names no attribute: there are multiple devices in the treatment delivery device that can trigger the beam hold",
            ),
        ),
    ] = None
    """Beam Hold Originating Device Sequence (300C,0128): Type 1C, VR SQ, VM 1. Required if there are multiple devices in the treatment delivery device that can trigger the beam hold. The device that triggered the beam hold. Required if there are multiple devices in the treatment delivery device that can trigger the beam hold. Only a single Item shall be included in this Sequence."""
