"""Item class OutlineDefinitionItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import OutlineShapeType as OutlineShapeType
from dicomodel.items import OutlineDefinitionItem as OutlineDefinitionItem

__all__ = ["OutlineDefinitionItem", "OutlineShapeType"]
