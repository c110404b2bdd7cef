"""Enumerated Values and Defined Terms of Cassette Size.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CassetteSizeTerm as CassetteSizeTerm

__all__ = ["CassetteSizeTerm"]
