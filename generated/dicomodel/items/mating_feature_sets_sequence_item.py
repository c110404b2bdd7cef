"""Item class MatingFeatureSetsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.mating_feature_sequence_item import (
        MatingFeatureSequenceItem as _MatingFeatureSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MatingFeatureSequenceItem = Lazy(
        "dicomodel.items.mating_feature_sequence_item", "MatingFeatureSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.degree_of_freedom_type import DegreeOfFreedomType as DegreeOfFreedomType
    from dicomodel.items.mating_feature_degree_of_freedom_sequence_item import (
        MatingFeatureDegreeOfFreedomSequenceItem as MatingFeatureDegreeOfFreedomSequenceItem,
    )
    from dicomodel.items.mating_feature_sequence_item import (
        MatingFeatureSequenceItem as MatingFeatureSequenceItem,
    )
    from dicomodel.items.two_d_degree_of_freedom_sequence_item import (
        TwoDDegreeOfFreedomSequenceItem as TwoDDegreeOfFreedomSequenceItem,
    )
    from dicomodel.items.two_d_mating_feature_coordinates_sequence_item import (
        TwoDMatingFeatureCoordinatesSequenceItem as TwoDMatingFeatureCoordinatesSequenceItem,
    )

__all__ = [
    "DegreeOfFreedomType",
    "MatingFeatureDegreeOfFreedomSequenceItem",
    "MatingFeatureSequenceItem",
    "MatingFeatureSetsSequenceItem",
    "TwoDDegreeOfFreedomSequenceItem",
    "TwoDMatingFeatureCoordinatesSequenceItem",
]


class MatingFeatureSetsSequenceItem(DicomModel):
    """An item of Mating Feature Sets Sequence (0068,63B0), as first defined in Generic Implant Template Mating Features Module Attributes (C.29.1.4-1)."""

    dicom_name: ClassVar[str] = "Mating Feature Sets Sequence"
    dicom_table: ClassVar[str] = "table_C.29.1.4-1"

    MatingFeatureSetID: Annotated[
        vr.US, Attribute(0x006863C0, "US", "1", "1", name="Mating Feature Set ID")
    ]
    """Mating Feature Set ID (0068,63C0): Type 1, VR US, VM 1. Identification number of the set. Uniquely identifies a mating feature set within this SOP Instance. The value shall start at 1, and increase monotonically by 1 for each Item."""

    MatingFeatureSetLabel: Annotated[
        vr.LO, Attribute(0x006863D0, "LO", "1", "1", name="Mating Feature Set Label")
    ]
    """Mating Feature Set Label (0068,63D0): Type 1, VR LO, VM 1. Label of the set."""

    MatingFeatureSequence: Annotated[
        list[_MatingFeatureSequenceItem],
        Attribute(0x006863E0, "SQ", "1", "1", name="Mating Feature Sequence"),
    ]
    """Mating Feature Sequence (0068,63E0): Type 1, VR SQ, VM 1. The mating features of the set. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DegreeOfFreedomType": ("dicomodel.enums.degree_of_freedom_type", "DegreeOfFreedomType"),
    "MatingFeatureDegreeOfFreedomSequenceItem": (
        "dicomodel.items.mating_feature_degree_of_freedom_sequence_item",
        "MatingFeatureDegreeOfFreedomSequenceItem",
    ),
    "MatingFeatureSequenceItem": (
        "dicomodel.items.mating_feature_sequence_item",
        "MatingFeatureSequenceItem",
    ),
    "TwoDDegreeOfFreedomSequenceItem": (
        "dicomodel.items.two_d_degree_of_freedom_sequence_item",
        "TwoDDegreeOfFreedomSequenceItem",
    ),
    "TwoDMatingFeatureCoordinatesSequenceItem": (
        "dicomodel.items.two_d_mating_feature_coordinates_sequence_item",
        "TwoDMatingFeatureCoordinatesSequenceItem",
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
