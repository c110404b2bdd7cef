"""Item class CardiacSynchronizationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "CardiacSynchronizationSequenceItem",
]


class CardiacSynchronizationSequenceItem(DicomModel):
    """An item of Cardiac Synchronization Sequence (0018,9118), as first defined in Cardiac Synchronization Macro Attributes (C.7.6.16-8)."""

    dicom_name: ClassVar[str] = "Cardiac Synchronization Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.16-8"

    NominalPercentageOfCardiacPhase: Annotated[
        vr.FL | None,
        Attribute(
            0x00209241,
            "FL",
            "1",
            "1C",
            name="Nominal Percentage of Cardiac Phase",
            when=("unknown", "names no attribute: used as a dimension index"),
            otherwise="may",
        ),
    ] = None
    """Nominal Percentage of Cardiac Phase (0020,9241): Type 1C, VR FL, VM 1. Required if used as a dimension index, may be present otherwise. The nominal time relative to the preceding R peak divided by the nominal R-R interval multiplied by 100. Required if used as a dimension index, may be present otherwise."""

    NominalCardiacTriggerDelayTime: Annotated[
        vr.FD, Attribute(0x00209153, "FD", "1", "1", name="Nominal Cardiac Trigger Delay Time")
    ]
    """Nominal Cardiac Trigger Delay Time (0020,9153): Type 1, VR FD, VM 1. The nominal time in ms from the time of the previous R-peak to the value of Frame Reference DateTime (0018,9151) expressed as a positive value. See Section C.7.6.16.2.7.1 for further explanation."""

    ActualCardiacTriggerDelayTime: Annotated[
        vr.FD | None,
        Attribute(
            0x00209252,
            "FD",
            "1",
            "1C",
            name="Actual Cardiac Trigger Delay Time",
            when=("and", ("present", 0x00181083), ("value", 0x00181083, 0, "in", (1,))),
            otherwise="may",
        ),
    ] = None
    """Actual Cardiac Trigger Delay Time (0020,9252): Type 1C, VR FD, VM 1. Required if Intervals Acquired (0018,1083) is present and has a value of 1. May be present otherwise. The actual time in ms from the time of the previous R-peak to the value of Frame Reference DateTime (0018,9151) expressed as a positive value. See Section C.7.6.16.2.7.1 for further explanation."""

    NominalCardiacTriggerTimePriorToRPeak: Annotated[
        vr.FL | None,
        Attribute(0x00209154, "FL", "1", "3", name="Nominal Cardiac Trigger Time Prior to R-peak"),
    ] = None
    """Nominal Cardiac Trigger Time Prior to R-peak (0020,9154): Type 3, VR FL, VM 1. The nominal time in ms from the time of the next R-peak to the value of Frame Reference DateTime (0018,9151) expressed as a negative value. See Section C.7.6.16.2.7.1 for further explanation."""

    ActualCardiacTriggerTimePriorToRPeak: Annotated[
        vr.FL | None,
        Attribute(0x00209155, "FL", "1", "3", name="Actual Cardiac Trigger Time Prior to R-peak"),
    ] = None
    """Actual Cardiac Trigger Time Prior to R-peak (0020,9155): Type 3, VR FL, VM 1. The actual time in ms from the time of the next R-peak to the value of Frame Reference DateTime (0018,9151) expressed as a negative value. See Section C.7.6.16.2.7.1 for further explanation."""

    IntervalsAcquired: Annotated[
        vr.IS | None, Attribute(0x00181083, "IS", "1", "3", name="Intervals Acquired")
    ] = None
    """Intervals Acquired (0018,1083): Type 3, VR IS, VM 1. Number of R-R intervals acquired."""

    IntervalsRejected: Annotated[
        vr.IS | None, Attribute(0x00181084, "IS", "1", "3", name="Intervals Rejected")
    ] = None
    """Intervals Rejected (0018,1084): Type 3, VR IS, VM 1. Number of R-R intervals rejected."""

    HeartRate: Annotated[vr.IS | None, Attribute(0x00181088, "IS", "1", "3", name="Heart Rate")] = (
        None
    )
    """Heart Rate (0018,1088): Type 3, VR IS, VM 1. Average number of heart beats per minute for the collection period for this frame. This shall include all accepted beats as well as rejected beats."""

    RRIntervalTimeNominal: Annotated[
        vr.FD | None,
        Attribute(
            0x00209251,
            "FD",
            "1",
            "1C",
            name="R-R Interval Time Nominal",
            when=("value", 0x00189037, 0, "not_in", ("NONE", "REALTIME")),
            otherwise="may",
        ),
    ] = None
    """R-R Interval Time Nominal (0020,9251): Type 1C, VR FD, VM 1. Required if Cardiac Synchronization Technique (0018,9037) equals other than NONE or REALTIME. May be present otherwise. Nominal R-peak - R-peak interval time in ms for the cardiac cycle used for the acquisition of this frame. See Section C.7.6.16.2.7.1 for further explanation."""

    LowRRValue: Annotated[
        vr.IS | None, Attribute(0x00181081, "IS", "1", "3", name="Low R-R Value")
    ] = None
    """Low R-R Value (0018,1081): Type 3, VR IS, VM 1. R-R interval low limit for beat rejection, in ms."""

    HighRRValue: Annotated[
        vr.IS | None, Attribute(0x00181082, "IS", "1", "3", name="High R-R Value")
    ] = None
    """High R-R Value (0018,1082): Type 3, VR IS, VM 1. R-R interval high limit for beat rejection, in ms."""
