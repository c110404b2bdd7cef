"""Enumerated Values and Defined Terms of Type of Instances.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TypeOfInstancesTerm as TypeOfInstancesTerm

__all__ = ["TypeOfInstancesTerm"]
