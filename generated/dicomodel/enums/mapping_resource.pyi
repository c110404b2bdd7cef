"""Enumerated Values and Defined Terms of Mapping Resource.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MappingResourceTerm as MappingResourceTerm

__all__ = ["MappingResourceTerm"]
