"""Enumerated Values and Defined Terms of Type of Synchronization.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TypeOfSynchronizationTerm as TypeOfSynchronizationTerm

__all__ = ["TypeOfSynchronizationTerm"]
