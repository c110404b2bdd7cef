"""CID 29 Acquisition Modality.

Extensible, version 20231115, UID 1.2.840.10008.6.1.19.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Autorefraction: _Final[_groups.Cid29Code]
BiomagneticImaging: _Final[_groups.Cid29Code]
BoneMineralDensitometry: _Final[_groups.Cid29Code]
CardiacElectrophysiology: _Final[_groups.Cid29Code]
ComputedRadiography: _Final[_groups.Cid29Code]
ComputedTomography: _Final[_groups.Cid29Code]
ConfocalMicroscopy: _Final[_groups.Cid29Code]
Dermoscopy: _Final[_groups.Cid29Code]
Diaphanography: _Final[_groups.Cid29Code]
DigitalRadiography: _Final[_groups.Cid29Code]
Electrocardiography: _Final[_groups.Cid29Code]
Electroencephalography: _Final[_groups.Cid29Code]
Electromyography: _Final[_groups.Cid29Code]
Electrooculography: _Final[_groups.Cid29Code]
Endoscopy: _Final[_groups.Cid29Code]
ExternalCameraPhotography: _Final[_groups.Cid29Code]
GeneralMicroscopy: _Final[_groups.Cid29Code]
HemodynamicWaveform: _Final[_groups.Cid29Code]
IntraOralRadiography: _Final[_groups.Cid29Code]
IntravascularOpticalCoherenceTomography: _Final[_groups.Cid29Code]
IntravascularUltrasound: _Final[_groups.Cid29Code]
Keratometry: _Final[_groups.Cid29Code]
LaserScan: _Final[_groups.Cid29Code]
Lensometry: _Final[_groups.Cid29Code]
MagneticResonance: _Final[_groups.Cid29Code]
Mammography: _Final[_groups.Cid29Code]
NuclearMedicine: _Final[_groups.Cid29Code]
OphthalmicAxialMeasurements: _Final[_groups.Cid29Code]
OphthalmicMapping: _Final[_groups.Cid29Code]
OphthalmicPhotography: _Final[_groups.Cid29Code]
OphthalmicTomography: _Final[_groups.Cid29Code]
OphthalmicTomographyBScanVolumeAnalysis: _Final[_groups.Cid29Code]
OphthalmicTomographyEnFace: _Final[_groups.Cid29Code]
OphthalmicVisualField: _Final[_groups.Cid29Code]
OpticalCoherenceTomography: _Final[_groups.Cid29Code]
OpticalSurfaceScanner: _Final[_groups.Cid29Code]
PanoramicXRay: _Final[_groups.Cid29Code]
Photoacoustic: _Final[_groups.Cid29Code]
PositionSensor: _Final[_groups.Cid29Code]
PositronEmissionTomography: _Final[_groups.Cid29Code]
Radiofluoroscopy: _Final[_groups.Cid29Code]
RadiographicImaging: _Final[_groups.Cid29Code]
RespiratoryWaveform: _Final[_groups.Cid29Code]
RTImage: _Final[_groups.Cid29Code]
SlideMicroscopy: _Final[_groups.Cid29Code]
SubjectiveRefraction: _Final[_groups.Cid29Code]
Thermography: _Final[_groups.Cid29Code]
Ultrasound: _Final[_groups.Cid29Code]
UltrasoundBoneDensitometry: _Final[_groups.Cid29Code]
VisualAcuity: _Final[_groups.Cid29Code]
XRayAngiography: _Final[_groups.Cid29Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid29Code]]
