"""CID 30 DICOM Device.

Extensible, version 20190327, UID 1.2.840.10008.6.1.20.
Includes CID 29.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Archive: _Final[_groups.Cid30Code]
ComputerAssistedDetectionDiagnosis: _Final[_groups.Cid30Code]
ImageCapture: _Final[_groups.Cid30Code]
ComputationServer: _Final[_groups.Cid30Code]
DepartmentSystemScheduler: _Final[_groups.Cid30Code]
FilmDigitizer: _Final[_groups.Cid30Code]
ProcedureLogging: _Final[_groups.Cid30Code]
V3DManufacturingModelingSystem: _Final[_groups.Cid30Code]
MediaCreationDevice: _Final[_groups.Cid30Code]
HardCopyPrintServer: _Final[_groups.Cid30Code]
RadiationTherapyDevice: _Final[_groups.Cid30Code]
AutomatedSlideStainer: _Final[_groups.Cid30Code]
Workstation: _Final[_groups.Cid30Code]
Autorefraction: _Final[_groups.Cid30Code]
BiomagneticImaging: _Final[_groups.Cid30Code]
BoneMineralDensitometry: _Final[_groups.Cid30Code]
CardiacElectrophysiology: _Final[_groups.Cid30Code]
ComputedRadiography: _Final[_groups.Cid30Code]
ComputedTomography: _Final[_groups.Cid30Code]
ConfocalMicroscopy: _Final[_groups.Cid30Code]
Dermoscopy: _Final[_groups.Cid30Code]
Diaphanography: _Final[_groups.Cid30Code]
DigitalRadiography: _Final[_groups.Cid30Code]
Electrocardiography: _Final[_groups.Cid30Code]
Electroencephalography: _Final[_groups.Cid30Code]
Electromyography: _Final[_groups.Cid30Code]
Electrooculography: _Final[_groups.Cid30Code]
Endoscopy: _Final[_groups.Cid30Code]
ExternalCameraPhotography: _Final[_groups.Cid30Code]
GeneralMicroscopy: _Final[_groups.Cid30Code]
HemodynamicWaveform: _Final[_groups.Cid30Code]
IntraOralRadiography: _Final[_groups.Cid30Code]
IntravascularOpticalCoherenceTomography: _Final[_groups.Cid30Code]
IntravascularUltrasound: _Final[_groups.Cid30Code]
Keratometry: _Final[_groups.Cid30Code]
LaserScan: _Final[_groups.Cid30Code]
Lensometry: _Final[_groups.Cid30Code]
MagneticResonance: _Final[_groups.Cid30Code]
Mammography: _Final[_groups.Cid30Code]
NuclearMedicine: _Final[_groups.Cid30Code]
OphthalmicAxialMeasurements: _Final[_groups.Cid30Code]
OphthalmicMapping: _Final[_groups.Cid30Code]
OphthalmicPhotography: _Final[_groups.Cid30Code]
OphthalmicTomography: _Final[_groups.Cid30Code]
OphthalmicTomographyBScanVolumeAnalysis: _Final[_groups.Cid30Code]
OphthalmicTomographyEnFace: _Final[_groups.Cid30Code]
OphthalmicVisualField: _Final[_groups.Cid30Code]
OpticalCoherenceTomography: _Final[_groups.Cid30Code]
OpticalSurfaceScanner: _Final[_groups.Cid30Code]
PanoramicXRay: _Final[_groups.Cid30Code]
Photoacoustic: _Final[_groups.Cid30Code]
PositionSensor: _Final[_groups.Cid30Code]
PositronEmissionTomography: _Final[_groups.Cid30Code]
Radiofluoroscopy: _Final[_groups.Cid30Code]
RadiographicImaging: _Final[_groups.Cid30Code]
RespiratoryWaveform: _Final[_groups.Cid30Code]
RTImage: _Final[_groups.Cid30Code]
SlideMicroscopy: _Final[_groups.Cid30Code]
SubjectiveRefraction: _Final[_groups.Cid30Code]
Thermography: _Final[_groups.Cid30Code]
Ultrasound: _Final[_groups.Cid30Code]
UltrasoundBoneDensitometry: _Final[_groups.Cid30Code]
VisualAcuity: _Final[_groups.Cid30Code]
XRayAngiography: _Final[_groups.Cid30Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid30Code]]
