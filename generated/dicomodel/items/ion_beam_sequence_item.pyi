"""Item class IonBeamSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ApplicatorTypeTermRTIonBeams as ApplicatorTypeTerm
from dicomodel.enums import (
    BeamLimitingDeviceRotationDirection as BeamLimitingDeviceRotationDirection,
)
from dicomodel.enums import BeamType as BeamType
from dicomodel.enums import BlockDivergence as BlockDivergence
from dicomodel.enums import BlockMountingPosition as BlockMountingPosition
from dicomodel.enums import BlockType as BlockType
from dicomodel.enums import CompensatorDivergence as CompensatorDivergence
from dicomodel.enums import CompensatorMountingPosition as CompensatorMountingPosition
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm
from dicomodel.enums import (
    EnhancedRTBeamLimitingDeviceDefinitionFlag as EnhancedRTBeamLimitingDeviceDefinitionFlag,
)
from dicomodel.enums import FixationEye as FixationEye
from dicomodel.enums import GantryPitchRotationDirection as GantryPitchRotationDirection
from dicomodel.enums import GantryRotationDirection as GantryRotationDirection
from dicomodel.enums import GeneralAccessoryTypeTerm as GeneralAccessoryTypeTerm
from dicomodel.enums import LateralSpreadingDeviceTypeTerm as LateralSpreadingDeviceTypeTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ModulatedScanModeTypeTerm as ModulatedScanModeTypeTerm
from dicomodel.enums import OutlineShapeType as OutlineShapeType
from dicomodel.enums import ParallelRTBeamDelimiterOpeningMode as ParallelRTBeamDelimiterOpeningMode
from dicomodel.enums import PatientSupportRotationDirection as PatientSupportRotationDirection
from dicomodel.enums import PatientSupportTypeTerm as PatientSupportTypeTerm
from dicomodel.enums import PrimaryDosimeterUnitRTIonBeams as PrimaryDosimeterUnit
from dicomodel.enums import RadiationTypeTermRTIonBeams as RadiationTypeTerm
from dicomodel.enums import RangeModulatorTypeTerm as RangeModulatorTypeTerm
from dicomodel.enums import RangeShifterTypeTerm as RangeShifterTypeTerm
from dicomodel.enums import ReferenceDoseDefinitionTerm as ReferenceDoseDefinitionTerm
from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.enums import ScanModeTerm as ScanModeTerm
from dicomodel.enums import ScanSpotReorderingAllowed as ScanSpotReorderingAllowed
from dicomodel.enums import TableTopPitchRotationDirection as TableTopPitchRotationDirection
from dicomodel.enums import TableTopRollRotationDirection as TableTopRollRotationDirection
from dicomodel.enums import TreatmentDeliveryTypeTerm as TreatmentDeliveryTypeTerm
from dicomodel.enums import WedgePositionRTBeams as WedgePosition
from dicomodel.enums import WedgeTypeTermRTIonBeams as WedgeTypeTerm
from dicomodel.items import ApplicatorSequenceItemRTIonBeams as ApplicatorSequenceItem
from dicomodel.items import (
    BeamLimitingDevicePositionSequenceItem as BeamLimitingDevicePositionSequenceItem,
)
from dicomodel.items import BlockSlabSequenceItemRTIonBeams as BlockSlabSequenceItem
from dicomodel.items import CodeSequenceItem as DeviceTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import (
    CodeSequenceItem as ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem,
)
from dicomodel.items import DepthDoseParametersSequenceItem as DepthDoseParametersSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import GeneralAccessorySequenceItemRTIonBeams as GeneralAccessorySequenceItem
from dicomodel.items import IonBeamLimitingDeviceSequenceItem as IonBeamLimitingDeviceSequenceItem
from dicomodel.items import IonBeamSequenceItem as IonBeamSequenceItem
from dicomodel.items import IonBlockSequenceItem as IonBlockSequenceItem
from dicomodel.items import IonControlPointSequenceItem as IonControlPointSequenceItem
from dicomodel.items import IonRangeCompensatorSequenceItem as IonRangeCompensatorSequenceItem
from dicomodel.items import IonWedgePositionSequenceItem as IonWedgePositionSequenceItem
from dicomodel.items import IonWedgeSequenceItem as IonWedgeSequenceItem
from dicomodel.items import LateralSpreadingDeviceSequenceItem as LateralSpreadingDeviceSequenceItem
from dicomodel.items import (
    LateralSpreadingDeviceSettingsSequenceItem as LateralSpreadingDeviceSettingsSequenceItem,
)
from dicomodel.items import OutlineDefinitionItem as FixedRTBeamDelimiterDeviceSequenceItem
from dicomodel.items import OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem
from dicomodel.items import (
    ParallelRTBeamDelimiterDeviceSequenceItem as ParallelRTBeamDelimiterDeviceSequenceItem,
)
from dicomodel.items import RangeModulatorSequenceItem as RangeModulatorSequenceItem
from dicomodel.items import RangeModulatorSettingsSequenceItem as RangeModulatorSettingsSequenceItem
from dicomodel.items import RangeShifterSequenceItem as RangeShifterSequenceItem
from dicomodel.items import RangeShifterSettingsSequenceItem as RangeShifterSettingsSequenceItem
from dicomodel.items import ReferencedBolusSequenceItemRTIonBeams as ReferencedBolusSequenceItem
from dicomodel.items import (
    ReferencedDoseReferenceSequenceItemRTBeams2 as ReferencedDoseReferenceSequenceItem,
)
from dicomodel.items import (
    ReferencedReferenceImageSequenceItemRTIonBeams as ReferencedReferenceImageSequenceItem,
)
from dicomodel.items import (
    RTBeamLimitingDeviceDefinitionItem as EnhancedRTBeamLimitingDeviceSequenceItem,
)
from dicomodel.items import (
    RTBeamLimitingDeviceOpeningDefinitionItem as EnhancedRTBeamLimitingOpeningSequenceItem,
)
from dicomodel.items import SnoutSequenceItem as SnoutSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedDoseSequenceItem
from dicomodel.items import UDIItem as UDISequenceItem

__all__ = [
    "ApplicatorSequenceItem",
    "ApplicatorTypeTerm",
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "BeamType",
    "BlockDivergence",
    "BlockMountingPosition",
    "BlockSlabSequenceItem",
    "BlockType",
    "CompensatorDivergence",
    "CompensatorMountingPosition",
    "ContextGroupExtensionFlag",
    "DepthDoseParametersSequenceItem",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EnhancedRTBeamLimitingDeviceDefinitionFlag",
    "EnhancedRTBeamLimitingDeviceSequenceItem",
    "EnhancedRTBeamLimitingOpeningSequenceItem",
    "EquivalentCodeSequenceItem",
    "FixationEye",
    "FixedRTBeamDelimiterDeviceSequenceItem",
    "GantryPitchRotationDirection",
    "GantryRotationDirection",
    "GeneralAccessorySequenceItem",
    "GeneralAccessoryTypeTerm",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "IonBeamLimitingDeviceSequenceItem",
    "IonBeamSequenceItem",
    "IonBlockSequenceItem",
    "IonControlPointSequenceItem",
    "IonRangeCompensatorSequenceItem",
    "IonWedgePositionSequenceItem",
    "IonWedgeSequenceItem",
    "LateralSpreadingDeviceSequenceItem",
    "LateralSpreadingDeviceSettingsSequenceItem",
    "LateralSpreadingDeviceTypeTerm",
    "MappingResourceTerm",
    "ModulatedScanModeTypeTerm",
    "OutlineShapeType",
    "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem",
    "ParallelRTBeamDelimiterDeviceSequenceItem",
    "ParallelRTBeamDelimiterOpeningMode",
    "PatientSupportRotationDirection",
    "PatientSupportTypeTerm",
    "PrimaryDosimeterUnit",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceType",
    "RadiationTypeTerm",
    "RangeModulatorSequenceItem",
    "RangeModulatorSettingsSequenceItem",
    "RangeModulatorTypeTerm",
    "RangeShifterSequenceItem",
    "RangeShifterSettingsSequenceItem",
    "RangeShifterTypeTerm",
    "ReferenceDoseDefinitionTerm",
    "ReferencedBolusSequenceItem",
    "ReferencedDoseReferenceSequenceItem",
    "ReferencedDoseSequenceItem",
    "ReferencedReferenceImageSequenceItem",
    "ScanModeTerm",
    "ScanSpotReorderingAllowed",
    "SnoutSequenceItem",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "TreatmentDeliveryTypeTerm",
    "UDISequenceItem",
    "WedgePosition",
    "WedgeTypeTerm",
]
