"""Enumerated Values and Defined Terms of Container Component Material.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContainerComponentMaterialTerm as ContainerComponentMaterialTerm

__all__ = ["ContainerComponentMaterialTerm"]
