"""Enumerated Values and Defined Terms of Component Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ComponentType as ComponentType
from dicomodel.enums import ComponentTypeValue as ComponentTypeValue

__all__ = ["ComponentType", "ComponentTypeValue"]
