"""Item class ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem as ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem,
)

__all__ = ["ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem"]
