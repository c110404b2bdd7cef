"""Item class FunctionalMRSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.settling_phase_frame import (
        SettlingPhaseFrameValue as _SettlingPhaseFrameValue,
    )
else:
    from dicomodel.lazy import Lazy

    _SettlingPhaseFrameValue = Lazy(
        "dicomodel.enums.settling_phase_frame", "SettlingPhaseFrameValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.settling_phase_frame import SettlingPhaseFrame as SettlingPhaseFrame

__all__ = [
    "FunctionalMRSequenceItem",
    "SettlingPhaseFrame",
]


class FunctionalMRSequenceItem(DicomModel):
    """An item of Functional MR Sequence (0018,9621), as first defined in Functional MR Macro Attributes (C.8-100c)."""

    dicom_name: ClassVar[str] = "Functional MR Sequence"
    dicom_table: ClassVar[str] = "table_C.8-100c"

    SettlingPhaseFrame: Annotated[
        _SettlingPhaseFrameValue | None,
        Attribute(
            0x00189624,
            "CS",
            "1",
            "1C",
            name="Settling Phase Frame",
            enumerated=((0, ("YES", "NO")),),
            when=("value", 0x00189622, 0, "in", ("YES",)),
        ),
    ] = None
    """Settling Phase Frame (0018,9624): Type 1C, VR CS, VM 1. Required if Functional Settling Phase Frames Present (0018,9622) is YES. Identifies if the frame is part of a Functional MR settling phase. All frames with the same combination of Stack ID (0020,9056) and Temporal Position Index (0020,9128) shall have the same value."""

    FunctionalSyncPulse: Annotated[
        vr.DT, Attribute(0x00189623, "DT", "1", "1", name="Functional Sync Pulse")
    ]
    """Functional Sync Pulse (0018,9623): Type 1, VR DT, VM 1. The date and time of the Functional Sync Pulse for this frame. See Section C.8.13.5.15.1"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "SettlingPhaseFrame": ("dicomodel.enums.settling_phase_frame", "SettlingPhaseFrame"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
