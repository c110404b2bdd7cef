"""Cardiac Synchronization Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.cardiac_beat_rejection_technique import (
        CardiacBeatRejectionTechniqueTerm as _CardiacBeatRejectionTechniqueTerm,
    )
    from dicomodel.enums.cardiac_framing_type import (
        CardiacFramingTypeTerm as _CardiacFramingTypeTerm,
    )
    from dicomodel.enums.cardiac_signal_source import (
        CardiacSignalSourceTerm as _CardiacSignalSourceTerm,
    )
    from dicomodel.enums.cardiac_synchronization_technique import (
        CardiacSynchronizationTechniqueValue as _CardiacSynchronizationTechniqueValue,
    )
else:
    from dicomodel.lazy import Lazy

    _CardiacBeatRejectionTechniqueTerm = Lazy(
        "dicomodel.enums.cardiac_beat_rejection_technique", "CardiacBeatRejectionTechniqueTerm"
    )
    _CardiacFramingTypeTerm = Lazy("dicomodel.enums.cardiac_framing_type", "CardiacFramingTypeTerm")
    _CardiacSignalSourceTerm = Lazy(
        "dicomodel.enums.cardiac_signal_source", "CardiacSignalSourceTerm"
    )
    _CardiacSynchronizationTechniqueValue = Lazy(
        "dicomodel.enums.cardiac_synchronization_technique", "CardiacSynchronizationTechniqueValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.cardiac_beat_rejection_technique import (
        CardiacBeatRejectionTechniqueTerm as CardiacBeatRejectionTechniqueTerm,
    )
    from dicomodel.enums.cardiac_framing_type import (
        CardiacFramingTypeTerm as CardiacFramingTypeTerm,
    )
    from dicomodel.enums.cardiac_signal_source import (
        CardiacSignalSourceTerm as CardiacSignalSourceTerm,
    )
    from dicomodel.enums.cardiac_synchronization_technique import (
        CardiacSynchronizationTechnique as CardiacSynchronizationTechnique,
    )

__all__ = [
    "CardiacBeatRejectionTechniqueTerm",
    "CardiacFramingTypeTerm",
    "CardiacSignalSourceTerm",
    "CardiacSynchronizationModule",
    "CardiacSynchronizationTechnique",
]


class CardiacSynchronizationModule(DicomModel):
    """Cardiac Synchronization Module Attributes (PS3.3 Table C.7.6.18-1)."""

    dicom_name: ClassVar[str] = "Cardiac Synchronization"
    dicom_table: ClassVar[str] = "table_C.7.6.18-1"

    CardiacSynchronizationTechnique: Annotated[
        _CardiacSynchronizationTechniqueValue | None,
        Attribute(
            0x00189037,
            "CS",
            "1",
            "1C",
            name="Cardiac Synchronization Technique",
            enumerated=((0, ("NONE", "REALTIME", "PROSPECTIVE", "RETROSPECTIVE", "PACED")),),
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Cardiac Synchronization Technique (0018,9037): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Defines if a cardiac synchronization technique was applied during or after the acquisition. Enumerated Values: NONE REALTIME total time for the acquisition is shorter than cardiac cycle, no gating is applied PROSPECTIVE certain thresholds h..."""

    CardiacSignalSource: Annotated[
        _CardiacSignalSourceTerm | vr.CS | None,
        Attribute(
            0x00189085,
            "CS",
            "1",
            "1C",
            name="Cardiac Signal Source",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("value", 0x00189037, 0, "not_in", ("NONE",)),
            ),
        ),
    ] = None
    """Cardiac Signal Source (0018,9085): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synchronization Technique (0018,9037) equals other than NONE. Otherwise may be present if Image Type (0008,0008) Value 1 is DERIVED and Cardiac Synchronization Technique (0018,9037) equals other than NONE. Cardiac Signal Source. Defined Terms: ECG electrocardiogram VCG vector cardiogram PP peripheral pulse MR magnetic resonance, i.e., M-mode or cardiac navigator Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synch..."""

    CardiacRRIntervalSpecified: Annotated[
        vr.FD | None,
        Attribute(
            0x00189070,
            "FD",
            "1",
            "1C",
            name="Cardiac RR Interval Specified",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("value", 0x00189037, 0, "not_in", ("NONE",)),
            ),
        ),
    ] = None
    """Cardiac RR Interval Specified (0018,9070): Type 1C, VR FD, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synchronization Technique (0018,9037) equals other than NONE. Otherwise may be present if Image Type (0008,0008) Value 1 is DERIVED and Cardiac Synchronization Technique (0018,9037) equals other than NONE. R-R interval in ms measured prior to or during the scan. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synchronization Technique (0018,9037) equals other than NONE."""

    CardiacBeatRejectionTechnique: Annotated[
        _CardiacBeatRejectionTechniqueTerm | vr.CS | None,
        Attribute(
            0x00189169,
            "CS",
            "1",
            "1C",
            name="Cardiac Beat Rejection Technique",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("value", 0x00189037, 0, "in", ("PROSPECTIVE", "RETROSPECTIVE")),
            ),
        ),
    ] = None
    """Cardiac Beat Rejection Technique (0018,9169): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synchronization Technique (0018,9037) equals PROSPECTIVE or RETROSPECTIVE. Otherwise may be present if Image Type (0008,0008) Value 1 is DERIVED and Cardiac Synchronization Technique (0018,9037) equals PROSPECTIVE or RETROSPECTIVE. Cardiac arrhythmia rejection technique. Defined Terms: NONE RR_INTERVAL rejection based on deviation from average RR interval QRS_LOOP rejection based on deviation from regular QRS loop PVC rejection based on PVC criteria Required if Image..."""

    LowRRValue: Annotated[
        vr.IS | None,
        Attribute(
            0x00181081,
            "IS",
            "1",
            "2C",
            name="Low R-R Value",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("value", 0x00189037, 0, "in", ("PROSPECTIVE", "RETROSPECTIVE")),
            ),
        ),
    ] = None
    """Low R-R Value (0018,1081): Type 2C, VR IS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synchronization Technique (0018,9037) equals PROSPECTIVE or RETROSPECTIVE. Otherwise may be present if Image Type (0008,0008) Value 1 is DERIVED and Cardiac Synchronization Technique (0018,9037) equals PROSPECTIVE or RETROSPECTIVE. R-R interval low limit for beat rejection, in ms. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synchronization Technique (0018,9037) equals PROSPECTIVE or RETROSPECTIVE."""

    HighRRValue: Annotated[
        vr.IS | None,
        Attribute(
            0x00181082,
            "IS",
            "1",
            "2C",
            name="High R-R Value",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("value", 0x00189037, 0, "in", ("PROSPECTIVE", "RETROSPECTIVE")),
            ),
        ),
    ] = None
    """High R-R Value (0018,1082): Type 2C, VR IS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synchronization Technique (0018,9037) equals PROSPECTIVE or RETROSPECTIVE. Otherwise may be present if Image Type (0008,0008) Value 1 is DERIVED and Cardiac Synchronization Technique (0018,9037) equals PROSPECTIVE or RETROSPECTIVE. R-R interval high limit for beat rejection, in ms. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synchronization Technique (0018,9037) equals PROSPECTIVE or RETROSPECTIVE."""

    IntervalsAcquired: Annotated[
        vr.IS | None,
        Attribute(
            0x00181083,
            "IS",
            "1",
            "2C",
            name="Intervals Acquired",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("value", 0x00189037, 0, "not_in", ("NONE",)),
            ),
        ),
    ] = None
    """Intervals Acquired (0018,1083): Type 2C, VR IS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synchronization Technique (0018,9037) equals other than NONE. Otherwise may be present if Image Type (0008,0008) Value 1 is DERIVED and Cardiac Synchronization Technique (0018,9037) equals other than NONE. Number of R-R intervals acquired and used to create the image (not including the intervals rejected). Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synchronization Technique (0018,9037) equals other than NONE."""

    IntervalsRejected: Annotated[
        vr.IS | None,
        Attribute(
            0x00181084,
            "IS",
            "1",
            "2C",
            name="Intervals Rejected",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("value", 0x00189037, 0, "not_in", ("NONE",)),
            ),
        ),
    ] = None
    """Intervals Rejected (0018,1084): Type 2C, VR IS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synchronization Technique (0018,9037) equals other than NONE. Otherwise may be present if Image Type (0008,0008) Value 1 is DERIVED and Cardiac Synchronization Technique (0018,9037) equals other than NONE. Number of R-R intervals rejected. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synchronization Technique (0018,9037) equals other than NONE."""

    SkipBeats: Annotated[vr.IS | None, Attribute(0x00181086, "IS", "1", "3", name="Skip Beats")] = (
        None
    )
    """Skip Beats (0018,1086): Type 3, VR IS, VM 1. Number of beats prescribed to be skipped after each detected arrhythmia."""

    CardiacFramingType: Annotated[
        _CardiacFramingTypeTerm | vr.LO | None,
        Attribute(
            0x00181064,
            "LO",
            "1",
            "1C",
            name="Cardiac Framing Type",
            when=(
                "unknown",
                "names no attribute: type of framing is not time forward from trigger",
            ),
            otherwise="may",
        ),
    ] = None
    """Cardiac Framing Type (0018,1064): Type 1C, VR LO, VM 1. Required if type of framing is not time forward from trigger, may be present otherwise. Description of type of framing performed. See Section C.7.6.18.1.1.1 for description and Defined Terms. Required if type of framing is not time forward from trigger, may be present otherwise."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CardiacBeatRejectionTechniqueTerm": (
        "dicomodel.enums.cardiac_beat_rejection_technique",
        "CardiacBeatRejectionTechniqueTerm",
    ),
    "CardiacFramingTypeTerm": ("dicomodel.enums.cardiac_framing_type", "CardiacFramingTypeTerm"),
    "CardiacSignalSourceTerm": ("dicomodel.enums.cardiac_signal_source", "CardiacSignalSourceTerm"),
    "CardiacSynchronizationTechnique": (
        "dicomodel.enums.cardiac_synchronization_technique",
        "CardiacSynchronizationTechnique",
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
