"""Enumerated Values and Defined Terms of Optotype.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import OptotypeTerm as OptotypeTerm

__all__ = ["OptotypeTerm"]
