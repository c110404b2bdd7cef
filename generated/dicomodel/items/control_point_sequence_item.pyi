"""Item class ControlPointSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    BeamLimitingDeviceRotationDirection as BeamLimitingDeviceRotationDirection,
)
from dicomodel.enums import GantryPitchRotationDirection as GantryPitchRotationDirection
from dicomodel.enums import GantryRotationDirection as GantryRotationDirection
from dicomodel.enums import OutlineShapeType as OutlineShapeType
from dicomodel.enums import PatientSupportRotationDirection as PatientSupportRotationDirection
from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.enums import TableTopEccentricRotationDirection as TableTopEccentricRotationDirection
from dicomodel.enums import TableTopPitchRotationDirection as TableTopPitchRotationDirection
from dicomodel.enums import TableTopRollRotationDirection as TableTopRollRotationDirection
from dicomodel.enums import WedgePositionRTBeams as WedgePosition
from dicomodel.items import (
    BeamLimitingDevicePositionSequenceItem as BeamLimitingDevicePositionSequenceItem,
)
from dicomodel.items import ControlPointSequenceItem as ControlPointSequenceItem
from dicomodel.items import OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem
from dicomodel.items import (
    ReferencedDoseReferenceSequenceItemRTBeams2 as ReferencedDoseReferenceSequenceItem,
)
from dicomodel.items import (
    RTBeamLimitingDeviceOpeningDefinitionItem as EnhancedRTBeamLimitingOpeningSequenceItem,
)
from dicomodel.items import SOPInstanceReferenceItem as ReferencedDoseSequenceItem
from dicomodel.items import WedgePositionSequenceItemRTBeams as WedgePositionSequenceItem

__all__ = [
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "ControlPointSequenceItem",
    "EnhancedRTBeamLimitingOpeningSequenceItem",
    "GantryPitchRotationDirection",
    "GantryRotationDirection",
    "OutlineShapeType",
    "PatientSupportRotationDirection",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceType",
    "ReferencedDoseReferenceSequenceItem",
    "ReferencedDoseSequenceItem",
    "TableTopEccentricRotationDirection",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "WedgePosition",
    "WedgePositionSequenceItem",
]
