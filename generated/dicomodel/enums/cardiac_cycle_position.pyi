"""Enumerated Values and Defined Terms of Cardiac Cycle Position.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CardiacCyclePositionTerm as CardiacCyclePositionTerm

__all__ = ["CardiacCyclePositionTerm"]
