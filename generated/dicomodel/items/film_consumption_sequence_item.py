"""Item class FilmConsumptionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.film_size_id import FilmSizeIDTerm as _FilmSizeIDTerm
    from dicomodel.enums.medium_type import MediumTypeTerm as _MediumTypeTerm
else:
    from dicomodel.lazy import Lazy

    _FilmSizeIDTerm = Lazy("dicomodel.enums.film_size_id", "FilmSizeIDTerm")
    _MediumTypeTerm = Lazy("dicomodel.enums.medium_type", "MediumTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.film_size_id import FilmSizeIDTerm as FilmSizeIDTerm
    from dicomodel.enums.medium_type import MediumTypeTerm as MediumTypeTerm

__all__ = [
    "FilmConsumptionSequenceItem",
    "FilmSizeIDTerm",
    "MediumTypeTerm",
]


class FilmConsumptionSequenceItem(DicomModel):
    """An item of Film Consumption Sequence (0040,0321), as first defined in Billing and Material Management Code Module Attributes (C.4-17)."""

    dicom_name: ClassVar[str] = "Film Consumption Sequence"
    dicom_table: ClassVar[str] = "table_C.4-17"

    NumberOfFilms: Annotated[
        vr.IS | None, Attribute(0x21000170, "IS", "1", None, name="Number of Films")
    ] = None
    """Number of Films (2100,0170): no Type, VR IS, VM 1. Number of films actually printed."""

    MediumType: Annotated[
        _MediumTypeTerm | vr.CS | None, Attribute(0x20000030, "CS", "1", None, name="Medium Type")
    ] = None
    """Medium Type (2000,0030): no Type, VR CS, VM 1. Type(s) of medium on which images were printed. For Defined Terms see Table C.13-1."""

    FilmSizeID: Annotated[
        _FilmSizeIDTerm | vr.CS | None, Attribute(0x20100050, "CS", "1", None, name="Film Size ID")
    ] = None
    """Film Size ID (2010,0050): no Type, VR CS, VM 1. Size(s) of film on which images were printed. For Defined Terms see Table C.13-3."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FilmSizeIDTerm": ("dicomodel.enums.film_size_id", "FilmSizeIDTerm"),
    "MediumTypeTerm": ("dicomodel.enums.medium_type", "MediumTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
