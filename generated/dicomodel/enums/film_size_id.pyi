"""Enumerated Values and Defined Terms of Film Size ID.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FilmSizeIDTerm as FilmSizeIDTerm

__all__ = ["FilmSizeIDTerm"]
