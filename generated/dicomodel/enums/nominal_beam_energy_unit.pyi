"""Enumerated Values and Defined Terms of Nominal Beam Energy Unit.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import NominalBeamEnergyUnitTerm as NominalBeamEnergyUnitTerm

__all__ = ["NominalBeamEnergyUnitTerm"]
