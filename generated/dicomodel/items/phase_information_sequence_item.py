"""Item class PhaseInformationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.phase_description import PhaseDescriptionValue as _PhaseDescriptionValue
else:
    from dicomodel.lazy import Lazy

    _PhaseDescriptionValue = Lazy("dicomodel.enums.phase_description", "PhaseDescriptionValue")

if TYPE_CHECKING:
    from dicomodel.enums.phase_description import PhaseDescription as PhaseDescription

__all__ = [
    "PhaseDescription",
    "PhaseInformationSequenceItem",
]


class PhaseInformationSequenceItem(DicomModel):
    """An item of Phase Information Sequence (0054,0032), as first defined in NM Phase Module Attributes (C.8-14)."""

    dicom_name: ClassVar[str] = "Phase Information Sequence"
    dicom_table: ClassVar[str] = "table_C.8-14"

    PhaseDelay: Annotated[vr.IS, Attribute(0x00540036, "IS", "1", "1", name="Phase Delay")]
    """Phase Delay (0054,0036): Type 1, VR IS, VM 1. Time paused between the last frame of the previous phase and the first frame of this phase, in msec."""

    ActualFrameDuration: Annotated[
        vr.IS, Attribute(0x00181242, "IS", "1", "1", name="Actual Frame Duration")
    ]
    """Actual Frame Duration (0018,1242): Type 1, VR IS, VM 1. Nominal time of acquisition per individual frame, in msec."""

    PauseBetweenFrames: Annotated[
        vr.IS, Attribute(0x00540038, "IS", "1", "1", name="Pause Between Frames")
    ]
    """Pause Between Frames (0054,0038): Type 1, VR IS, VM 1. Time paused between each frame of this phase (in msec)."""

    NumberOfFramesInPhase: Annotated[
        vr.US, Attribute(0x00540033, "US", "1", "1", name="Number of Frames in Phase")
    ]
    """Number of Frames in Phase (0054,0033): Type 1, VR US, VM 1. Number of frames in this phase."""

    TriggerVector: Annotated[
        list[vr.IS] | None, Attribute(0x00540210, "IS", "1-n", "3", name="Trigger Vector")
    ] = None
    """Trigger Vector (0054,0210): Type 3, VR IS, VM 1-n. An array of trigger times when gating information is acquired simultaneously with the dynamic image data. See Section C.8.4.14.1.1 for further explanation."""

    NumberOfTriggersInPhase: Annotated[
        vr.US | None,
        Attribute(
            0x00540211,
            "US",
            "1",
            "1C",
            name="Number of Triggers in Phase",
            when=("present", 0x00540210),
        ),
    ] = None
    """Number of Triggers in Phase (0054,0211): Type 1C, VR US, VM 1. Required if Trigger Vector (0054,0210) is present. The number of entries in Trigger Vector (0054,0210) for this phase. Required if Trigger Vector (0054,0210) is present."""

    PhaseDescription: Annotated[
        _PhaseDescriptionValue | None,
        Attribute(
            0x00540039,
            "CS",
            "1",
            "3",
            name="Phase Description",
            enumerated=((0, ("FLOW", "WASHOUT", "UPTAKE", "EMPTYING", "EXCRETION")),),
        ),
    ] = None
    """Phase Description (0054,0039): Type 3, VR CS, VM 1. Description of this phase of the Dynamic image. Enumerated Values: FLOW WASHOUT UPTAKE EMPTYING EXCRETION"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PhaseDescription": ("dicomodel.enums.phase_description", "PhaseDescription"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
