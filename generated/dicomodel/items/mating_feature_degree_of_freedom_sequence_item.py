"""Item class MatingFeatureDegreeOfFreedomSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.degree_of_freedom_type import (
        DegreeOfFreedomTypeValue as _DegreeOfFreedomTypeValue,
    )
    from dicomodel.items.two_d_degree_of_freedom_sequence_item import (
        TwoDDegreeOfFreedomSequenceItem as _TwoDDegreeOfFreedomSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _DegreeOfFreedomTypeValue = Lazy(
        "dicomodel.enums.degree_of_freedom_type", "DegreeOfFreedomTypeValue"
    )
    _TwoDDegreeOfFreedomSequenceItem = Lazy(
        "dicomodel.items.two_d_degree_of_freedom_sequence_item", "TwoDDegreeOfFreedomSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.degree_of_freedom_type import DegreeOfFreedomType as DegreeOfFreedomType
    from dicomodel.items.two_d_degree_of_freedom_sequence_item import (
        TwoDDegreeOfFreedomSequenceItem as TwoDDegreeOfFreedomSequenceItem,
    )

__all__ = [
    "DegreeOfFreedomType",
    "MatingFeatureDegreeOfFreedomSequenceItem",
    "TwoDDegreeOfFreedomSequenceItem",
]


class MatingFeatureDegreeOfFreedomSequenceItem(DicomModel):
    """An item of Mating Feature Degree of Freedom Sequence (0068,6400), as first defined in Generic Implant Template Mating Features Module Attributes (C.29.1.4-1)."""

    dicom_name: ClassVar[str] = "Mating Feature Degree of Freedom Sequence"
    dicom_table: ClassVar[str] = "table_C.29.1.4-1"

    DegreeOfFreedomID: Annotated[
        vr.US, Attribute(0x00686410, "US", "1", "1", name="Degree of Freedom ID")
    ]
    """Degree of Freedom ID (0068,6410): Type 1, VR US, VM 1. Numeric ID of the degree of freedom. Uniquely identifies a degree of freedom within this Sequence Item. The value shall start at 1, and increase monotonically by 1 for each Item."""

    DegreeOfFreedomType: Annotated[
        _DegreeOfFreedomTypeValue,
        Attribute(
            0x00686420,
            "CS",
            "1",
            "1",
            name="Degree of Freedom Type",
            enumerated=((0, ("TRANSLATION", "ROTATION")),),
        ),
    ]
    """Degree of Freedom Type (0068,6420): Type 1, VR CS, VM 1. Indicates the type of the degree of freedom. Enumerated Values: TRANSLATION ROTATION See Section C.29.1.4.1.2."""

    TwoDDegreeOfFreedomSequence: Annotated[
        list[_TwoDDegreeOfFreedomSequenceItem] | None,
        Attribute(
            0x00686470,
            "SQ",
            "1",
            "1C",
            name="2D Degree of Freedom Sequence",
            when=("present", 0x00686430),
        ),
    ] = None
    """2D Degree of Freedom Sequence (0068,6470): Type 1C, VR SQ, VM 1. Required if 2D Mating Feature Coordinates Sequence (0068,6430) is present. Geometric specifications of the degrees of freedom for this HPGL Document. One or more Items shall be included in this Sequence. Required if 2D Mating Feature Coordinates Sequence (0068,6430) is present. See Section C.29.1.4.1.2."""

    ThreeDDegreeOfFreedomAxis: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00686490,
            "FD",
            "3",
            "1C",
            name="3D Degree Of Freedom Axis",
            when=("present", 0x006864C0),
        ),
    ] = None
    """3D Degree Of Freedom Axis (0068,6490): Type 1C, VR FD, VM 3. Required if 3D Mating Point (0068,64C0) is present. Direction cosines of the axis of the degree of freedom in the Frame of Reference of the template. See Section C.29.1.4.1.2. Required if 3D Mating Point (0068,64C0) is present."""

    RangeOfFreedom: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x006864A0, "FD", "2", "1C", name="Range of Freedom", when=("present", 0x006864C0)
        ),
    ] = None
    """Range of Freedom (0068,64A0): Type 1C, VR FD, VM 2. Required if 3D Mating Point (0068,64C0) is present. Two floating point numbers defining a value range for this degree of freedom. See Section C.29.1.4.1.2. Required if 3D Mating Point (0068,64C0) is present."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DegreeOfFreedomType": ("dicomodel.enums.degree_of_freedom_type", "DegreeOfFreedomType"),
    "TwoDDegreeOfFreedomSequenceItem": (
        "dicomodel.items.two_d_degree_of_freedom_sequence_item",
        "TwoDDegreeOfFreedomSequenceItem",
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
