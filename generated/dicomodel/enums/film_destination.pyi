"""Enumerated Values and Defined Terms of Film Destination.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FilmDestinationTerm as FilmDestinationTerm

__all__ = ["FilmDestinationTerm"]
