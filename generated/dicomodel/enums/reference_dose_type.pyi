"""Enumerated Values and Defined Terms of Reference Dose Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ReferenceDoseTypeTerm as ReferenceDoseTypeTerm

__all__ = ["ReferenceDoseTypeTerm"]
