"""Enumerated Values and Defined Terms of Participation Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ParticipationTypeTerm as ParticipationTypeTerm

__all__ = ["ParticipationTypeTerm"]
