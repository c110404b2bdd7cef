"""Enumerated Values and Defined Terms of De-coupling Method.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DecouplingMethodTerm as DecouplingMethodTerm

__all__ = ["DecouplingMethodTerm"]
