"""Basic Film Session Presentation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.film_destination import FilmDestinationTerm as _FilmDestinationTerm
    from dicomodel.enums.medium_type import MediumTypeTerm as _MediumTypeTerm
    from dicomodel.enums.print_priority import PrintPriorityValue as _PrintPriorityValue
else:
    from dicomodel.lazy import Lazy

    _FilmDestinationTerm = Lazy("dicomodel.enums.film_destination", "FilmDestinationTerm")
    _MediumTypeTerm = Lazy("dicomodel.enums.medium_type", "MediumTypeTerm")
    _PrintPriorityValue = Lazy("dicomodel.enums.print_priority", "PrintPriorityValue")

if TYPE_CHECKING:
    from dicomodel.enums.film_destination import FilmDestinationTerm as FilmDestinationTerm
    from dicomodel.enums.medium_type import MediumTypeTerm as MediumTypeTerm
    from dicomodel.enums.print_priority import PrintPriority as PrintPriority

__all__ = [
    "BasicFilmSessionPresentationModule",
    "FilmDestinationTerm",
    "MediumTypeTerm",
    "PrintPriority",
]


class BasicFilmSessionPresentationModule(DicomModel):
    """Basic Film Session Presentation Module Attributes (PS3.3 Table C.13-1)."""

    dicom_name: ClassVar[str] = "Basic Film Session Presentation"
    dicom_table: ClassVar[str] = "table_C.13-1"

    NumberOfCopies: Annotated[
        vr.IS | None, Attribute(0x20000010, "IS", "1", None, name="Number of Copies")
    ] = None
    """Number of Copies (2000,0010): no Type, VR IS, VM 1. Number of copies to be printed for each film of the film session."""

    PrintPriority: Annotated[
        _PrintPriorityValue | None,
        Attribute(
            0x20000020,
            "CS",
            "1",
            None,
            name="Print Priority",
            enumerated=((0, ("HIGH", "MED", "LOW")),),
        ),
    ] = None
    """Print Priority (2000,0020): no Type, VR CS, VM 1. Specifies the priority of the print job. Enumerated Values: HIGH MED LOW"""

    MediumType: Annotated[
        _MediumTypeTerm | vr.CS | None, Attribute(0x20000030, "CS", "1", None, name="Medium Type")
    ] = None
    """Medium Type (2000,0030): no Type, VR CS, VM 1. Type of medium on which the print job will be printed. Defined Terms: PAPER CLEAR FILM BLUE FILM MAMMO CLEAR FILM MAMMO BLUE FILM"""

    FilmDestination: Annotated[
        _FilmDestinationTerm | vr.CS | None,
        Attribute(0x20000040, "CS", "1", None, name="Film Destination"),
    ] = None
    """Film Destination (2000,0040): no Type, VR CS, VM 1. Film destination. Defined Terms: MAGAZINE the exposed film is stored in film magazine PROCESSOR the exposed film is developed in film processor BIN_i the exposed film is deposited in a sorter bin where \"I\" represents the bin number."""

    FilmSessionLabel: Annotated[
        vr.LO | None, Attribute(0x20000050, "LO", "1", None, name="Film Session Label")
    ] = None
    """Film Session Label (2000,0050): no Type, VR LO, VM 1. Human readable label that identifies the film session."""

    MemoryAllocation: Annotated[
        vr.IS | None, Attribute(0x20000060, "IS", "1", None, name="Memory Allocation")
    ] = None
    """Memory Allocation (2000,0060): no Type, VR IS, VM 1. Amount of memory allocated for the film session. Value is expressed in KB."""

    OwnerID: Annotated[vr.SH | None, Attribute(0x21000160, "SH", "1", None, name="Owner ID")] = None
    """Owner ID (2100,0160): no Type, VR SH, VM 1. Identification of the owner of the film session."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FilmDestinationTerm": ("dicomodel.enums.film_destination", "FilmDestinationTerm"),
    "MediumTypeTerm": ("dicomodel.enums.medium_type", "MediumTypeTerm"),
    "PrintPriority": ("dicomodel.enums.print_priority", "PrintPriority"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
