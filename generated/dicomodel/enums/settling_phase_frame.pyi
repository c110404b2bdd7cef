"""Enumerated Values and Defined Terms of Settling Phase Frame.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SettlingPhaseFrame as SettlingPhaseFrame
from dicomodel.enums import SettlingPhaseFrameValue as SettlingPhaseFrameValue

__all__ = ["SettlingPhaseFrame", "SettlingPhaseFrameValue"]
