"""Item class FractionBasedRelationshipSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.fraction_based_relationship_interval_anchor import (
        FractionBasedRelationshipIntervalAnchorValue as _FractionBasedRelationshipIntervalAnchorValue,
    )
else:
    from dicomodel.lazy import Lazy

    _FractionBasedRelationshipIntervalAnchorValue = Lazy(
        "dicomodel.enums.fraction_based_relationship_interval_anchor",
        "FractionBasedRelationshipIntervalAnchorValue",
    )

if TYPE_CHECKING:
    from dicomodel.enums.fraction_based_relationship_interval_anchor import (
        FractionBasedRelationshipIntervalAnchor as FractionBasedRelationshipIntervalAnchor,
    )

__all__ = [
    "FractionBasedRelationshipIntervalAnchor",
    "FractionBasedRelationshipSequenceItem",
]


class FractionBasedRelationshipSequenceItem(DicomModel):
    """An item of Fraction-Based Relationship Sequence (3010,0082), as first defined in RT Enhanced Prescription Module Attributes (C.36.6-1)."""

    dicom_name: ClassVar[str] = "Fraction-Based Relationship Sequence"
    dicom_table: ClassVar[str] = "table_C.36.6-1"

    ReferencedRTPrescriptionIndex: Annotated[
        vr.US, Attribute(0x30100041, "US", "1", "1", name="Referenced RT Prescription Index")
    ]
    """Referenced RT Prescription Index (3010,0041): Type 1, VR US, VM 1. Value of RT Prescription Index (3010,003C) in the RT Prescription Sequence (3010,006B) specifying the prescription to which the current prescription is related."""

    FractionBasedRelationshipIntervalAnchor: Annotated[
        _FractionBasedRelationshipIntervalAnchorValue,
        Attribute(
            0x30100083,
            "CS",
            "1",
            "1",
            name="Fraction-Based Relationship Interval Anchor",
            enumerated=((0, ("START", "END")),),
        ),
    ]
    """Fraction-Based Relationship Interval Anchor (3010,0083): Type 1, VR CS, VM 1. The anchor point of this RT Prescription Sequence Item with respect to the prescription referenced by Referenced RT Prescription Index (3010,0041)."""

    NumberOfIntervalFractions: Annotated[
        vr.IS, Attribute(0x3010007C, "IS", "1", "1", name="Number of Interval Fractions")
    ]
    """Number of Interval Fractions (3010,007C): Type 1, VR IS, VM 1. The interval expressed in number of fractions. The Fraction-Based Relationship Interval Anchor (3010,0083) establishes the anchor point to which the interval is tied."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FractionBasedRelationshipIntervalAnchor": (
        "dicomodel.enums.fraction_based_relationship_interval_anchor",
        "FractionBasedRelationshipIntervalAnchor",
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
