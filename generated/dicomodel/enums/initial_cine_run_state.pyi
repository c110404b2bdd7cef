"""Enumerated Values and Defined Terms of Initial Cine Run State.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import InitialCineRunStateTerm as InitialCineRunStateTerm

__all__ = ["InitialCineRunStateTerm"]
