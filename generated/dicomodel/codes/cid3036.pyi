"""CID 3036 EMG Annotation – Neurophysiological Enumeration.

Extensible, version 20200623, UID 1.2.840.10008.6.1.1334.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

EMGUnspecifiedWaveform: _Final[_groups.Cid3036Code]
EMGWaveformUnderVoluntaryControl: _Final[_groups.Cid3036Code]
EMGMotorUnitPotential: _Final[_groups.Cid3036Code]
EMGDoubletWaveform: _Final[_groups.Cid3036Code]
EMGTripletWaveform: _Final[_groups.Cid3036Code]
EMGMultipletWaveform: _Final[_groups.Cid3036Code]
EMGInsertionalActivity: _Final[_groups.Cid3036Code]
EMGEndplateNoise: _Final[_groups.Cid3036Code]
EMGEndplateSpike: _Final[_groups.Cid3036Code]
EMGUnspecifiedIterativeDischarge: _Final[_groups.Cid3036Code]
EMGFibrillationPotential: _Final[_groups.Cid3036Code]
EMGPositiveSharpWave: _Final[_groups.Cid3036Code]
EMGFasciculationPotential: _Final[_groups.Cid3036Code]
EMGMyotonicDischarge: _Final[_groups.Cid3036Code]
EMGComplexRepetitiveDischarge: _Final[_groups.Cid3036Code]
EMGMyokymicDischarge: _Final[_groups.Cid3036Code]
EMGCrampDischarge: _Final[_groups.Cid3036Code]
EMGWaveformAfterDischarge: _Final[_groups.Cid3036Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3036Code]]
