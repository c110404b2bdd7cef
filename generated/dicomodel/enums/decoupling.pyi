"""Enumerated Values and Defined Terms of De-coupling.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import Decoupling as Decoupling
from dicomodel.enums import DecouplingValue as DecouplingValue

__all__ = ["Decoupling", "DecouplingValue"]
