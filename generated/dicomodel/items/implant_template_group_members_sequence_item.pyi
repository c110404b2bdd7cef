"""Item class ImplantTemplateGroupMembersSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem as ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem,
)
from dicomodel.items import (
    ImplantTemplateGroupMembersSequenceItem as ImplantTemplateGroupMembersSequenceItem,
)

__all__ = [
    "ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem",
    "ImplantTemplateGroupMembersSequenceItem",
]
