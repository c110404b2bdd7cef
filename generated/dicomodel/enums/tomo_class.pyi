"""Enumerated Values and Defined Terms of Tomo Class.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TomoClassTerm as TomoClassTerm

__all__ = ["TomoClassTerm"]
