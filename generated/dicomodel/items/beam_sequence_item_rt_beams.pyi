"""Item class BeamSequenceItemRTBeams.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ApplicatorApertureShapeTerm as ApplicatorApertureShapeTerm
from dicomodel.enums import ApplicatorTypeTerm as ApplicatorTypeTerm
from dicomodel.enums import (
    BeamLimitingDeviceRotationDirection as BeamLimitingDeviceRotationDirection,
)
from dicomodel.enums import BeamType as BeamType
from dicomodel.enums import BlockDivergence as BlockDivergence
from dicomodel.enums import BlockMountingPosition as BlockMountingPosition
from dicomodel.enums import BlockType as BlockType
from dicomodel.enums import CompensatorDivergence as CompensatorDivergence
from dicomodel.enums import CompensatorMountingPosition as CompensatorMountingPosition
from dicomodel.enums import CompensatorTypeTerm as CompensatorTypeTerm
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DepthValueAveragingFlag as DepthValueAveragingFlag
from dicomodel.enums import DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm
from dicomodel.enums import (
    EnhancedRTBeamLimitingDeviceDefinitionFlag as EnhancedRTBeamLimitingDeviceDefinitionFlag,
)
from dicomodel.enums import FluenceMode as FluenceMode
from dicomodel.enums import GantryPitchRotationDirection as GantryPitchRotationDirection
from dicomodel.enums import GantryRotationDirection as GantryRotationDirection
from dicomodel.enums import GeneralAccessoryTypeTerm as GeneralAccessoryTypeTerm
from dicomodel.enums import HighDoseTechniqueTypeTerm as HighDoseTechniqueTypeTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import OutlineShapeType as OutlineShapeType
from dicomodel.enums import ParallelRTBeamDelimiterOpeningMode as ParallelRTBeamDelimiterOpeningMode
from dicomodel.enums import PatientSupportRotationDirection as PatientSupportRotationDirection
from dicomodel.enums import PrimaryDosimeterUnit as PrimaryDosimeterUnit
from dicomodel.enums import RadiationTypeTerm as RadiationTypeTerm
from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.enums import RTImagePlane as RTImagePlane
from dicomodel.enums import TableTopEccentricRotationDirection as TableTopEccentricRotationDirection
from dicomodel.enums import TableTopPitchRotationDirection as TableTopPitchRotationDirection
from dicomodel.enums import TableTopRollRotationDirection as TableTopRollRotationDirection
from dicomodel.enums import TreatmentDeliveryTypeTerm as TreatmentDeliveryTypeTerm
from dicomodel.enums import WedgePositionRTBeams as WedgePosition
from dicomodel.enums import WedgeTypeTerm as WedgeTypeTerm
from dicomodel.items import ApplicatorGeometrySequenceItem as ApplicatorGeometrySequenceItem
from dicomodel.items import ApplicatorSequenceItem as ApplicatorSequenceItem
from dicomodel.items import (
    BeamDoseVerificationControlPointSequenceItem as BeamDoseVerificationControlPointSequenceItem,
)
from dicomodel.items import (
    BeamLimitingDevicePositionSequenceItem as BeamLimitingDevicePositionSequenceItem,
)
from dicomodel.items import BeamLimitingDeviceSequenceItemRTBeams as BeamLimitingDeviceSequenceItem
from dicomodel.items import BeamSequenceItemRTBeams as BeamSequenceItemRTBeams
from dicomodel.items import BlockSequenceItemRTBeams as BlockSequenceItem
from dicomodel.items import CodeSequenceItem as DeviceTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import (
    CodeSequenceItem as ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem,
)
from dicomodel.items import CodeSequenceItem as RTTreatmentTechniqueCodeSequenceItem
from dicomodel.items import CompensatorSequenceItem as CompensatorSequenceItem
from dicomodel.items import ControlPointSequenceItem as ControlPointSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import GeneralAccessorySequenceItem as GeneralAccessorySequenceItem
from dicomodel.items import OutlineDefinitionItem as FixedRTBeamDelimiterDeviceSequenceItem
from dicomodel.items import OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem
from dicomodel.items import (
    ParallelRTBeamDelimiterDeviceSequenceItem as ParallelRTBeamDelimiterDeviceSequenceItem,
)
from dicomodel.items import (
    PlannedVerificationImageSequenceItem as PlannedVerificationImageSequenceItem,
)
from dicomodel.items import PrimaryFluenceModeSequenceItem as PrimaryFluenceModeSequenceItem
from dicomodel.items import ReferencedBolusSequenceItem as ReferencedBolusSequenceItem
from dicomodel.items import (
    ReferencedDoseReferenceSequenceItemRTBeams as ReferencedDoseReferenceSequenceItem,
)
from dicomodel.items import (
    ReferencedReferenceImageSequenceItem as ReferencedReferenceImageSequenceItem,
)
from dicomodel.items import (
    RTBeamLimitingDeviceDefinitionItem as EnhancedRTBeamLimitingDeviceSequenceItem,
)
from dicomodel.items import (
    RTBeamLimitingDeviceOpeningDefinitionItem as EnhancedRTBeamLimitingOpeningSequenceItem,
)
from dicomodel.items import SOPInstanceReferenceItem as DefinitionSourceSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedDoseSequenceItem
from dicomodel.items import UDIItem as UDISequenceItem
from dicomodel.items import WedgePositionSequenceItemRTBeams as WedgePositionSequenceItem
from dicomodel.items import WedgeSequenceItem as WedgeSequenceItem

__all__ = [
    "ApplicatorApertureShapeTerm",
    "ApplicatorGeometrySequenceItem",
    "ApplicatorSequenceItem",
    "ApplicatorTypeTerm",
    "BeamDoseVerificationControlPointSequenceItem",
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "BeamLimitingDeviceSequenceItem",
    "BeamSequenceItemRTBeams",
    "BeamType",
    "BlockDivergence",
    "BlockMountingPosition",
    "BlockSequenceItem",
    "BlockType",
    "CompensatorDivergence",
    "CompensatorMountingPosition",
    "CompensatorSequenceItem",
    "CompensatorTypeTerm",
    "ContextGroupExtensionFlag",
    "ControlPointSequenceItem",
    "DefinitionSourceSequenceItem",
    "DepthValueAveragingFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EnhancedRTBeamLimitingDeviceDefinitionFlag",
    "EnhancedRTBeamLimitingDeviceSequenceItem",
    "EnhancedRTBeamLimitingOpeningSequenceItem",
    "EquivalentCodeSequenceItem",
    "FixedRTBeamDelimiterDeviceSequenceItem",
    "FluenceMode",
    "GantryPitchRotationDirection",
    "GantryRotationDirection",
    "GeneralAccessorySequenceItem",
    "GeneralAccessoryTypeTerm",
    "HighDoseTechniqueTypeTerm",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "OutlineShapeType",
    "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem",
    "ParallelRTBeamDelimiterDeviceSequenceItem",
    "ParallelRTBeamDelimiterOpeningMode",
    "PatientSupportRotationDirection",
    "PlannedVerificationImageSequenceItem",
    "PrimaryDosimeterUnit",
    "PrimaryFluenceModeSequenceItem",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceType",
    "RTImagePlane",
    "RTTreatmentTechniqueCodeSequenceItem",
    "RadiationTypeTerm",
    "ReferencedBolusSequenceItem",
    "ReferencedDoseReferenceSequenceItem",
    "ReferencedDoseSequenceItem",
    "ReferencedReferenceImageSequenceItem",
    "TableTopEccentricRotationDirection",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "TreatmentDeliveryTypeTerm",
    "UDISequenceItem",
    "WedgePosition",
    "WedgePositionSequenceItem",
    "WedgeSequenceItem",
    "WedgeTypeTerm",
]
