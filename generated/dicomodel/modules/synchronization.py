"""Synchronization Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_time_synchronized import (
        AcquisitionTimeSynchronizedValue as _AcquisitionTimeSynchronizedValue,
    )
    from dicomodel.enums.synchronization_trigger import (
        SynchronizationTriggerValue as _SynchronizationTriggerValue,
    )
    from dicomodel.enums.time_distribution_protocol import (
        TimeDistributionProtocolValue as _TimeDistributionProtocolValue,
    )
else:
    from dicomodel.lazy import Lazy

    _AcquisitionTimeSynchronizedValue = Lazy(
        "dicomodel.enums.acquisition_time_synchronized", "AcquisitionTimeSynchronizedValue"
    )
    _SynchronizationTriggerValue = Lazy(
        "dicomodel.enums.synchronization_trigger", "SynchronizationTriggerValue"
    )
    _TimeDistributionProtocolValue = Lazy(
        "dicomodel.enums.time_distribution_protocol", "TimeDistributionProtocolValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_time_synchronized import (
        AcquisitionTimeSynchronized as AcquisitionTimeSynchronized,
    )
    from dicomodel.enums.synchronization_trigger import (
        SynchronizationTrigger as SynchronizationTrigger,
    )
    from dicomodel.enums.time_distribution_protocol import (
        TimeDistributionProtocol as TimeDistributionProtocol,
    )

__all__ = [
    "AcquisitionTimeSynchronized",
    "SynchronizationModule",
    "SynchronizationTrigger",
    "TimeDistributionProtocol",
]


class SynchronizationModule(DicomModel):
    """Synchronization Module Attributes (PS3.3 Table C.7-7)."""

    dicom_name: ClassVar[str] = "Synchronization"
    dicom_table: ClassVar[str] = "table_C.7-7"

    SynchronizationFrameOfReferenceUID: Annotated[
        vr.UI, Attribute(0x00200200, "UI", "1", "1", name="Synchronization Frame of Reference UID")
    ]
    """Synchronization Frame of Reference UID (0020,0200): Type 1, VR UI, VM 1. UID of common synchronization environment. See Section C.7.4.2.1.1."""

    SynchronizationTrigger: Annotated[
        _SynchronizationTriggerValue,
        Attribute(
            0x0018106A,
            "CS",
            "1",
            "1",
            name="Synchronization Trigger",
            enumerated=((0, ("SOURCE", "EXTERNAL", "PASSTHRU", "NO TRIGGER")),),
        ),
    ]
    """Synchronization Trigger (0018,106A): Type 1, VR CS, VM 1. Data acquisition synchronization with external equipment Enumerated Values: SOURCE this equipment provides synchronization channel or trigger to other equipment EXTERNAL this equipment receives synchronization channel or trigger from other..."""

    TriggerSourceOrType: Annotated[
        vr.LO | None, Attribute(0x00181061, "LO", "1", "3", name="Trigger Source or Type")
    ] = None
    """Trigger Source or Type (0018,1061): Type 3, VR LO, VM 1. Specifies equipment ID of trigger source and/or type of trigger."""

    SynchronizationChannel: Annotated[
        list[vr.US] | None,
        Attribute(
            0x0018106C,
            "US",
            "2",
            "1C",
            name="Synchronization Channel",
            when=("unknown", "depends on the synchronization of the acquisition"),
        ),
    ] = None
    """Synchronization Channel (0018,106C): Type 1C, VR US, VM 2. Required if synchronization channel or trigger is encoded in a waveform in this SOP Instance. Identifier of waveform channel that records the synchronization channel or trigger, see Section C.7.4.2.1.3. Required if synchronization channel or trigger is encoded in a waveform in this SOP Instance."""

    AcquisitionTimeSynchronized: Annotated[
        _AcquisitionTimeSynchronizedValue,
        Attribute(
            0x00181800,
            "CS",
            "1",
            "1",
            name="Acquisition Time Synchronized",
            enumerated=((0, ("Y", "N")),),
        ),
    ]
    """Acquisition Time Synchronized (0018,1800): Type 1, VR CS, VM 1. Acquisition DateTime (0008,002A) synchronized with external time reference. Enumerated Values: Y N See Section C.7.4.2.1.4"""

    TimeSource: Annotated[
        vr.SH | None, Attribute(0x00181801, "SH", "1", "3", name="Time Source")
    ] = None
    """Time Source (0018,1801): Type 3, VR SH, VM 1. ID of equipment or system providing time reference."""

    TimeDistributionProtocol: Annotated[
        _TimeDistributionProtocolValue | None,
        Attribute(
            0x00181802,
            "CS",
            "1",
            "3",
            name="Time Distribution Protocol",
            enumerated=((0, ("NTP", "IRIG", "GPS", "SNTP", "PTP")),),
        ),
    ] = None
    """Time Distribution Protocol (0018,1802): Type 3, VR CS, VM 1. Method of time distribution used to synchronize this equipment. Enumerated Values: NTP Network Time Protocol IRIG Inter Range Instrumentation Group GPS Global Positioning System SNTP Simple Network Time Protocol PTP IEEE 1588 Precision Time..."""

    NTPSourceAddress: Annotated[
        vr.LO | None, Attribute(0x00181803, "LO", "1", "3", name="NTP Source Address")
    ] = None
    """NTP Source Address (0018,1803): Type 3, VR LO, VM 1. IP Address of NTP, SNTP, or PTP time source. IPv4 addresses shall be in dotted decimal (e.g., 192.168.1.1). The IPv6 addresses shall be in colon separated hexadecimal (e.g., 12:34:56:78:9a:bc:de:f0)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcquisitionTimeSynchronized": (
        "dicomodel.enums.acquisition_time_synchronized",
        "AcquisitionTimeSynchronized",
    ),
    "SynchronizationTrigger": ("dicomodel.enums.synchronization_trigger", "SynchronizationTrigger"),
    "TimeDistributionProtocol": (
        "dicomodel.enums.time_distribution_protocol",
        "TimeDistributionProtocol",
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
