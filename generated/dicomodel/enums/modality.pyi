"""Enumerated Values and Defined Terms of Modality.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import Modality as Modality
from dicomodel.enums import (
    ModalityAutorefractionMeasurementsSeries as ModalityAutorefractionMeasurementsSeries,
)
from dicomodel.enums import (
    ModalityAutorefractionMeasurementsSeriesValue as ModalityAutorefractionMeasurementsSeriesValue,
)
from dicomodel.enums import ModalityCTProtocolSeries as ModalityCTProtocolSeries
from dicomodel.enums import ModalityCTProtocolSeriesValue as ModalityCTProtocolSeriesValue
from dicomodel.enums import ModalityCTSeries as ModalityCTSeries
from dicomodel.enums import ModalityCTSeriesValue as ModalityCTSeriesValue
from dicomodel.enums import ModalityDXSeries as ModalityDXSeries
from dicomodel.enums import ModalityDXSeriesValue as ModalityDXSeriesValue
from dicomodel.enums import ModalityEnhancedPETSeries as ModalityEnhancedPETSeries
from dicomodel.enums import ModalityEnhancedPETSeriesValue as ModalityEnhancedPETSeriesValue
from dicomodel.enums import ModalityEnhancedRTSeries as ModalityEnhancedRTSeries
from dicomodel.enums import ModalityEnhancedRTSeriesValue as ModalityEnhancedRTSeriesValue
from dicomodel.enums import ModalityEnhancedUSSeries as ModalityEnhancedUSSeries
from dicomodel.enums import ModalityEnhancedUSSeriesValue as ModalityEnhancedUSSeriesValue
from dicomodel.enums import (
    ModalityIntraocularLensCalculationsSeries as ModalityIntraocularLensCalculationsSeries,
)
from dicomodel.enums import (
    ModalityIntraocularLensCalculationsSeriesValue as ModalityIntraocularLensCalculationsSeriesValue,
)
from dicomodel.enums import ModalityIntraOralSeries as ModalityIntraOralSeries
from dicomodel.enums import ModalityIntraOralSeriesValue as ModalityIntraOralSeriesValue
from dicomodel.enums import ModalityIntravascularOCTSeries as ModalityIntravascularOCTSeries
from dicomodel.enums import (
    ModalityIntravascularOCTSeriesValue as ModalityIntravascularOCTSeriesValue,
)
from dicomodel.enums import (
    ModalityKeratometryMeasurementsSeries as ModalityKeratometryMeasurementsSeries,
)
from dicomodel.enums import (
    ModalityKeratometryMeasurementsSeriesValue as ModalityKeratometryMeasurementsSeriesValue,
)
from dicomodel.enums import ModalityKeyObjectDocumentSeries as ModalityKeyObjectDocumentSeries
from dicomodel.enums import (
    ModalityKeyObjectDocumentSeriesValue as ModalityKeyObjectDocumentSeriesValue,
)
from dicomodel.enums import (
    ModalityLensometryMeasurementsSeries as ModalityLensometryMeasurementsSeries,
)
from dicomodel.enums import (
    ModalityLensometryMeasurementsSeriesValue as ModalityLensometryMeasurementsSeriesValue,
)
from dicomodel.enums import ModalityMammographySeries as ModalityMammographySeries
from dicomodel.enums import ModalityMammographySeriesValue as ModalityMammographySeriesValue
from dicomodel.enums import (
    ModalityMicroscopyBulkSimpleAnnotationsSeries as ModalityMicroscopyBulkSimpleAnnotationsSeries,
)
from dicomodel.enums import (
    ModalityMicroscopyBulkSimpleAnnotationsSeriesValue as ModalityMicroscopyBulkSimpleAnnotationsSeriesValue,
)
from dicomodel.enums import ModalityMRSeries as ModalityMRSeries
from dicomodel.enums import ModalityMRSeriesValue as ModalityMRSeriesValue
from dicomodel.enums import (
    ModalityOphthalmicAxialMeasurementsSeries as ModalityOphthalmicAxialMeasurementsSeries,
)
from dicomodel.enums import (
    ModalityOphthalmicAxialMeasurementsSeriesValue as ModalityOphthalmicAxialMeasurementsSeriesValue,
)
from dicomodel.enums import (
    ModalityOphthalmicPhotographySeries as ModalityOphthalmicPhotographySeries,
)
from dicomodel.enums import (
    ModalityOphthalmicPhotographySeriesValue as ModalityOphthalmicPhotographySeriesValue,
)
from dicomodel.enums import (
    ModalityOphthalmicThicknessMapSeries as ModalityOphthalmicThicknessMapSeries,
)
from dicomodel.enums import (
    ModalityOphthalmicThicknessMapSeriesValue as ModalityOphthalmicThicknessMapSeriesValue,
)
from dicomodel.enums import (
    ModalityOphthalmicTomographyBScanVolumeAnalysisSeries as ModalityOphthalmicTomographyBScanVolumeAnalysisSeries,
)
from dicomodel.enums import (
    ModalityOphthalmicTomographyBScanVolumeAnalysisSeriesValue as ModalityOphthalmicTomographyBScanVolumeAnalysisSeriesValue,
)
from dicomodel.enums import (
    ModalityOphthalmicTomographyEnFaceSeries as ModalityOphthalmicTomographyEnFaceSeries,
)
from dicomodel.enums import (
    ModalityOphthalmicTomographyEnFaceSeriesValue as ModalityOphthalmicTomographyEnFaceSeriesValue,
)
from dicomodel.enums import ModalityOphthalmicTomographySeries as ModalityOphthalmicTomographySeries
from dicomodel.enums import (
    ModalityOphthalmicTomographySeriesValue as ModalityOphthalmicTomographySeriesValue,
)
from dicomodel.enums import (
    ModalityOpticalSurfaceScannerSeries as ModalityOpticalSurfaceScannerSeries,
)
from dicomodel.enums import (
    ModalityOpticalSurfaceScannerSeriesValue as ModalityOpticalSurfaceScannerSeriesValue,
)
from dicomodel.enums import ModalityPresentationSeries as ModalityPresentationSeries
from dicomodel.enums import ModalityPresentationSeriesValue as ModalityPresentationSeriesValue
from dicomodel.enums import (
    ModalityRealWorldValueMappingSeries as ModalityRealWorldValueMappingSeries,
)
from dicomodel.enums import (
    ModalityRealWorldValueMappingSeriesValue as ModalityRealWorldValueMappingSeriesValue,
)
from dicomodel.enums import ModalitySegmentationSeries as ModalitySegmentationSeries
from dicomodel.enums import ModalitySegmentationSeriesValue as ModalitySegmentationSeriesValue
from dicomodel.enums import ModalitySpatialFiducialsSeries as ModalitySpatialFiducialsSeries
from dicomodel.enums import (
    ModalitySpatialFiducialsSeriesValue as ModalitySpatialFiducialsSeriesValue,
)
from dicomodel.enums import ModalitySpatialRegistrationSeries as ModalitySpatialRegistrationSeries
from dicomodel.enums import (
    ModalitySpatialRegistrationSeriesValue as ModalitySpatialRegistrationSeriesValue,
)
from dicomodel.enums import ModalitySRDocumentSeries as ModalitySRDocumentSeries
from dicomodel.enums import ModalitySRDocumentSeriesValue as ModalitySRDocumentSeriesValue
from dicomodel.enums import ModalityStereometricSeries as ModalityStereometricSeries
from dicomodel.enums import ModalityStereometricSeriesValue as ModalityStereometricSeriesValue
from dicomodel.enums import (
    ModalitySubjectiveRefractionMeasurementsSeries as ModalitySubjectiveRefractionMeasurementsSeries,
)
from dicomodel.enums import (
    ModalitySubjectiveRefractionMeasurementsSeriesValue as ModalitySubjectiveRefractionMeasurementsSeriesValue,
)
from dicomodel.enums import ModalityTerm as ModalityTerm
from dicomodel.enums import ModalityValue as ModalityValue
from dicomodel.enums import (
    ModalityVisualAcuityMeasurementsSeries as ModalityVisualAcuityMeasurementsSeries,
)
from dicomodel.enums import (
    ModalityVisualAcuityMeasurementsSeriesValue as ModalityVisualAcuityMeasurementsSeriesValue,
)
from dicomodel.enums import (
    ModalityVisualFieldStaticPerimetryMeasurementsSeries as ModalityVisualFieldStaticPerimetryMeasurementsSeries,
)
from dicomodel.enums import (
    ModalityVisualFieldStaticPerimetryMeasurementsSeriesValue as ModalityVisualFieldStaticPerimetryMeasurementsSeriesValue,
)
from dicomodel.enums import ModalityWholeSlideMicroscopySeries as ModalityWholeSlideMicroscopySeries
from dicomodel.enums import (
    ModalityWholeSlideMicroscopySeriesValue as ModalityWholeSlideMicroscopySeriesValue,
)
from dicomodel.enums import ModalityXAProtocolSeries as ModalityXAProtocolSeries
from dicomodel.enums import ModalityXAProtocolSeriesValue as ModalityXAProtocolSeriesValue
from dicomodel.enums import ModalityXAXRFSeries as ModalityXAXRFSeries
from dicomodel.enums import ModalityXAXRFSeriesValue as ModalityXAXRFSeriesValue

__all__ = [
    "Modality",
    "ModalityAutorefractionMeasurementsSeries",
    "ModalityAutorefractionMeasurementsSeriesValue",
    "ModalityCTProtocolSeries",
    "ModalityCTProtocolSeriesValue",
    "ModalityCTSeries",
    "ModalityCTSeriesValue",
    "ModalityDXSeries",
    "ModalityDXSeriesValue",
    "ModalityEnhancedPETSeries",
    "ModalityEnhancedPETSeriesValue",
    "ModalityEnhancedRTSeries",
    "ModalityEnhancedRTSeriesValue",
    "ModalityEnhancedUSSeries",
    "ModalityEnhancedUSSeriesValue",
    "ModalityIntraOralSeries",
    "ModalityIntraOralSeriesValue",
    "ModalityIntraocularLensCalculationsSeries",
    "ModalityIntraocularLensCalculationsSeriesValue",
    "ModalityIntravascularOCTSeries",
    "ModalityIntravascularOCTSeriesValue",
    "ModalityKeratometryMeasurementsSeries",
    "ModalityKeratometryMeasurementsSeriesValue",
    "ModalityKeyObjectDocumentSeries",
    "ModalityKeyObjectDocumentSeriesValue",
    "ModalityLensometryMeasurementsSeries",
    "ModalityLensometryMeasurementsSeriesValue",
    "ModalityMRSeries",
    "ModalityMRSeriesValue",
    "ModalityMammographySeries",
    "ModalityMammographySeriesValue",
    "ModalityMicroscopyBulkSimpleAnnotationsSeries",
    "ModalityMicroscopyBulkSimpleAnnotationsSeriesValue",
    "ModalityOphthalmicAxialMeasurementsSeries",
    "ModalityOphthalmicAxialMeasurementsSeriesValue",
    "ModalityOphthalmicPhotographySeries",
    "ModalityOphthalmicPhotographySeriesValue",
    "ModalityOphthalmicThicknessMapSeries",
    "ModalityOphthalmicThicknessMapSeriesValue",
    "ModalityOphthalmicTomographyBScanVolumeAnalysisSeries",
    "ModalityOphthalmicTomographyBScanVolumeAnalysisSeriesValue",
    "ModalityOphthalmicTomographyEnFaceSeries",
    "ModalityOphthalmicTomographyEnFaceSeriesValue",
    "ModalityOphthalmicTomographySeries",
    "ModalityOphthalmicTomographySeriesValue",
    "ModalityOpticalSurfaceScannerSeries",
    "ModalityOpticalSurfaceScannerSeriesValue",
    "ModalityPresentationSeries",
    "ModalityPresentationSeriesValue",
    "ModalityRealWorldValueMappingSeries",
    "ModalityRealWorldValueMappingSeriesValue",
    "ModalitySRDocumentSeries",
    "ModalitySRDocumentSeriesValue",
    "ModalitySegmentationSeries",
    "ModalitySegmentationSeriesValue",
    "ModalitySpatialFiducialsSeries",
    "ModalitySpatialFiducialsSeriesValue",
    "ModalitySpatialRegistrationSeries",
    "ModalitySpatialRegistrationSeriesValue",
    "ModalityStereometricSeries",
    "ModalityStereometricSeriesValue",
    "ModalitySubjectiveRefractionMeasurementsSeries",
    "ModalitySubjectiveRefractionMeasurementsSeriesValue",
    "ModalityTerm",
    "ModalityValue",
    "ModalityVisualAcuityMeasurementsSeries",
    "ModalityVisualAcuityMeasurementsSeriesValue",
    "ModalityVisualFieldStaticPerimetryMeasurementsSeries",
    "ModalityVisualFieldStaticPerimetryMeasurementsSeriesValue",
    "ModalityWholeSlideMicroscopySeries",
    "ModalityWholeSlideMicroscopySeriesValue",
    "ModalityXAProtocolSeries",
    "ModalityXAProtocolSeriesValue",
    "ModalityXAXRFSeries",
    "ModalityXAXRFSeriesValue",
]
