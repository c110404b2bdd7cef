"""Item class MotionSynchronizationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.respiratory_motion_compensation_technique import (
        RespiratoryMotionCompensationTechniqueTermRTPatientSetup as _RespiratoryMotionCompensationTechniqueTermRTPatientSetup,
    )
    from dicomodel.enums.respiratory_signal_source import (
        RespiratorySignalSourceTermRTPatientSetup as _RespiratorySignalSourceTermRTPatientSetup,
    )
else:
    from dicomodel.lazy import Lazy

    _RespiratoryMotionCompensationTechniqueTermRTPatientSetup = Lazy(
        "dicomodel.enums.respiratory_motion_compensation_technique",
        "RespiratoryMotionCompensationTechniqueTermRTPatientSetup",
    )
    _RespiratorySignalSourceTermRTPatientSetup = Lazy(
        "dicomodel.enums.respiratory_signal_source", "RespiratorySignalSourceTermRTPatientSetup"
    )

if TYPE_CHECKING:
    from dicomodel.enums.respiratory_motion_compensation_technique import (
        RespiratoryMotionCompensationTechniqueTermRTPatientSetup as RespiratoryMotionCompensationTechniqueTerm,
    )
    from dicomodel.enums.respiratory_signal_source import (
        RespiratorySignalSourceTermRTPatientSetup as RespiratorySignalSourceTerm,
    )

__all__ = [
    "MotionSynchronizationSequenceItem",
    "RespiratoryMotionCompensationTechniqueTerm",
    "RespiratorySignalSourceTerm",
]


class MotionSynchronizationSequenceItem(DicomModel):
    """An item of Motion Synchronization Sequence (300A,0410), as first defined in RT Patient Setup Module Attributes (C.8-48)."""

    dicom_name: ClassVar[str] = "Motion Synchronization Sequence"
    dicom_table: ClassVar[str] = "table_C.8-48"

    RespiratoryMotionCompensationTechnique: Annotated[
        _RespiratoryMotionCompensationTechniqueTermRTPatientSetup | vr.CS,
        Attribute(0x00189170, "CS", "1", "1", name="Respiratory Motion Compensation Technique"),
    ]
    """Respiratory Motion Compensation Technique (0018,9170): Type 1, VR CS, VM 1. Technique applied to reduce respiratory motion artifacts. Defined Terms: NONE BREATH_HOLD REALTIME image acquisition shorter than respiratory cycle GATING Prospective gating TRACKING prospective through-plane or in-plane motion tracking PHA..."""

    RespiratorySignalSource: Annotated[
        _RespiratorySignalSourceTermRTPatientSetup | vr.CS,
        Attribute(0x00189171, "CS", "1", "1", name="Respiratory Signal Source"),
    ]
    """Respiratory Signal Source (0018,9171): Type 1, VR CS, VM 1. Signal source from which respiratory motion is derived. Defined Terms: NONE BELT NASAL_PROBE CO2_SENSOR NAVIGATOR MR navigator and organ edge detection MR_PHASE phase (of center k-space line) ECG baseline demodulation of the ECG SPIROMETER..."""

    RespiratoryMotionCompensationTechniqueDescription: Annotated[
        vr.ST | None,
        Attribute(
            0x00189185, "ST", "1", "3", name="Respiratory Motion Compensation Technique Description"
        ),
    ] = None
    """Respiratory Motion Compensation Technique Description (0018,9185): Type 3, VR ST, VM 1. Description of respiratory motion compensation technique."""

    RespiratorySignalSourceID: Annotated[
        vr.SH | None, Attribute(0x00189186, "SH", "1", "3", name="Respiratory Signal Source ID")
    ] = None
    """Respiratory Signal Source ID (0018,9186): Type 3, VR SH, VM 1. Identifies the device providing the respiratory signal."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "RespiratoryMotionCompensationTechniqueTerm": (
        "dicomodel.enums.respiratory_motion_compensation_technique",
        "RespiratoryMotionCompensationTechniqueTermRTPatientSetup",
    ),
    "RespiratorySignalSourceTerm": (
        "dicomodel.enums.respiratory_signal_source",
        "RespiratorySignalSourceTermRTPatientSetup",
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
