"""Enumerated Values and Defined Terms of Complex Image Component.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ComplexImageComponentTerm as ComplexImageComponentTerm
from dicomodel.enums import (
    ComplexImageComponentTermMRSpectroscopyFrameType as ComplexImageComponentTermMRSpectroscopyFrameType,
)

__all__ = ["ComplexImageComponentTerm", "ComplexImageComponentTermMRSpectroscopyFrameType"]
