"""Enumerated Values and Defined Terms of Coding Scheme Registry.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CodingSchemeRegistryTerm as CodingSchemeRegistryTerm

__all__ = ["CodingSchemeRegistryTerm"]
