"""Item class FilmConsumptionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import film_size_id as _film_size_id
from dicomodel.enums import medium_type as _medium_type
from dicomodel.model import Attribute, DicomModel


class FilmConsumptionSequenceItem(DicomModel):
    """An item of Film Consumption Sequence (0040,0321), as first defined in Billing and Material Management Code Module Attributes (C.4-17)."""

    dicom_name: ClassVar[str] = "Film Consumption Sequence"
    dicom_table: ClassVar[str] = "table_C.4-17"

    NumberOfFilms: Annotated[
        vr.IS | None, Attribute(0x21000170, "IS", "1", "3", name="Number of Films")
    ] = None
    """Number of Films (2100,0170): Type -, VR IS, VM 1. Number of films actually printed."""

    MediumType: Annotated[
        _medium_type.MediumTypeTerm | vr.CS | None,
        Attribute(0x20000030, "CS", "1", "3", name="Medium Type"),
    ] = None
    """Medium Type (2000,0030): Type -, VR CS, VM 1. Type(s) of medium on which images were printed. For Defined Terms see Table C.13-1."""

    FilmSizeID: Annotated[
        _film_size_id.FilmSizeIDTerm | vr.CS | None,
        Attribute(0x20100050, "CS", "1", "3", name="Film Size ID"),
    ] = None
    """Film Size ID (2010,0050): Type -, VR CS, VM 1. Size(s) of film on which images were printed. For Defined Terms see Table C.13-3."""
