"""Item class MatingFeatureSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.mating_feature_degree_of_freedom_sequence_item import (
        MatingFeatureDegreeOfFreedomSequenceItem as _MatingFeatureDegreeOfFreedomSequenceItem,
    )
    from dicomodel.items.two_d_mating_feature_coordinates_sequence_item import (
        TwoDMatingFeatureCoordinatesSequenceItem as _TwoDMatingFeatureCoordinatesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MatingFeatureDegreeOfFreedomSequenceItem = Lazy(
        "dicomodel.items.mating_feature_degree_of_freedom_sequence_item",
        "MatingFeatureDegreeOfFreedomSequenceItem",
    )
    _TwoDMatingFeatureCoordinatesSequenceItem = Lazy(
        "dicomodel.items.two_d_mating_feature_coordinates_sequence_item",
        "TwoDMatingFeatureCoordinatesSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.degree_of_freedom_type import DegreeOfFreedomType as DegreeOfFreedomType
    from dicomodel.items.mating_feature_degree_of_freedom_sequence_item import (
        MatingFeatureDegreeOfFreedomSequenceItem as MatingFeatureDegreeOfFreedomSequenceItem,
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
    "TwoDDegreeOfFreedomSequenceItem",
    "TwoDMatingFeatureCoordinatesSequenceItem",
]


class MatingFeatureSequenceItem(DicomModel):
    """An item of Mating Feature Sequence (0068,63E0), as first defined in Generic Implant Template Mating Features Module Attributes (C.29.1.4-1)."""

    dicom_name: ClassVar[str] = "Mating Feature Sequence"
    dicom_table: ClassVar[str] = "table_C.29.1.4-1"

    MatingFeatureID: Annotated[
        vr.US, Attribute(0x006863F0, "US", "1", "1", name="Mating Feature ID")
    ]
    """Mating Feature ID (0068,63F0): Type 1, VR US, VM 1. Numeric ID of the mating feature. Uniquely identifies a mating feature within this Sequence Item."""

    ThreeDMatingPoint: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x006864C0,
            "FD",
            "3",
            "1C",
            name="3D Mating Point",
            when=("and", ("not", ("present", 0x00686430)), ("present", 0x00686350)),
        ),
    ] = None
    """3D Mating Point (0068,64C0): Type 1C, VR FD, VM 3. Required if 2D Mating Feature Coordinates Sequence (0068,6430) is not present and Implant Template 3D Model Surface Number (0068,6350) is present. May be present if 2D Mating Feature Coordinates Sequence (0068,6430) is present and Implant Template 3D Model Surface Number (0068,6350) is present. Origin of the contact system. Required if 2D Mating Feature Coordinates Sequence (0068,6430) is not present and Implant Template 3D Model Surface Number (0068,6350) is present."""

    ThreeDMatingAxes: Annotated[
        list[vr.FD] | None,
        Attribute(0x006864D0, "FD", "9", "1C", name="3D Mating Axes", when=("present", 0x006864C0)),
    ] = None
    """3D Mating Axes (0068,64D0): Type 1C, VR FD, VM 9. Required if 3D Mating Point (0068,64C0) is present. The Axes of contact described as direction cosines in the 3D coordinate system defined by the Frame of Reference UID. Required if 3D Mating Point (0068,64C0) is present. See Section C.29.1.4.1.1"""

    TwoDMatingFeatureCoordinatesSequence: Annotated[
        list[_TwoDMatingFeatureCoordinatesSequenceItem] | None,
        Attribute(
            0x00686430,
            "SQ",
            "1",
            "1C",
            name="2D Mating Feature Coordinates Sequence",
            when=("and", ("not", ("present", 0x006864C0)), ("present", 0x006862C0)),
        ),
    ] = None
    """2D Mating Feature Coordinates Sequence (0068,6430): Type 1C, VR SQ, VM 1. Required if 3D Mating Point (0068,64C0) is not present and HPGL Document Sequence (0068,62C0) is present. May be present if 3D Mating Point (0068,64C0) is present and HPGL Document Sequence (0068,62C0) is present. Coordinates of the mating feature in the HPGL documents. One or more Items shall be included in this Sequence. Required if 3D Mating Point (0068,64C0) is not present and HPGL Document Sequence (0068,62C0) is present."""

    MatingFeatureDegreeOfFreedomSequence: Annotated[
        list[_MatingFeatureDegreeOfFreedomSequenceItem] | None,
        Attribute(0x00686400, "SQ", "1", "3", name="Mating Feature Degree of Freedom Sequence"),
    ] = None
    """Mating Feature Degree of Freedom Sequence (0068,6400): Type 3, VR SQ, VM 1. Degrees of freedom in this mating feature. One or more Items are permitted in this Sequence. See Section C.29.1.4.1.2."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DegreeOfFreedomType": ("dicomodel.enums.degree_of_freedom_type", "DegreeOfFreedomType"),
    "MatingFeatureDegreeOfFreedomSequenceItem": (
        "dicomodel.items.mating_feature_degree_of_freedom_sequence_item",
        "MatingFeatureDegreeOfFreedomSequenceItem",
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
