"""PET Multi-Gated Acquisition Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.beat_rejection_flag import (
        BeatRejectionFlagValue as _BeatRejectionFlagValue,
    )
    from dicomodel.enums.cardiac_framing_type import (
        CardiacFramingTypeTerm as _CardiacFramingTypeTerm,
    )
    from dicomodel.enums.trigger_source_or_type import (
        TriggerSourceOrTypeTerm as _TriggerSourceOrTypeTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _BeatRejectionFlagValue = Lazy("dicomodel.enums.beat_rejection_flag", "BeatRejectionFlagValue")
    _CardiacFramingTypeTerm = Lazy("dicomodel.enums.cardiac_framing_type", "CardiacFramingTypeTerm")
    _TriggerSourceOrTypeTerm = Lazy(
        "dicomodel.enums.trigger_source_or_type", "TriggerSourceOrTypeTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.beat_rejection_flag import BeatRejectionFlag as BeatRejectionFlag
    from dicomodel.enums.cardiac_framing_type import (
        CardiacFramingTypeTerm as CardiacFramingTypeTerm,
    )
    from dicomodel.enums.trigger_source_or_type import (
        TriggerSourceOrTypeTerm as TriggerSourceOrTypeTerm,
    )

__all__ = [
    "BeatRejectionFlag",
    "CardiacFramingTypeTerm",
    "PETMultiGatedAcquisitionModule",
    "TriggerSourceOrTypeTerm",
]


class PETMultiGatedAcquisitionModule(DicomModel):
    """PET Multi-Gated Acquisition Module Attributes (PS3.3 Table C.8-62)."""

    dicom_name: ClassVar[str] = "PET Multi-Gated Acquisition"
    dicom_table: ClassVar[str] = "table_C.8-62"

    BeatRejectionFlag: Annotated[
        _BeatRejectionFlagValue | None,
        Attribute(
            0x00181080, "CS", "1", "2", name="Beat Rejection Flag", enumerated=((0, ("Y", "N")),)
        ),
    ]
    """Beat Rejection Flag (0018,1080): Type 2, VR CS, VM 1. Heart beat duration sorting has been applied. Enumerated Values: Y yes N no"""

    TriggerSourceOrType: Annotated[
        _TriggerSourceOrTypeTerm | vr.LO | None,
        Attribute(0x00181061, "LO", "1", "3", name="Trigger Source or Type"),
    ] = None
    """Trigger Source or Type (0018,1061): Type 3, VR LO, VM 1. Text indicating trigger source. Defined Terms: EKG"""

    PVCRejection: Annotated[
        vr.LO | None, Attribute(0x00181085, "LO", "1", "3", name="PVC Rejection")
    ] = None
    """PVC Rejection (0018,1085): Type 3, VR LO, VM 1. Description of the type of PVC rejection criteria used."""

    SkipBeats: Annotated[vr.IS | None, Attribute(0x00181086, "IS", "1", "3", name="Skip Beats")] = (
        None
    )
    """Skip Beats (0018,1086): Type 3, VR IS, VM 1. Number of beats skipped after a detected arrhythmia."""

    HeartRate: Annotated[vr.IS | None, Attribute(0x00181088, "IS", "1", "3", name="Heart Rate")] = (
        None
    )
    """Heart Rate (0018,1088): Type 3, VR IS, VM 1. Average number of heart beats per minute for the collection period for this image. This shall include all accepted beats as well as rejected beats."""

    CardiacFramingType: Annotated[
        _CardiacFramingTypeTerm | vr.LO | None,
        Attribute(0x00181064, "LO", "1", "3", name="Cardiac Framing Type"),
    ] = None
    """Cardiac Framing Type (0018,1064): Type 3, VR LO, VM 1. Description of type of framing performed. See Section C.7.6.18.1.1.1 for description and Defined Terms."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BeatRejectionFlag": ("dicomodel.enums.beat_rejection_flag", "BeatRejectionFlag"),
    "CardiacFramingTypeTerm": ("dicomodel.enums.cardiac_framing_type", "CardiacFramingTypeTerm"),
    "TriggerSourceOrTypeTerm": (
        "dicomodel.enums.trigger_source_or_type",
        "TriggerSourceOrTypeTerm",
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
