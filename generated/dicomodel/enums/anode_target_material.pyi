"""Enumerated Values and Defined Terms of Anode Target Material.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AnodeTargetMaterialTerm as AnodeTargetMaterialTerm

__all__ = ["AnodeTargetMaterialTerm"]
