"""Item class ChannelImpedanceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.impedance_measurement_current_type import (
        ImpedanceMeasurementCurrentTypeTerm as _ImpedanceMeasurementCurrentTypeTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _ImpedanceMeasurementCurrentTypeTerm = Lazy(
        "dicomodel.enums.impedance_measurement_current_type", "ImpedanceMeasurementCurrentTypeTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.impedance_measurement_current_type import (
        ImpedanceMeasurementCurrentTypeTerm as ImpedanceMeasurementCurrentTypeTerm,
    )

__all__ = [
    "ChannelImpedanceSequenceItem",
    "ImpedanceMeasurementCurrentTypeTerm",
]


class ChannelImpedanceSequenceItem(DicomModel):
    """An item of Channel Impedance Sequence (003A,0312), as first defined in Waveform Module Attributes (C.10-9)."""

    dicom_name: ClassVar[str] = "Channel Impedance Sequence"
    dicom_table: ClassVar[str] = "table_C.10-9"

    ImpedanceValue: Annotated[vr.DS, Attribute(0x003A0313, "DS", "1", "1", name="Impedance Value")]
    """Impedance Value (003A,0313): Type 1, VR DS, VM 1. Measured value of the impedance in Ohm."""

    ImpedanceMeasurementDateTime: Annotated[
        vr.DT, Attribute(0x003A0314, "DT", "1", "1", name="Impedance Measurement DateTime")
    ]
    """Impedance Measurement DateTime (003A,0314): Type 1, VR DT, VM 1. Point in time the measurement took place."""

    ImpedanceMeasurementFrequency: Annotated[
        vr.DS | None, Attribute(0x003A0315, "DS", "1", "3", name="Impedance Measurement Frequency")
    ] = None
    """Impedance Measurement Frequency (003A,0315): Type 3, VR DS, VM 1. Frequency of the impedance measurement current in Hz."""

    ImpedanceMeasurementCurrentType: Annotated[
        _ImpedanceMeasurementCurrentTypeTerm | vr.CS | None,
        Attribute(0x003A0316, "CS", "1", "3", name="Impedance Measurement Current Type"),
    ] = None
    """Impedance Measurement Current Type (003A,0316): Type 3, VR CS, VM 1. Type of current used to measure the impedance Defined Terms: AC DC"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ImpedanceMeasurementCurrentTypeTerm": (
        "dicomodel.enums.impedance_measurement_current_type",
        "ImpedanceMeasurementCurrentTypeTerm",
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
