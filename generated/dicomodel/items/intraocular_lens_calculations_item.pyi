"""Item class IntraocularLensCalculationsItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CalculationCommentTypeTerm as CalculationCommentTypeTerm
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import PreSelectedForImplantation as PreSelectedForImplantation
from dicomodel.enums import RefractiveProcedureOccurred as RefractiveProcedureOccurred
from dicomodel.enums import TypeOfOpticalCorrection as TypeOfOpticalCorrection
from dicomodel.items import AnteriorChamberDepthSequenceItem as AnteriorChamberDepthSequenceItem
from dicomodel.items import CalculatedToricPowerItem as PredictedToricErrorSequenceItem
from dicomodel.items import CalculatedToricPowerItem as ToricIOLPowerForExactEmmetropiaSequenceItem
from dicomodel.items import (
    CalculatedToricPowerItem as ToricIOLPowerForExactTargetRefractionSequenceItem,
)
from dicomodel.items import CalculatedToricPowerItem as ToricIOLPowerSequenceItem
from dicomodel.items import CalculationCommentSequenceItem as CalculationCommentSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as CorneaMeasurementMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as IOLFormulaCodeSequenceItem
from dicomodel.items import CodeSequenceItem as KeratometryMeasurementTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as OphthalmicAxialLengthSelectionMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as OphthalmicUltrasoundMethodCodeSequenceItem
from dicomodel.items import (
    CodeSequenceItem as RefractiveErrorBeforeRefractiveSurgeryCodeSequenceItem,
)
from dicomodel.items import CodeSequenceItem as RefractiveSurgeryTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SourceOfAnteriorChamberDepthDataCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SourceOfCorneaMeasurementDataCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SourceOfCornealSizeDataCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SourceOfLensThicknessDataCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SourceOfOphthalmicAxialLengthCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SourceOfRefractiveMeasurementsCodeSequenceItem
from dicomodel.items import CornealSizeSequenceItem as CornealSizeSequenceItem
from dicomodel.items import CorneaMeasurementsSequenceItem as CorneaMeasurementsSequenceItem
from dicomodel.items import CylinderSequenceItem as SurgicallyInducedAstigmatismSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import IntraocularLensCalculationsItem as IntraocularLensCalculationsItem
from dicomodel.items import IOLPowerSequenceItem as IOLPowerSequenceItem
from dicomodel.items import LensConstantSequenceItem as LensConstantSequenceItem
from dicomodel.items import LensThicknessSequenceItem as LensThicknessSequenceItem
from dicomodel.items import OphthalmicAxialLengthSequenceItem as OphthalmicAxialLengthSequenceItem
from dicomodel.items import (
    RefractiveStateSequenceItemIntraocularLensCalculations as RefractiveStateSequenceItem,
)
from dicomodel.items import SOPInstanceReferenceItem as ReferencedSOPSequenceItem
from dicomodel.items import (
    SourceOfRefractiveMeasurementsSequenceItem as SourceOfRefractiveMeasurementsSequenceItem,
)
from dicomodel.items import SteepCornealAxisSequenceItem as FlatCornealAxisSequenceItem
from dicomodel.items import SteepCornealAxisSequenceItem as SteepCornealAxisSequenceItem
from dicomodel.items import (
    SteepKeratometricAxisSequenceItemIntraocularLensCalculations as FlatKeratometricAxisSequenceItem,
)
from dicomodel.items import (
    SteepKeratometricAxisSequenceItemIntraocularLensCalculations as SteepKeratometricAxisSequenceItem,
)

__all__ = [
    "AnteriorChamberDepthSequenceItem",
    "CalculationCommentSequenceItem",
    "CalculationCommentTypeTerm",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "CorneaMeasurementMethodCodeSequenceItem",
    "CorneaMeasurementsSequenceItem",
    "CornealSizeSequenceItem",
    "EquivalentCodeSequenceItem",
    "FlatCornealAxisSequenceItem",
    "FlatKeratometricAxisSequenceItem",
    "IOLFormulaCodeSequenceItem",
    "IOLPowerSequenceItem",
    "IntraocularLensCalculationsItem",
    "KeratometryMeasurementTypeCodeSequenceItem",
    "LensConstantSequenceItem",
    "LensThicknessSequenceItem",
    "MappingResourceTerm",
    "OphthalmicAxialLengthSelectionMethodCodeSequenceItem",
    "OphthalmicAxialLengthSequenceItem",
    "OphthalmicUltrasoundMethodCodeSequenceItem",
    "PreSelectedForImplantation",
    "PredictedToricErrorSequenceItem",
    "ReferencedSOPSequenceItem",
    "RefractiveErrorBeforeRefractiveSurgeryCodeSequenceItem",
    "RefractiveProcedureOccurred",
    "RefractiveStateSequenceItem",
    "RefractiveSurgeryTypeCodeSequenceItem",
    "SourceOfAnteriorChamberDepthDataCodeSequenceItem",
    "SourceOfCorneaMeasurementDataCodeSequenceItem",
    "SourceOfCornealSizeDataCodeSequenceItem",
    "SourceOfLensThicknessDataCodeSequenceItem",
    "SourceOfOphthalmicAxialLengthCodeSequenceItem",
    "SourceOfRefractiveMeasurementsCodeSequenceItem",
    "SourceOfRefractiveMeasurementsSequenceItem",
    "SteepCornealAxisSequenceItem",
    "SteepKeratometricAxisSequenceItem",
    "SurgicallyInducedAstigmatismSequenceItem",
    "ToricIOLPowerForExactEmmetropiaSequenceItem",
    "ToricIOLPowerForExactTargetRefractionSequenceItem",
    "ToricIOLPowerSequenceItem",
    "TypeOfOpticalCorrection",
]
