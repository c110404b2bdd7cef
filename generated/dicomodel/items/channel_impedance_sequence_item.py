"""Item class ChannelImpedanceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import (
    impedance_measurement_current_type as _impedance_measurement_current_type,
)
from dicomodel.model import Attribute, DicomModel


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
        _impedance_measurement_current_type.ImpedanceMeasurementCurrentTypeTerm | vr.CS | None,
        Attribute(0x003A0316, "CS", "1", "3", name="Impedance Measurement Current Type"),
    ] = None
    """Impedance Measurement Current Type (003A,0316): Type 3, VR CS, VM 1. Type of current used to measure the impedance Defined Terms: AC DC"""
