"""Enumerated Values and Defined Terms of Protocol Defined Patient Position.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ProtocolDefinedPatientPositionTerm as ProtocolDefinedPatientPositionTerm

__all__ = ["ProtocolDefinedPatientPositionTerm"]
