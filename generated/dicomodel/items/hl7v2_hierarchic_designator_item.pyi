"""Item class HL7v2HierarchicDesignatorItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import UniversalEntityIDType as UniversalEntityIDType
from dicomodel.items import HL7v2HierarchicDesignatorItem as HL7v2HierarchicDesignatorItem

__all__ = ["HL7v2HierarchicDesignatorItem", "UniversalEntityIDType"]
