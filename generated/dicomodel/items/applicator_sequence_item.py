"""Item class ApplicatorSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.applicator_type import ApplicatorTypeTerm as _ApplicatorTypeTerm
    from dicomodel.items.applicator_geometry_sequence_item import (
        ApplicatorGeometrySequenceItem as _ApplicatorGeometrySequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ApplicatorGeometrySequenceItem = Lazy(
        "dicomodel.items.applicator_geometry_sequence_item", "ApplicatorGeometrySequenceItem"
    )
    _ApplicatorTypeTerm = Lazy("dicomodel.enums.applicator_type", "ApplicatorTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.applicator_aperture_shape import (
        ApplicatorApertureShapeTerm as ApplicatorApertureShapeTerm,
    )
    from dicomodel.enums.applicator_type import ApplicatorTypeTerm as ApplicatorTypeTerm
    from dicomodel.items.applicator_geometry_sequence_item import (
        ApplicatorGeometrySequenceItem as ApplicatorGeometrySequenceItem,
    )

__all__ = [
    "ApplicatorApertureShapeTerm",
    "ApplicatorGeometrySequenceItem",
    "ApplicatorSequenceItem",
    "ApplicatorTypeTerm",
]


class ApplicatorSequenceItem(DicomModel):
    """An item of Applicator Sequence (300A,0107), as first defined in RT Image Module Attributes (C.8-38)."""

    dicom_name: ClassVar[str] = "Applicator Sequence"
    dicom_table: ClassVar[str] = "table_C.8-38"

    ApplicatorID: Annotated[vr.SH, Attribute(0x300A0108, "SH", "1", "1", name="Applicator ID")]
    """Applicator ID (300A,0108): Type 1, VR SH, VM 1. User or machine supplied identifier for Applicator."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. An identifier for the accessory intended to be read by a device such as a bar-code reader."""

    ApplicatorType: Annotated[
        _ApplicatorTypeTerm | vr.CS, Attribute(0x300A0109, "CS", "1", "1", name="Applicator Type")
    ]
    """Applicator Type (300A,0109): Type 1, VR CS, VM 1. Type of Applicator. Defined Terms: ELECTRON_SQUARE square electron applicator ELECTRON_RECT rectangular electron applicator ELECTRON_CIRC circular electron applicator ELECTRON_SHORT short electron applicator ELECTRON_OPEN open (dummy) elect..."""

    ApplicatorGeometrySequence: Annotated[
        list[_ApplicatorGeometrySequenceItem] | None,
        Attribute(0x300A0431, "SQ", "1", "3", name="Applicator Geometry Sequence"),
    ] = None
    """Applicator Geometry Sequence (300A,0431): Type 3, VR SQ, VM 1. Describes the applicator aperture geometry. Only a single Item is permitted in this Sequence."""

    SourceToApplicatorMountingPositionDistance: Annotated[
        vr.FL | None,
        Attribute(
            0x300A0436, "FL", "1", "3", name="Source to Applicator Mounting Position Distance"
        ),
    ] = None
    """Source to Applicator Mounting Position Distance (300A,0436): Type 3, VR FL, VM 1. Radiation source to applicator mounting position distance (in mm) for current applicator."""

    ApplicatorDescription: Annotated[
        vr.LO | None, Attribute(0x300A010A, "LO", "1", "3", name="Applicator Description")
    ] = None
    """Applicator Description (300A,010A): Type 3, VR LO, VM 1. User-defined description for Applicator."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ApplicatorApertureShapeTerm": (
        "dicomodel.enums.applicator_aperture_shape",
        "ApplicatorApertureShapeTerm",
    ),
    "ApplicatorGeometrySequenceItem": (
        "dicomodel.items.applicator_geometry_sequence_item",
        "ApplicatorGeometrySequenceItem",
    ),
    "ApplicatorTypeTerm": ("dicomodel.enums.applicator_type", "ApplicatorTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
