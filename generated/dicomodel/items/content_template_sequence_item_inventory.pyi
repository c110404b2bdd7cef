"""Item class ContentTemplateSequenceItemInventory.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ContentTemplateSequenceItemInventory as ContentTemplateSequenceItemInventory,
)

__all__ = ["ContentTemplateSequenceItemInventory"]
