"""Item class RespiratorySynchronizationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.ending_respiratory_phase import (
        EndingRespiratoryPhaseValue as _EndingRespiratoryPhaseValue,
    )
    from dicomodel.enums.starting_respiratory_phase import (
        StartingRespiratoryPhaseValue as _StartingRespiratoryPhaseValue,
    )
else:
    from dicomodel.lazy import Lazy

    _EndingRespiratoryPhaseValue = Lazy(
        "dicomodel.enums.ending_respiratory_phase", "EndingRespiratoryPhaseValue"
    )
    _StartingRespiratoryPhaseValue = Lazy(
        "dicomodel.enums.starting_respiratory_phase", "StartingRespiratoryPhaseValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.ending_respiratory_phase import (
        EndingRespiratoryPhase as EndingRespiratoryPhase,
    )
    from dicomodel.enums.starting_respiratory_phase import (
        StartingRespiratoryPhase as StartingRespiratoryPhase,
    )

__all__ = [
    "EndingRespiratoryPhase",
    "RespiratorySynchronizationSequenceItem",
    "StartingRespiratoryPhase",
]


class RespiratorySynchronizationSequenceItem(DicomModel):
    """An item of Respiratory Synchronization Sequence (0020,9253), as first defined in Respiratory Synchronization Macro Attributes (C.7.6.16-18)."""

    dicom_name: ClassVar[str] = "Respiratory Synchronization Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.16-18"

    RespiratoryIntervalTime: Annotated[
        vr.FD | None,
        Attribute(
            0x00209254,
            "FD",
            "1",
            "1C",
            name="Respiratory Interval Time",
            when=(
                "and",
                ("value", 0x00189170, 0, "not_in", ("NONE", "REALTIME")),
                (
                    "or",
                    ("not", ("present", 0x00209250)),
                    ("value", 0x00209250, 0, "in", ("TIME", "BOTH")),
                ),
            ),
        ),
    ] = None
    """Respiratory Interval Time (0020,9254): Type 1C, VR FD, VM 1. Required if Respiratory Motion Compensation Technique (0018,9170) equals other than NONE or REALTIME and Respiratory Trigger Type (0020,9250) is absent or has a value of TIME or BOTH. Measured interval time in ms from maximum respiration peak to the next peak for the respiratory cycle in which this frame occurs. See Section C.7.6.16.2.17.1 for further explanation."""

    NominalPercentageOfRespiratoryPhase: Annotated[
        vr.FL | None,
        Attribute(
            0x00209245,
            "FL",
            "1",
            "1C",
            name="Nominal Percentage of Respiratory Phase",
            when=("unknown", "names no attribute: used as a dimension index"),
            otherwise="may",
        ),
    ] = None
    """Nominal Percentage of Respiratory Phase (0020,9245): Type 1C, VR FL, VM 1. Required if used as a dimension index, may be present otherwise. The nominal time relative to the preceding respiratory inspiration maximum divided by the nominal respiratory interval multiplied by 100. Required if used as a dimension index, may be present otherwise."""

    NominalRespiratoryTriggerDelayTime: Annotated[
        vr.FD, Attribute(0x00209255, "FD", "1", "1", name="Nominal Respiratory Trigger Delay Time")
    ]
    """Nominal Respiratory Trigger Delay Time (0020,9255): Type 1, VR FD, VM 1. The nominal time in ms from the beginning of the respiratory interval to the value of Frame Reference DateTime (0018,9151). See Section C.7.6.16.2.17.1 for further explanation."""

    ActualRespiratoryTriggerDelayTime: Annotated[
        vr.FD | None,
        Attribute(
            0x00209257,
            "FD",
            "1",
            "1C",
            name="Actual Respiratory Trigger Delay Time",
            when=("value", 0x00209250, 0, "in", ("TIME", "BOTH")),
        ),
    ] = None
    """Actual Respiratory Trigger Delay Time (0020,9257): Type 1C, VR FD, VM 1. Required if Respiratory Trigger Type (0020,9250) is TIME or BOTH. The actual time in ms from the beginning of the respiratory interval to the value of Frame Reference DateTime (0018,9151). See Section C.7.6.16.2.17.1 for further explanation."""

    StartingRespiratoryAmplitude: Annotated[
        vr.FL | None,
        Attribute(
            0x00209246,
            "FL",
            "1",
            "1C",
            name="Starting Respiratory Amplitude",
            when=("value", 0x00209250, 0, "in", ("AMPLITUDE", "BOTH")),
        ),
    ] = None
    """Starting Respiratory Amplitude (0020,9246): Type 1C, VR FL, VM 1. Required if Respiratory Trigger Type (0020,9250) is AMPLITUDE or BOTH. Nominal amplitude of the respiratory signal at which the acquisition of data for this frame begins, in percent of the nominal maximum value (which represents maximum inspiration)."""

    StartingRespiratoryPhase: Annotated[
        _StartingRespiratoryPhaseValue | None,
        Attribute(
            0x00209247,
            "CS",
            "1",
            "1C",
            name="Starting Respiratory Phase",
            enumerated=((0, ("INSPIRATION", "MAXIMUM", "EXPIRATION", "MINIMUM")),),
            when=("present", 0x00209246),
        ),
    ] = None
    """Starting Respiratory Phase (0020,9247): Type 1C, VR CS, VM 1. Required if Starting Respiratory Amplitude (0020,9246) is present. The phase of respiration at which the Starting Respiratory Amplitude (0020,9246) was measured. Enumerated Values: INSPIRATION MAXIMUM EXPIRATION MINIMUM Required if Starting Respiratory Amplitude (0020,9246) is present."""

    EndingRespiratoryAmplitude: Annotated[
        vr.FL | None,
        Attribute(
            0x00209248,
            "FL",
            "1",
            "1C",
            name="Ending Respiratory Amplitude",
            when=("value", 0x00209250, 0, "in", ("AMPLITUDE", "BOTH")),
        ),
    ] = None
    """Ending Respiratory Amplitude (0020,9248): Type 1C, VR FL, VM 1. Required if Respiratory Trigger Type (0020,9250) is AMPLITUDE or BOTH. Nominal amplitude of the respiratory signal at which the acquisition of data for this frame ends, in percent of the nominal maximum value (which represents maximum inspiration)."""

    EndingRespiratoryPhase: Annotated[
        _EndingRespiratoryPhaseValue | None,
        Attribute(
            0x00209249,
            "CS",
            "1",
            "1C",
            name="Ending Respiratory Phase",
            enumerated=((0, ("INSPIRATION", "MAXIMUM", "EXPIRATION", "MINIMUM")),),
            when=("present", 0x00209248),
        ),
    ] = None
    """Ending Respiratory Phase (0020,9249): Type 1C, VR CS, VM 1. Required if Ending Respiratory Amplitude (0020,9248) is present. The phase of respiration at which the Ending Respiratory Amplitude (0020,9248) was measured. Enumerated Values: INSPIRATION MAXIMUM EXPIRATION MINIMUM Required if Ending Respiratory Amplitude (0020,9248) is present."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "EndingRespiratoryPhase": (
        "dicomodel.enums.ending_respiratory_phase",
        "EndingRespiratoryPhase",
    ),
    "StartingRespiratoryPhase": (
        "dicomodel.enums.starting_respiratory_phase",
        "StartingRespiratoryPhase",
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
