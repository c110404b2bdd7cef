"""Item class FilmConsumptionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FilmSizeIDTerm as FilmSizeIDTerm
from dicomodel.enums import MediumTypeTerm as MediumTypeTerm
from dicomodel.items import FilmConsumptionSequenceItem as FilmConsumptionSequenceItem

__all__ = ["FilmConsumptionSequenceItem", "FilmSizeIDTerm", "MediumTypeTerm"]
