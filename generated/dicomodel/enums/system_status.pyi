"""Enumerated Values and Defined Terms of System Status.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SystemStatusTerm as SystemStatusTerm

__all__ = ["SystemStatusTerm"]
