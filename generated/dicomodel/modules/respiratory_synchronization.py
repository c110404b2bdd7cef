"""Respiratory Synchronization Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.respiratory_motion_compensation_technique import (
        RespiratoryMotionCompensationTechniqueTerm as _RespiratoryMotionCompensationTechniqueTerm,
    )
    from dicomodel.enums.respiratory_signal_source import (
        RespiratorySignalSourceTerm as _RespiratorySignalSourceTerm,
    )
    from dicomodel.enums.respiratory_trigger_type import (
        RespiratoryTriggerTypeTerm as _RespiratoryTriggerTypeTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _RespiratoryMotionCompensationTechniqueTerm = Lazy(
        "dicomodel.enums.respiratory_motion_compensation_technique",
        "RespiratoryMotionCompensationTechniqueTerm",
    )
    _RespiratorySignalSourceTerm = Lazy(
        "dicomodel.enums.respiratory_signal_source", "RespiratorySignalSourceTerm"
    )
    _RespiratoryTriggerTypeTerm = Lazy(
        "dicomodel.enums.respiratory_trigger_type", "RespiratoryTriggerTypeTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.respiratory_motion_compensation_technique import (
        RespiratoryMotionCompensationTechniqueTerm as RespiratoryMotionCompensationTechniqueTerm,
    )
    from dicomodel.enums.respiratory_signal_source import (
        RespiratorySignalSourceTerm as RespiratorySignalSourceTerm,
    )
    from dicomodel.enums.respiratory_trigger_type import (
        RespiratoryTriggerTypeTerm as RespiratoryTriggerTypeTerm,
    )

__all__ = [
    "RespiratoryMotionCompensationTechniqueTerm",
    "RespiratorySignalSourceTerm",
    "RespiratorySynchronizationModule",
    "RespiratoryTriggerTypeTerm",
]


class RespiratorySynchronizationModule(DicomModel):
    """Respiratory Synchronization Module Attributes (PS3.3 Table C.7.6.18-2)."""

    dicom_name: ClassVar[str] = "Respiratory Synchronization"
    dicom_table: ClassVar[str] = "table_C.7.6.18-2"

    RespiratoryMotionCompensationTechnique: Annotated[
        _RespiratoryMotionCompensationTechniqueTerm | vr.CS | None,
        Attribute(
            0x00189170,
            "CS",
            "1",
            "1C",
            name="Respiratory Motion Compensation Technique",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Respiratory Motion Compensation Technique (0018,9170): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Applied technique to reduce respiratory motion artifacts. Defined Terms: NONE BREATH_HOLD REALTIME Image acquisition shorter than respiratory cycle GATING Prospective gating TRACKING Prospective through-plane or in-plane motion tracking PHA..."""

    RespiratorySignalSource: Annotated[
        _RespiratorySignalSourceTerm | vr.CS | None,
        Attribute(
            0x00189171,
            "CS",
            "1",
            "1C",
            name="Respiratory Signal Source",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("value", 0x00189170, 0, "not_in", ("NONE",)),
            ),
        ),
    ] = None
    """Respiratory Signal Source (0018,9171): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Respiratory Motion Compensation Technique (0018,9170) equals other than NONE. Otherwise may be present if Image Type (0008,0008) Value 1 is DERIVED and Respiratory Motion Compensation Technique (0018,9170) equals other than NONE. Signal source from which respiratory motion is derived. Defined Terms: NONE BELT includes various devices that detect or track expansion of the chest NASAL_PROBE CO2_SENSOR NAVIGATOR MR navigator and organ edge detection MR_PHASE phase (of..."""

    RespiratoryTriggerDelayThreshold: Annotated[
        vr.FD | None,
        Attribute(
            0x00209256,
            "FD",
            "1",
            "1C",
            name="Respiratory Trigger Delay Threshold",
            when=(
                "and",
                ("value", 0x00189170, 0, "not_in", ("NONE", "REALTIME", "BREATH_HOLD")),
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            ),
            otherwise="may",
        ),
    ] = None
    """Respiratory Trigger Delay Threshold (0020,9256): Type 1C, VR FD, VM 1. Required if Respiratory Motion Compensation Technique (0018,9170) equals other than NONE, REALTIME or BREATH_HOLD and if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Respiratory trigger threshold in percent of the chest expansion for the frame relative to the last Respiratory-Peak. See Section C.7.6.16.2.17.1 for further explanation."""

    RespiratoryTriggerType: Annotated[
        _RespiratoryTriggerTypeTerm | vr.CS | None,
        Attribute(
            0x00209250,
            "CS",
            "1",
            "1C",
            name="Respiratory Trigger Type",
            when=("unknown", "names no attribute: the value is not TIME"),
            otherwise="may",
        ),
    ] = None
    """Respiratory Trigger Type (0020,9250): Type 1C, VR CS, VM 1. Required if the value is not TIME, may be present otherwise. Characteristic of the respiratory signal used to the define the respiratory triggering. Defined Terms: TIME AMPLITUDE BOTH Required if the value is not TIME, may be present otherwise."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "RespiratoryMotionCompensationTechniqueTerm": (
        "dicomodel.enums.respiratory_motion_compensation_technique",
        "RespiratoryMotionCompensationTechniqueTerm",
    ),
    "RespiratorySignalSourceTerm": (
        "dicomodel.enums.respiratory_signal_source",
        "RespiratorySignalSourceTerm",
    ),
    "RespiratoryTriggerTypeTerm": (
        "dicomodel.enums.respiratory_trigger_type",
        "RespiratoryTriggerTypeTerm",
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
