"""Item class ApplicatorGeometrySequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.applicator_aperture_shape import (
        ApplicatorApertureShapeTerm as _ApplicatorApertureShapeTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _ApplicatorApertureShapeTerm = Lazy(
        "dicomodel.enums.applicator_aperture_shape", "ApplicatorApertureShapeTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.applicator_aperture_shape import (
        ApplicatorApertureShapeTerm as ApplicatorApertureShapeTerm,
    )

__all__ = [
    "ApplicatorApertureShapeTerm",
    "ApplicatorGeometrySequenceItem",
]


class ApplicatorGeometrySequenceItem(DicomModel):
    """An item of Applicator Geometry Sequence (300A,0431), as first defined in RT Image Module Attributes (C.8-38)."""

    dicom_name: ClassVar[str] = "Applicator Geometry Sequence"
    dicom_table: ClassVar[str] = "table_C.8-38"

    ApplicatorApertureShape: Annotated[
        _ApplicatorApertureShapeTerm | vr.CS,
        Attribute(0x300A0432, "CS", "1", "1", name="Applicator Aperture Shape"),
    ]
    """Applicator Aperture Shape (300A,0432): Type 1, VR CS, VM 1. Aperture shape of the applicator. Defined Terms: SYM_SQUARE A square-shaped aperture symmetrical to the central axis. SYM_RECTANGLE A rectangular-shaped aperture symmetrical to the central axis."""

    ApplicatorOpening: Annotated[
        vr.FL | None,
        Attribute(
            0x300A0433,
            "FL",
            "1",
            "1C",
            name="Applicator Opening",
            when=("value", 0x300A0432, 0, "in", ("SYM_SQUARE", "SYM_CIRCULAR")),
        ),
    ] = None
    """Applicator Opening (300A,0433): Type 1C, VR FL, VM 1. Required if Applicator Aperture Shape (300A,0432) is SYM_SQUARE or SYM_CIRCULAR. Opening (in mm) of the applicator's aperture in IEC BEAM LIMITING DEVICE coordinate system. In case of square-shaped applicator contains the length of the sides of the square."""

    ApplicatorOpeningX: Annotated[
        vr.FL | None,
        Attribute(
            0x300A0434,
            "FL",
            "1",
            "1C",
            name="Applicator Opening X",
            when=("value", 0x300A0432, 0, "in", ("SYM_RECTANGLE",)),
        ),
    ] = None
    """Applicator Opening X (300A,0434): Type 1C, VR FL, VM 1. Required if Applicator Aperture Shape (300A,0432) is SYM_RECTANGLE. Opening (in mm) of the applicator's aperture in IEC BEAM LIMITING DEVICE coordinate system in X-Direction. Required if Applicator Aperture Shape (300A,0432) is SYM_RECTANGLE."""

    ApplicatorOpeningY: Annotated[
        vr.FL | None,
        Attribute(
            0x300A0435,
            "FL",
            "1",
            "1C",
            name="Applicator Opening Y",
            when=("value", 0x300A0432, 0, "in", ("SYM_RECTANGLE",)),
        ),
    ] = None
    """Applicator Opening Y (300A,0435): Type 1C, VR FL, VM 1. Required if Applicator Aperture Shape (300A,0432) is SYM_RECTANGLE. Opening (in mm) of the applicator's aperture in IEC BEAM LIMITING DEVICE coordinate system in Y-Direction. Required if Applicator Aperture Shape (300A,0432) is SYM_RECTANGLE."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ApplicatorApertureShapeTerm": (
        "dicomodel.enums.applicator_aperture_shape",
        "ApplicatorApertureShapeTerm",
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
