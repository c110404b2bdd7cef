"""Enumerated Values and Defined Terms of Respiratory Cycle Position.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RespiratoryCyclePositionTerm as RespiratoryCyclePositionTerm

__all__ = ["RespiratoryCyclePositionTerm"]
