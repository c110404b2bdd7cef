"""Generic Implant Template Mating Features Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.mating_feature_sets_sequence_item import (
        MatingFeatureSetsSequenceItem as _MatingFeatureSetsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MatingFeatureSetsSequenceItem = Lazy(
        "dicomodel.items.mating_feature_sets_sequence_item", "MatingFeatureSetsSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.degree_of_freedom_type import DegreeOfFreedomType as DegreeOfFreedomType
    from dicomodel.items.mating_feature_degree_of_freedom_sequence_item import (
        MatingFeatureDegreeOfFreedomSequenceItem as MatingFeatureDegreeOfFreedomSequenceItem,
    )
    from dicomodel.items.mating_feature_sequence_item import (
        MatingFeatureSequenceItem as MatingFeatureSequenceItem,
    )
    from dicomodel.items.mating_feature_sets_sequence_item import (
        MatingFeatureSetsSequenceItem as MatingFeatureSetsSequenceItem,
    )
    from dicomodel.items.two_d_degree_of_freedom_sequence_item import (
        TwoDDegreeOfFreedomSequenceItem as TwoDDegreeOfFreedomSequenceItem,
    )
    from dicomodel.items.two_d_mating_feature_coordinates_sequence_item import (
        TwoDMatingFeatureCoordinatesSequenceItem as TwoDMatingFeatureCoordinatesSequenceItem,
    )

__all__ = [
    "DegreeOfFreedomType",
    "GenericImplantTemplateMatingFeaturesModule",
    "MatingFeatureDegreeOfFreedomSequenceItem",
    "MatingFeatureSequenceItem",
    "MatingFeatureSetsSequenceItem",
    "TwoDDegreeOfFreedomSequenceItem",
    "TwoDMatingFeatureCoordinatesSequenceItem",
]


class GenericImplantTemplateMatingFeaturesModule(DicomModel):
    """Generic Implant Template Mating Features Module Attributes (PS3.3 Table C.29.1.4-1)."""

    dicom_name: ClassVar[str] = "Generic Implant Template Mating Features"
    dicom_table: ClassVar[str] = "table_C.29.1.4-1"

    MatingFeatureSetsSequence: Annotated[
        list[_MatingFeatureSetsSequenceItem] | None,
        Attribute(0x006863B0, "SQ", "1", "3", name="Mating Feature Sets Sequence"),
    ] = None
    """Mating Feature Sets Sequence (0068,63B0): Type 3, VR SQ, VM 1. Mating feature sets used to combine the implant with other implants. One or more Items shall be included in this Sequence."""


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
    "MatingFeatureSetsSequenceItem": (
        "dicomodel.items.mating_feature_sets_sequence_item",
        "MatingFeatureSetsSequenceItem",
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
