"""Item class RTTreatmentPhaseIntervalSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.temporal_relationship_interval_anchor import (
        TemporalRelationshipIntervalAnchorValue as _TemporalRelationshipIntervalAnchorValue,
    )
else:
    from dicomodel.lazy import Lazy

    _TemporalRelationshipIntervalAnchorValue = Lazy(
        "dicomodel.enums.temporal_relationship_interval_anchor",
        "TemporalRelationshipIntervalAnchorValue",
    )

if TYPE_CHECKING:
    from dicomodel.enums.temporal_relationship_interval_anchor import (
        TemporalRelationshipIntervalAnchor as TemporalRelationshipIntervalAnchor,
    )

__all__ = [
    "RTTreatmentPhaseIntervalSequenceItem",
    "TemporalRelationshipIntervalAnchor",
]


class RTTreatmentPhaseIntervalSequenceItem(DicomModel):
    """An item of RT Treatment Phase Interval Sequence (3010,004E), as first defined in RT Treatment Phase Interval Macro Attributes (C.36.2.1.3-1)."""

    dicom_name: ClassVar[str] = "RT Treatment Phase Interval Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.1.3-1"

    BasisRTTreatmentPhaseIndex: Annotated[
        vr.US, Attribute(0x3010003E, "US", "1", "1", name="Basis RT Treatment Phase Index")
    ]
    """Basis RT Treatment Phase Index (3010,003E): Type 1, VR US, VM 1. The RT Treatment Phase which provides the basis for this interval. This index corresponds to an Item in the Intended RT Treatment Phase Sequence (3010,004B). See Section C.36.2.1.3.1."""

    RelatedRTTreatmentPhaseIndex: Annotated[
        vr.US, Attribute(0x3010003F, "US", "1", "1", name="Related RT Treatment Phase Index")
    ]
    """Related RT Treatment Phase Index (3010,003F): Type 1, VR US, VM 1. The RT Treatment Phase which is related to the phase identified by Basis RT Treatment Phase Index (3010,003E). Each RT Treatment Phase Index value shall appear in this Attribute in only one Item within this Sequence."""

    TemporalRelationshipIntervalAnchor: Annotated[
        _TemporalRelationshipIntervalAnchorValue | None,
        Attribute(
            0x3010004F,
            "CS",
            "1",
            "1C",
            name="Temporal Relationship Interval Anchor",
            enumerated=((0, ("START", "END")),),
            when=("or", ("has_value", 0x30100050), ("has_value", 0x30100051)),
        ),
    ] = None
    """Temporal Relationship Interval Anchor (3010,004F): Type 1C, VR CS, VM 1. Required if a value is present in Minimum Number of Interval Days (3010,0050) or Maximum Number of Interval Days (3010,0051). The anchor point of the interval specified in this Item with respect to the phase referenced by the Basis RT Treatment Phase Index (3010,003E)."""

    MinimumNumberOfIntervalDays: Annotated[
        vr.FD | None, Attribute(0x30100050, "FD", "1", "2", name="Minimum Number of Interval Days")
    ]
    """Minimum Number of Interval Days (3010,0050): Type 2, VR FD, VM 1. The minimum number of days that the start of the related phase should follow the basis phase referenced in Basis RT Treatment Phase Index (3010,003E). Fractional values are allowed."""

    MaximumNumberOfIntervalDays: Annotated[
        vr.FD | None, Attribute(0x30100051, "FD", "1", "2", name="Maximum Number of Interval Days")
    ]
    """Maximum Number of Interval Days (3010,0051): Type 2, VR FD, VM 1. The maximum number of days that the start of the related phase should follow the basis phase referenced Basis RT Treatment Phase Index (3010,003E). Fractional values are allowed."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "TemporalRelationshipIntervalAnchor": (
        "dicomodel.enums.temporal_relationship_interval_anchor",
        "TemporalRelationshipIntervalAnchor",
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
