"""Item class RecordedSourceApplicatorSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.source_applicator_type import (
        SourceApplicatorTypeTerm as _SourceApplicatorTypeTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _SourceApplicatorTypeTerm = Lazy(
        "dicomodel.enums.source_applicator_type", "SourceApplicatorTypeTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.source_applicator_type import (
        SourceApplicatorTypeTerm as SourceApplicatorTypeTerm,
    )

__all__ = [
    "RecordedSourceApplicatorSequenceItem",
    "SourceApplicatorTypeTerm",
]


class RecordedSourceApplicatorSequenceItem(DicomModel):
    """An item of Recorded Source Applicator Sequence (3008,0140), as first defined in RT Brachy Session Record Module Attributes (C.8-58)."""

    dicom_name: ClassVar[str] = "Recorded Source Applicator Sequence"
    dicom_table: ClassVar[str] = "table_C.8-58"

    ReferencedSourceApplicatorNumber: Annotated[
        vr.IS | None,
        Attribute(0x30080142, "IS", "1", "2", name="Referenced Source Applicator Number"),
    ]
    """Referenced Source Applicator Number (3008,0142): Type 2, VR IS, VM 1. Identification number of the Source Applicator. The value of Source Applicator Number (300A,0290) shall be unique within the Channel in which it is created."""

    SourceApplicatorID: Annotated[
        vr.SH | None, Attribute(0x300A0291, "SH", "1", "2", name="Source Applicator ID")
    ]
    """Source Applicator ID (300A,0291): Type 2, VR SH, VM 1. User or machine supplied identifier for Source Applicator."""

    SourceApplicatorType: Annotated[
        _SourceApplicatorTypeTerm | vr.CS,
        Attribute(0x300A0292, "CS", "1", "1", name="Source Applicator Type"),
    ]
    """Source Applicator Type (300A,0292): Type 1, VR CS, VM 1. Type of Source Applicator. Defined Terms: FLEXIBLE RIGID"""

    SourceApplicatorName: Annotated[
        vr.LO | None, Attribute(0x300A0294, "LO", "1", "3", name="Source Applicator Name")
    ] = None
    """Source Applicator Name (300A,0294): Type 3, VR LO, VM 1. User-defined name for Source Applicator."""

    SourceApplicatorLength: Annotated[
        vr.DS, Attribute(0x300A0296, "DS", "1", "1", name="Source Applicator Length")
    ]
    """Source Applicator Length (300A,0296): Type 1, VR DS, VM 1. Length of Source Applicator (mm), defined as the distance between the connector of the applicator and the distal-most position of the source."""

    SourceApplicatorTipLength: Annotated[
        vr.DS | None,
        Attribute(
            0x300A0274,
            "DS",
            "1",
            "2C",
            name="Source Applicator Tip Length",
            when=("present", 0x300A0271),
        ),
    ] = None
    """Source Applicator Tip Length (300A,0274): Type 2C, VR DS, VM 1. Required if Channel Effective Length (300A,0271) is present. Length of Source Applicator Tip (in mm), defined as the distance between the outer tip of the applicator and the center of the distal-most possible position of the source. Required if Channel Effective Length (300A,0271) is present."""

    SourceApplicatorManufacturer: Annotated[
        vr.LO | None, Attribute(0x300A0298, "LO", "1", "3", name="Source Applicator Manufacturer")
    ] = None
    """Source Applicator Manufacturer (300A,0298): Type 3, VR LO, VM 1. Manufacturer of Source Applicator."""

    SourceApplicatorStepSize: Annotated[
        vr.DS | None,
        Attribute(
            0x300A02A0,
            "DS",
            "1",
            "1C",
            name="Source Applicator Step Size",
            when=("value", 0x300A0288, 0, "in", ("STEPWISE",)),
        ),
    ] = None
    """Source Applicator Step Size (300A,02A0): Type 1C, VR DS, VM 1. Required if Source Movement Type (300A,0288) is STEPWISE. Distance of path along channel (mm) between adjacent (potential) dwell positions. Required if Source Movement Type (300A,0288) is STEPWISE."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "SourceApplicatorTypeTerm": (
        "dicomodel.enums.source_applicator_type",
        "SourceApplicatorTypeTerm",
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
