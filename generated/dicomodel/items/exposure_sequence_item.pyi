"""Item class ExposureSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ApplicatorApertureShapeTerm as ApplicatorApertureShapeTerm
from dicomodel.enums import ApplicatorTypeTerm as ApplicatorTypeTerm
from dicomodel.enums import BlockDivergence as BlockDivergence
from dicomodel.enums import BlockMountingPosition as BlockMountingPosition
from dicomodel.enums import BlockType as BlockType
from dicomodel.enums import FluenceMode as FluenceMode
from dicomodel.enums import GeneralAccessoryTypeTerm as GeneralAccessoryTypeTerm
from dicomodel.enums import OutlineShapeType as OutlineShapeType
from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.items import ApplicatorGeometrySequenceItem as ApplicatorGeometrySequenceItem
from dicomodel.items import ApplicatorSequenceItem as ApplicatorSequenceItem
from dicomodel.items import BeamLimitingDeviceSequenceItem as BeamLimitingDeviceSequenceItem
from dicomodel.items import BlockSequenceItem as BlockSequenceItem
from dicomodel.items import ExposureSequenceItem as ExposureSequenceItem
from dicomodel.items import GeneralAccessorySequenceItem as GeneralAccessorySequenceItem
from dicomodel.items import OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem
from dicomodel.items import PrimaryFluenceModeSequenceItem as PrimaryFluenceModeSequenceItem
from dicomodel.items import (
    RTBeamLimitingDeviceOpeningDefinitionItem as EnhancedRTBeamLimitingOpeningSequenceItem,
)

__all__ = [
    "ApplicatorApertureShapeTerm",
    "ApplicatorGeometrySequenceItem",
    "ApplicatorSequenceItem",
    "ApplicatorTypeTerm",
    "BeamLimitingDeviceSequenceItem",
    "BlockDivergence",
    "BlockMountingPosition",
    "BlockSequenceItem",
    "BlockType",
    "EnhancedRTBeamLimitingOpeningSequenceItem",
    "ExposureSequenceItem",
    "FluenceMode",
    "GeneralAccessorySequenceItem",
    "GeneralAccessoryTypeTerm",
    "OutlineShapeType",
    "PrimaryFluenceModeSequenceItem",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceType",
]
